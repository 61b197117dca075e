import { parseCallId } from '../../domain/ids/index.ts';
import { ccfsEnvelope } from '../../http/envelope/index.ts';
import { defineEndpoint } from '../define-endpoint.ts';
import { ccfsError } from './ccfs-errors.ts';
import { ccfsBodySchema, ccfsField, ccfsMsgBody } from './ccfs-request.ts';
import { findRecording, hasAudioFile, recordingReply, recordingsZipReply } from './recording-access.ts';
import { ccfsOctetStream } from './download-packages.endpoint.ts';

/** CEC §13.2.1.4 downloadRecordFile (ref L67576): by the index's relative `file_name`; characters `[A-Za-z0-9/.]` (0300022). */
export const downloadRecordFile = defineEndpoint({
  section: '13.2.1.4',
  name: 'downloadRecordFile',
  summary: 'Downloading a recording file',
  method: 'POST',
  path: '/CCFS/resource/ccfs/downloadRecordFile',
  binaryReply: [ccfsOctetStream],
  auth: 'C2',
  envelope: ccfsEnvelope,
  body: ccfsBodySchema,
  errors: ['0300001', '0300002', '0300003', '0300006', '0300007', '0300022', '0300011', '0300018', '0300020'],
  async handler({ body, auth, services, request }) {
    const fileName = ccfsField(ccfsMsgBody(body), 'fileName', { required: true, max: 225, charset: /^[A-Za-z0-9/._-]+$/ })!;
    return recordingReply(services, request, await findRecording(services, auth, fileName, 'ccfs'));
  },
});

/**
 * CEC §13.2.1.5 downloadRecord (ref L67678): by `original_file_name` (`X:/4/0/20180416/512/1629533.V3`)
 * or by callId (either form, issue 10 item 5); a call with several recordings comes as a ZIP.
 */
export const downloadRecord = defineEndpoint({
  section: '13.2.1.5',
  name: 'downloadRecord',
  summary: 'Downloading a recording file (extended)',
  method: 'POST',
  path: '/CCFS/resource/ccfs/downloadRecord',
  binaryReply: [ccfsOctetStream],
  auth: 'C2',
  envelope: ccfsEnvelope,
  body: ccfsBodySchema,
  errors: ['0300003', '0300006', '0300007', '0300019', '0300022', '0300004', '0300012', '0300018', '0300011', '0300020'],
  async handler({ body, auth, services, request }) {
    const msgBody = ccfsMsgBody(body);
    const fileName = ccfsField(msgBody, 'fileName', { max: 225, charset: /^[A-Za-z0-9:/\\._-]+$/ });
    const callIdText = ccfsField(msgBody, 'callId', { max: 25 });
    // The table prints `cclid` (OCR of ccId, ref L67732); one call center, so any value names it.
    ccfsField(msgBody, 'ccId', { max: 64 });
    if (fileName === undefined && callIdText === undefined) throw ccfsError('0300019');
    if (fileName !== undefined) return recordingReply(services, request, await findRecording(services, auth, fileName.replaceAll('\\', '/'), 'cti'));
    const callId = parseCallId(callIdText!);
    if (!callId) throw ccfsError('0300004', 'callId');
    const rows = (await services.repos.ccfsExport.recordingsOfCallAnyTenant(callId)).filter(hasAudioFile);
    const own = rows.filter((r) => r.vdnId === auth.vdnId);
    if (own.length === 0) throw ccfsError(rows.length > 0 ? '0300018' : '0300012');
    if (new Set(own.map((r) => r.callId)).size > 1) throw ccfsError('0300020');
    return own.length === 1 ? recordingReply(services, request, own[0]!) : recordingsZipReply(services, own, own[0]!.callId);
  },
});
