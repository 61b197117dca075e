import type { Repositories } from '../../../store/index.ts';
import { isBlacklisted } from './blacklist.ts';
import { checkBusinessResult } from './business-results.ts';
import { externalResultCodeFor } from './external-results.ts';

/**
 * The lookups the outbound campaigns take from the lists (their `OutboundListLookups`): whether a
 * number is blacklisted now, the external result code of a failCode, and the business-result
 * check of a 7.7.1 write-back. Composed once in src/app.
 */
export function outboundListLookups(repos: Repositories) {
  return {
    numberBlocked: (vdnId: number, number: string, nowMs: number) => isBlacklisted(repos, vdnId, number, nowMs),
    resultCodeFor: async (r: Repositories, vdnId: number, failCode: string) => (await externalResultCodeFor(r, vdnId, failCode)) ?? null,
    businessResultCheck: checkBusinessResult,
  };
}
