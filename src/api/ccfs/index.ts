import type { ApiEndpoint } from '../define-endpoint.ts';
import { downloadAgentOprInfoFile, downloadBillFile } from './download-packages.endpoint.ts';
import { downloadRecord, downloadRecordFile } from './download-record.endpoint.ts';
import { queryAgentOprInfoData, queryBillData } from './query-packages.endpoint.ts';

/** Chapter 13.2: CC-FS data access (C2): CDR and recording-index packages, recordings. */
export const ccfsEndpoints: readonly ApiEndpoint[] = [queryBillData, downloadBillFile, downloadRecordFile, downloadRecord, queryAgentOprInfoData, downloadAgentOprInfoFile];
