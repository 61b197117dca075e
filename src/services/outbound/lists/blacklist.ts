import { blacklistBlocks, restrictionWindowStart, type BlacklistTerms } from '../../../domain/outbound/lists/blacklist-rules.ts';
import { duplicatesOf, fail } from '../../../domain/outbound/lists/isales-fields.ts';
import { isalesIsoTime } from '../../../domain/outbound/lists/isales-time.ts';
import type { IsalesBlacklistRow, Repositories } from '../../../store/index.ts';

/** CEC §7.3.1 (ref L25508): "A maximum of 20 numbers can be added to the blacklist at a time." */
export const blacklistBatchMax = 20;

/**
 * Adds numbers to a VDN's blacklist, all or none (ref L25508–25510): ≤20 (0200029), none twice in
 * the request (0200018), none listed already (0200007).
 */
export async function addToBlacklist(repos: Repositories, vdnId: number, numbers: readonly string[], terms: BlacklistTerms, nowMs: number): Promise<void> {
  if (numbers.length > blacklistBatchMax) fail('tooManyNumbersInRequest', 'The maximum number of numbers that can be added each time is exceeded.');
  const twice = duplicatesOf(numbers);
  if (twice.length > 0) fail('duplicateNumbers', `Duplicate numbers exist: ${twice.join(',')}`);
  const listed = await repos.isalesBlacklist.byNumbers(vdnId, numbers);
  // 7.3.1 reuses 0200007 (elsewhere "campaign does not exist") for "already in the blacklist" (ref L25578).
  if (listed.length > 0) fail('campaignNotFound', `The number already exists in the blacklist: ${listed.map((r) => r.blockNum).join(',')}`);
  await repos.isalesBlacklist.insert(numbers.map((blockNum) => ({ vdnId, blockNum, addedAtMs: nowMs, ...terms, windowStartMs: null, windowCalls: 0 })));
}

/**
 * Whether the dialler must not call `number` now (note 04 §5.9): a valid entry blocks it, or, when
 * the entry restricts calls, its current hour or day already holds `restrictTimes` calls. Campaign
 * services call it before feeding a number to the dialler and when numbers are added (0200024).
 */
export async function isBlacklisted(repos: Repositories, vdnId: number, number: string, nowMs: number): Promise<boolean> {
  const entry = await repos.isalesBlacklist.byNumber(vdnId, number);
  return entry !== undefined && blacklistBlocks(entry, nowMs);
}

/** The numbers of `numbers` that are blocked now (one query for a batch of additions). */
export async function blacklistedAmong(repos: Repositories, vdnId: number, numbers: readonly string[], nowMs: number): Promise<string[]> {
  const entries = await repos.isalesBlacklist.byNumbers(vdnId, [...new Set(numbers)]);
  return entries.filter((e) => blacklistBlocks(e, nowMs)).map((e) => e.blockNum);
}

/**
 * Counts a call made to a restricted number in its current window; the dialler reports every
 * attempt it starts so that "restrictTimes per period" holds (ref L25553). Numbers without a
 * restriction (or not listed) are left alone.
 */
export async function noteOutboundCall(repos: Repositories, vdnId: number, number: string, nowMs: number): Promise<void> {
  const entry = await repos.isalesBlacklist.byNumber(vdnId, number);
  if (!entry || entry.restrictPeriod === null || entry.restrictTimes === null) return;
  const window = restrictionWindowStart(entry.restrictPeriod, nowMs);
  await repos.isalesBlacklist.setWindow(vdnId, number, window, entry.windowStartMs === window ? entry.windowCalls + 1 : 1);
}

/** The 7.3.4 row of an entry: `flag` only when specific numbers were asked for (Table 7-200). */
export function blacklistView(entry: IsalesBlacklistRow, nowMs: number, withFlag: boolean): Record<string, unknown> {
  return {
    validityExpirationTime: entry.expiresAtMs === null ? null : isalesIsoTime(entry.expiresAtMs),
    blockNum: entry.blockNum,
    ...(withFlag ? { flag: entry.expiresAtMs === null || nowMs < entry.expiresAtMs } : {}),
  };
}
