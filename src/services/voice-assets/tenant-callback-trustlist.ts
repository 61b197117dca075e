import type { Repositories } from '../../store/index.ts';
import { tenantSetting } from '../tenant-settings/index.ts';

/**
 * The tenant's "IVR voice upload callback URL trustlist" (CEC §5.4.5, ref L6631), which the
 * system administrator keeps in the tenant settings as `callbackTrustlist` (docs/tenant-file.md).
 * Unreadable settings mean an empty list: no callback URL is trusted.
 */
export async function tenantCallbackTrustlist(repos: Repositories, vdnId: number): Promise<string[]> {
  const list = await tenantSetting(repos, vdnId, 'callbackTrustlist');
  return Array.isArray(list) ? list.filter((entry): entry is string => typeof entry === 'string') : [];
}
