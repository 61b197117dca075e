import { Type } from '@sinclair/typebox';
import { ccfsEnvelope } from '../../http/envelope/index.ts';
import { ivrMessageDirectory, type VolumePath } from '../../services/ccfs/index.ts';
import { defineEndpoint } from '../define-endpoint.ts';
import { ccfsError } from './ccfs-errors.ts';
import { ccfsBodySchema, ccfsField, ccfsMsgBody } from './ccfs-request.ts';
import { developerVolumePath, existingVolumeFile, volumeDownload } from './volume-access.ts';
import { ccfsOctetStream } from './download-packages.endpoint.ts';

const LocationQuery = Type.Object({ locationId: Type.Optional(Type.String({ maxLength: 10 })) });
const datePattern = /^\d{8}$/;
const wavPattern = /^[A-Za-z0-9_-]{1,100}\.wav$/i;

/** The four shapes of Table 13-99 (ref L68330): the VDN and the date found in each. */
function oiapVdn(path: VolumePath): number | undefined {
  const s = path.segments;
  const shape =
    s.length === 5 && s[0] === 'record' && s[2] === 'odfsrecord'
      ? { vdn: s[1]!, date: s[3]! }
      : s.length === 4 && (s[1] === 'odfsrecord' || s[1] === 'transferrecord')
        ? { vdn: s[0]!, date: s[2]! }
        : s.length === 4 && s[0] === 'record'
          ? { vdn: s[1]!, date: s[2]! }
          : undefined;
  if (!shape || !/^\d{1,9}$/.test(shape.vdn) || !datePattern.test(shape.date) || !wavPattern.test(s[s.length - 1]!)) return undefined;
  return Number(shape.vdn);
}

/**
 * CEC §13.2.1.10 downloadOiapRecord?locationId= (ref L68287): an intelligent-IVR recording of the
 * developer's VDN, in one of the four path shapes, from the tenant volume (decision 1313). Longer
 * than 127 characters: 0300031; another shape: 0300004; another VDN's: 0300018; absent: 0300011.
 */
export const downloadOiapRecord = defineEndpoint({
  section: '13.2.1.10',
  name: 'downloadOiapRecord',
  summary: 'Downloading an intelligent IVR recording file',
  method: 'POST',
  path: '/CCFS/resource/ccfs/downloadOiapRecord',
  auth: 'C2',
  envelope: ccfsEnvelope,
  binaryReply: [ccfsOctetStream],
  body: ccfsBodySchema,
  query: LocationQuery,
  errors: ['0300001', '0300002', '0300006', '0300007', '0300031', '0300004', '0300024', '0300018', '0300011'],
  gaps: 'No intelligent IVR (OIAP) runs here, so only files placed in the tenant volume are served (decision 1313).',
  async handler({ body, auth, services, request }) {
    const msgBody = ccfsMsgBody(body);
    const text = ccfsField(msgBody, 'fileName', { required: true, max: 100_000 })!;
    if (text.length > 127) throw ccfsError('0300031');
    const path = developerVolumePath(auth, 'fileName', text, { vdnOf: oiapVdn });
    return volumeDownload(services, request, await existingVolumeFile(services, path));
  },
});

/**
 * CEC §13.2.1.11 downloadIVRRecordFile?locationId= (ref L68384): an IVR voice message
 * `{drive}:/{vdnId}/record/{yyyymmdd}/{name}.wav` of the developer's VDN. The folder after the VDN
 * must be the system parameter's (default `record`): 0300023 otherwise. An IVR flow's `record` node
 * leaves these messages (decision 1316).
 */
export const downloadIVRRecordFile = defineEndpoint({
  section: '13.2.1.11',
  name: 'downloadIVRRecordFile',
  summary: 'Downloading IVR voice messages',
  method: 'POST',
  path: '/CCFS/resource/ccfs/downloadIVRRecordFile',
  auth: 'C2',
  envelope: ccfsEnvelope,
  binaryReply: [ccfsOctetStream],
  body: ccfsBodySchema,
  query: LocationQuery,
  errors: ['0300001', '0300002', '0300003', '0300006', '0300007', '0300004', '0300024', '0300018', '0300023', '0300011'],
  async handler({ body, auth, services, request }) {
    const text = ccfsField(ccfsMsgBody(body), 'fileName', { required: true, max: 225 })!;
    const path = developerVolumePath(auth, 'fileName', text);
    const [, dir, date, name] = path.segments;
    if (path.segments.length !== 4 || !datePattern.test(date!) || !wavPattern.test(name!)) throw ccfsError('0300004', 'fileName');
    if (dir !== ivrMessageDirectory) throw ccfsError('0300023');
    return volumeDownload(services, request, await existingVolumeFile(services, path));
  },
});
