import { blacklistBlocks, restrictionWindowStart, type BlacklistState } from '../../../domain/outbound/lists/blacklist-rules.ts';
import type { Repositories } from '../../../store/index.ts';
import { normaliseFailCode } from './external-results.ts';

/**
 * The lists as the engine's dialler asks them, synchronously, at dial time (the dialer contract's
 * `DialerGuards`): a copy of the VDN's blacklist and failCode mapping taken when the campaign
 * service feeds or starts a campaign. The service checks `isBlacklisted` before feeding; this copy
 * catches what changed since, and counts the calls it allows so that a restricted number's
 * "restrictTimes per period" holds within the copy too (the store counts through noteOutboundCall).
 */
export interface DialerListGuards {
  isBlocked(number: string, nowMs: number): boolean;
  /** Counts a call to `number` (the attempt started). */
  noteCall(number: string, nowMs: number): void;
  resultCodeOf(failCode: string): string | null;
}

export async function dialerListGuards(repos: Repositories, vdnId: number): Promise<DialerListGuards> {
  const entries = new Map<string, { -readonly [K in keyof BlacklistState]: BlacklistState[K] }>();
  for (const row of await repos.isalesBlacklist.all(vdnId)) entries.set(row.blockNum, { ...row });
  const codes = new Map((await repos.isalesExternalResults.resultCodes(vdnId)).map((m) => [m.failCode, m.resultCode]));
  return {
    isBlocked(number, nowMs) {
      const entry = entries.get(number);
      return entry !== undefined && blacklistBlocks(entry, nowMs);
    },
    noteCall(number, nowMs) {
      const entry = entries.get(number);
      if (!entry || entry.restrictPeriod === null || entry.restrictTimes === null) return;
      const window = restrictionWindowStart(entry.restrictPeriod, nowMs);
      entry.windowCalls = entry.windowStartMs === window ? entry.windowCalls + 1 : 1;
      entry.windowStartMs = window;
    },
    resultCodeOf(failCode) {
      return codes.get(normaliseFailCode(failCode)) ?? null;
    },
  };
}
