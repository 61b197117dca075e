import type { ApiEndpoint } from '../define-endpoint.ts';
import { downloadAgentOprInfoFile, downloadBillFile } from './download-packages.endpoint.ts';
import { downloadRecord, downloadRecordFile } from './download-record.endpoint.ts';
import { queryAgentOprInfoData, queryBillData } from './query-packages.endpoint.ts';
import { getRecordFileUrlFromObs } from './record-url.endpoint.ts';
import { recordLink } from './record-link.endpoint.ts';
import { playVoice, requestPlayVoice } from './play-voice.endpoint.ts';
import { downloadIVRRecordFile, downloadOiapRecord } from './ivr-recordings.endpoint.ts';
import { thirdPartyDeleteFile, thirdPartyDownloadFile, thirdPartyFileHash, thirdPartyUploadFile } from './third-party-files.endpoint.ts';

/** Chapter 13.2: CC-FS data access (C2): CDR and recording-index packages, recordings. */
export const ccfsEndpoints: readonly ApiEndpoint[] = [queryBillData, downloadBillFile, downloadRecordFile, downloadRecord, queryAgentOprInfoData, downloadAgentOprInfoFile,
  getRecordFileUrlFromObs, recordLink, requestPlayVoice, playVoice, downloadOiapRecord, downloadIVRRecordFile,
  thirdPartyDownloadFile, thirdPartyUploadFile, thirdPartyFileHash, thirdPartyDeleteFile,
];
