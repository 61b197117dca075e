import type { Repositories } from '../../store/index.ts';
import { tenantSetting } from '../tenant-settings/index.ts';

export interface RestReason {
  restReasonId: number;
  restReason: string;
}

/**
 * The tenant's rest reason codes (12.3.1.1.10), which the reference has configured on the ICD
 * console ("Configuring Rest Reason Codes"): OpenCEC keeps them in the tenant settings as
 * `restReasons: [{restReasonId, restReason}]` (docs/tenant-file.md, decision 0802). Entries that
 * are not an integer ID with a text are ignored; unreadable settings mean no reasons.
 */
export async function tenantRestReasons(repos: Repositories, vdnId: number): Promise<RestReason[]> {
  const list = await tenantSetting(repos, vdnId, 'restReasons');
  if (!Array.isArray(list)) return [];
  const reasons: RestReason[] = [];
  for (const entry of list as Array<Partial<RestReason> | null>) {
    if (entry && Number.isInteger(entry.restReasonId) && typeof entry.restReason === 'string') reasons.push({ restReasonId: entry.restReasonId!, restReason: entry.restReason });
  }
  return reasons.sort((a, b) => a.restReasonId - b.restReasonId);
}
