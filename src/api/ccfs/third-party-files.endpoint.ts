import { createHash } from 'node:crypto';
import { Type } from '@sinclair/typebox';
import { ccfsEnvelope } from '../../http/envelope/index.ts';
import { checkThirdPartyWav, thirdPartyDownloadRule, thirdPartyUploadRule, uploadedFileName, volumeName, withinRule, type VolumePath } from '../../services/ccfs/index.ts';
import type { AuthContext } from '../../http/endpoint.ts';
import { defineEndpoint } from '../define-endpoint.ts';
import { ccfsError } from './ccfs-errors.ts';
import { ccfsBodySchema, ccfsField, ccfsMsgBody } from './ccfs-request.ts';
import { developerVolumePath, existingVolumeFile, volumeDownload } from './volume-access.ts';
import { ccfsOctetStream } from './download-packages.endpoint.ts';

const base = { auth: 'C2', envelope: ccfsEnvelope, body: ccfsBodySchema } as const;

/** A file path of the upload rule's folder (`Y:/3rdfile/{vdn}/thirdvoicebotfile/x.wav`); elsewhere 0300032. */
function uploadedFilePath(auth: AuthContext, msgBody: Record<string, unknown>): VolumePath {
  const text = ccfsField(msgBody, 'fileName', { required: true, max: 255 })!;
  ccfsField(msgBody, 'locationId', { max: 10 });
  const path = developerVolumePath(auth, 'fileName', text, { formatCode: '0300032' });
  if (!withinRule(path.segments.slice(0, -1), thirdPartyUploadRule, auth.vdnId!, true)) throw ccfsError('0300032');
  return path;
}

/**
 * CEC §13.2.1.12 ivr/downloadFile (ref L68475): a file under the Third-Party Recording Download
 * Path Rule of the developer's VDN (0300032 elsewhere, 0300024 for `.`/`..`). `mode` 1: `filePath`
 * is a folder that must hold exactly one file (none 0300011, several 0300044).
 */
export const thirdPartyDownloadFile = defineEndpoint({
  ...base,
  section: '13.2.1.12',
  name: 'ivrDownloadFile',
  summary: 'Downloading a recording file as a third party',
  method: 'POST',
  path: '/CCFS/resource/ccfs/ivr/downloadFile',
  binaryReply: [ccfsOctetStream],
  errors: ['0300001', '0300002', '0300006', '0300007', '0300024', '0300032', '0300018', '0300011', '0300044'],
  async handler({ body, auth, services, request }) {
    const msgBody = ccfsMsgBody(body);
    const text = ccfsField(msgBody, 'filePath', { required: true, max: 255 })!;
    const folderMode = ccfsField(msgBody, 'mode', { max: 10 }) === '1';
    const path = developerVolumePath(auth, 'filePath', text, { formatCode: '0300032' });
    const folder = folderMode ? path.segments : path.segments.slice(0, -1);
    const inRule = withinRule(folder, thirdPartyDownloadRule, auth.vdnId!, true) || withinRule(folder, thirdPartyDownloadRule, auth.vdnId!);
    if (!inRule) throw ccfsError('0300032');
    if (!folderMode) return volumeDownload(services, request, await existingVolumeFile(services, path));
    const names = await services.files.list(path.key);
    if (names.length === 0) throw ccfsError('0300011');
    if (names.length > 1) throw ccfsError('0300044');
    const file = { ...path, segments: [...path.segments, names[0]!], key: `${path.key}/${names[0]}` };
    return volumeDownload(services, request, await existingVolumeFile(services, file));
  },
});

/**
 * CEC §13.2.1.13 ivr/uploadFile?vdnId= (ref L68555): a Base64 WAV (8-bit, 8 kHz, mono, ≤ 5 MB)
 * stored as `Y:/3rdfile/{vdnId}/thirdvoicebotfile/{8 characters}_{epoch ms}.wav` in the tenant
 * volume. The `vdnId` must be the developer's (0300026). One node: no `locationId` list (it is
 * shown in CTI pool mode only, Table 13-116).
 */
export const thirdPartyUploadFile = defineEndpoint({
  ...base,
  section: '13.2.1.13',
  name: 'ivrUploadFile',
  summary: 'Uploading a file as a third party',
  method: 'POST',
  path: '/CCFS/resource/ccfs/ivr/uploadFile',
  pathAliases: ['/CCFS/resource/ccfs/ivr/upload'],
  query: Type.Object({ vdnId: Type.Optional(Type.String({ maxLength: 10 })) }),
  // 5 MB of audio in Base64, with the JSON around it.
  bodyLimitBytes: 8 * 1024 * 1024,
  // CEC §13.2.1.13 (ref L68555): a body over the limit carries a file over 5 MB, 0300041 as for one under it.
  bodyTooLarge: () => ccfsError('0300041'),
  response: Type.Object({ resultData: Type.Object({ fileName: Type.String() }) }),
  errors: ['0300001', '0300002', '0300004', '0300006', '0300007', '0300026', '0300041', '0300035', '0300039', '0300036', '0300037', '0300038'],
  async handler({ body, query, auth, services }) {
    const msgBody = ccfsMsgBody(body);
    const vdnText = ccfsField({ vdnId: query.vdnId }, 'vdnId', { required: true, max: 10, pattern: /^\d+$/ })!;
    if (Number(vdnText) !== auth.vdnId) throw ccfsError('0300026');
    const data = ccfsField(msgBody, 'data', { required: true, max: 16 * 1024 * 1024 })!;
    // A search for one foreign character: an anchored `^[...]+$` over megabytes can overflow V8's backtrack stack.
    if (data.length === 0 || /[^A-Za-z0-9+/=\s_-]/.test(data)) throw ccfsError('0300004', 'data');
    const bytes = Buffer.from(data, 'base64');
    const refusal = checkThirdPartyWav(bytes);
    if (refusal) throw ccfsError(refusal);
    const folder = thirdPartyUploadRule.replaceAll('%VDNNO%', vdnText).split('/').filter((s) => s !== '');
    const segments = [...folder, uploadedFileName(services.secrets.hex(4), services.clock.now())];
    await services.files.write(`volume/${segments.join('/')}`, [bytes]);
    return { resultData: { fileName: volumeName({ segments }) } };
  },
});

/** CEC §13.2.1.14 ivr/getFileHash (ref L68667): the SHA-256 (hex) of an uploaded file's bytes. */
export const thirdPartyFileHash = defineEndpoint({
  ...base,
  section: '13.2.1.14',
  name: 'ivrGetFileHash',
  summary: 'Generating a file hash value as a third party',
  method: 'POST',
  path: '/CCFS/resource/ccfs/ivr/getFileHash',
  response: Type.Object({ resultData: Type.Object({ hashValue: Type.String() }) }),
  errors: ['0300001', '0300002', '0300006', '0300007', '0300024', '0300032', '0300018', '0300011'],
  async handler({ body, auth, services }) {
    const path = uploadedFilePath(auth, ccfsMsgBody(body));
    await existingVolumeFile(services, path);
    const hash = createHash('sha256');
    for await (const chunk of services.files.read(path.key)) hash.update(chunk as Buffer);
    return { resultData: { hashValue: hash.digest('hex') } };
  },
});

/** CEC §13.2.1.15 ivr/deleteFile (ref L68770): removes an uploaded file; `resultData` null. */
export const thirdPartyDeleteFile = defineEndpoint({
  ...base,
  section: '13.2.1.15',
  name: 'ivrDeleteFile',
  summary: 'Deleting an uploaded file as a third party',
  method: 'POST',
  path: '/CCFS/resource/ccfs/ivr/deleteFile',
  errors: ['0300001', '0300002', '0300006', '0300007', '0300024', '0300032', '0300018', '0300011', '0300040'],
  async handler({ body, auth, services }) {
    const path = uploadedFilePath(auth, ccfsMsgBody(body));
    await existingVolumeFile(services, path);
    if (!(await services.files.remove(path.key))) throw ccfsError('0300040');
    return { resultData: null };
  },
});
