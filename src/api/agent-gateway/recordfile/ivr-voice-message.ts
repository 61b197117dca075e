import type { FastifyRequest } from 'fastify';
import { parseVolumePath, statVolumeFile, voiceMessageVdn } from '../../../services/ccfs/index.ts';
import { fileDownload } from '../../file-download.ts';
import type { ApiServices } from '../../services.ts';
import { downloadFailure, gatewayOctetStream } from './gateway-download.ts';

/**
 * `recordfile?filetype=2` (Table 13-38, ref L66770): an IVR voice message (`y:/1/record/{date}/{name}.wav`)
 * or a third party's (`y;/3rdfile/1/record/…`), from the tenant volume (decision 1313). Not a drive
 * path: 104-003; another VDN's: 104-002; absent: 104-005.
 */
export async function ivrVoiceMessageReply(services: ApiServices, request: FastifyRequest, vdnId: number, text: string): Promise<Record<string, unknown>> {
  const path = parseVolumePath(text);
  if (typeof path === 'string') throw downloadFailure('104-003', text);
  if (voiceMessageVdn(path) !== vdnId) throw downloadFailure('104-002');
  const found = await statVolumeFile(services.files, path);
  if (!found) throw downloadFailure('104-005', text);
  return fileDownload(request, { store: services.files, key: found.key, file: found.file, contentType: gatewayOctetStream, fileName: found.fileName });
}
