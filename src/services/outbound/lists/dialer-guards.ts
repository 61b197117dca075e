import { blacklistBlocks, isRestriction, restrictionWindowStart } from '../../../domain/outbound/lists/blacklist-rules.ts';
import type { IsalesBlacklistRow, Repositories } from '../../../store/index.ts';
import { callsInWindow } from './blacklist.ts';
import { normaliseFailCode } from './external-results.ts';

/**
 * The lists as the engine's dialler asks them, synchronously, at dial time (the dialer contract's
 * `DialerGuards`): a copy of the VDN's blacklist and failCode mapping taken when the campaign
 * service feeds or starts a campaign. The service checks `isBlacklisted` before feeding; this copy
 * catches what changed since, and counts the calls it allows (`noteCall`) on top of those the
 * store had, so that a restricted number's "restrictTimes per period" holds between copies too.
 */
export interface DialerListGuards {
  isBlocked(number: string, nowMs: number): boolean;
  /** Counts a call to `number` (the attempt started). */
  noteCall(number: string, nowMs: number): void;
  resultCodeOf(failCode: string): string | null;
}

interface CopiedEntry {
  row: IsalesBlacklistRow;
  windowStartMs: number;
  calls: number;
}

export async function dialerListGuards(repos: Repositories, vdnId: number, nowMs: number): Promise<DialerListGuards> {
  const entries = new Map<string, CopiedEntry>();
  for (const row of await repos.isalesBlacklist.all(vdnId)) {
    const windowStartMs = isRestriction(row) ? restrictionWindowStart(row.restrictPeriod, nowMs) : 0;
    entries.set(row.blockNum, { row, windowStartMs, calls: await callsInWindow(repos, row, nowMs) });
  }
  const codes = new Map((await repos.isalesExternalResults.resultCodes(vdnId)).map((m) => [m.failCode, m.resultCode]));
  const callsAt = (entry: CopiedEntry, atMs: number) => (isRestriction(entry.row) && restrictionWindowStart(entry.row.restrictPeriod, atMs) === entry.windowStartMs ? entry.calls : 0);
  return {
    isBlocked(number, atMs) {
      const entry = entries.get(number);
      return entry !== undefined && blacklistBlocks(entry.row, atMs, callsAt(entry, atMs));
    },
    noteCall(number, atMs) {
      const entry = entries.get(number);
      if (!entry || !isRestriction(entry.row)) return;
      entry.calls = callsAt(entry, atMs) + 1;
      entry.windowStartMs = restrictionWindowStart(entry.row.restrictPeriod, atMs);
    },
    resultCodeOf(failCode) {
      return codes.get(normaliseFailCode(failCode)) ?? null;
    },
  };
}
