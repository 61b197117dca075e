import type { FastifyRequest } from 'fastify';
import type { AuthContext } from '../../http/endpoint.ts';
import { parseVolumePath, statVolumeFile, voiceMessageVdn, type VolumeFile, type VolumePath } from '../../services/ccfs/index.ts';
import { fileDownload } from '../file-download.ts';
import type { ApiServices } from '../services.ts';
import { ccfsError } from './ccfs-errors.ts';
import { ccfsOctetStream } from './download-packages.endpoint.ts';

/**
 * A drive path of the tenant volume (decision 1313), checked for the developer: not a drive path
 * 0300004 (`formatCode` where a section names another), `.`/`..` 0300024, another VDN's 0300018.
 */
export function developerVolumePath(
  auth: AuthContext,
  field: string,
  text: string,
  options: { formatCode?: '0300004' | '0300032'; vdnOf?: (path: VolumePath) => number | undefined } = {},
): VolumePath {
  const path = parseVolumePath(text);
  if (path === 'noncanonical') throw ccfsError('0300024');
  const formatCode = options.formatCode ?? '0300004';
  if (path === 'invalid') throw formatCode === '0300004' ? ccfsError('0300004', field) : ccfsError(formatCode);
  const vdn = (options.vdnOf ?? voiceMessageVdn)(path);
  if (vdn === undefined) throw formatCode === '0300004' ? ccfsError('0300004', field) : ccfsError(formatCode);
  if (vdn !== auth.vdnId) throw ccfsError('0300018');
  return path;
}

/** The file at a checked path, or 0300011. */
export async function existingVolumeFile(services: ApiServices, path: VolumePath): Promise<VolumeFile> {
  const found = await statVolumeFile(services.files, path);
  if (!found) throw ccfsError('0300011');
  return found;
}

/** A volume file as a CC-FS download (`Application/Octet-stream;charset=UTF-8`, ranges). */
export function volumeDownload(services: ApiServices, request: FastifyRequest, found: VolumeFile): Record<string, unknown> {
  return fileDownload(request, { store: services.files, key: found.key, file: found.file, contentType: ccfsOctetStream, fileName: found.fileName });
}
