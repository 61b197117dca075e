import type { Repositories } from '../../store/index.ts';
import { tenantSetting } from '../tenant-settings/index.ts';

/** The tenant id chapter 9 shows and checks (`X-TenantSpaceID`, `tenantId`): settings.tenantSpaceId, default the VDN id. */
export async function tenantSpaceIdOf(repos: Repositories, vdnId: number): Promise<string> {
  const space = await tenantSetting(repos, vdnId, 'tenantSpaceId');
  return typeof space === 'string' && space !== '' ? space : String(vdnId);
}
