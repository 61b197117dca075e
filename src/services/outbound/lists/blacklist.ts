import { blacklistBlocks, blacklistEntryValid, isRestriction, restrictionWindowStart, type BlacklistTerms } from '../../../domain/outbound/lists/blacklist-rules.ts';
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
  await repos.isalesBlacklist.insert(numbers.map((blockNum) => ({ vdnId, blockNum, addedAtMs: nowMs, ...terms })));
}

/**
 * Whether the dialler must not call `number` now (note 04 §5.9): a valid entry blocks it, or, when
 * the entry restricts calls, its current hour or day already holds `restrictTimes` calls. The calls
 * are the attempts the dialler started to the number in any campaign of the VDN (decision 0736).
 * Campaign services call it before feeding a number and when numbers are added (0200024).
 */
export async function isBlacklisted(repos: Repositories, vdnId: number, number: string, nowMs: number): Promise<boolean> {
  const entry = await repos.isalesBlacklist.byNumber(vdnId, number);
  return entry !== undefined && entryBlocks(repos, entry, nowMs);
}

/** The numbers of `numbers` that are blocked now (one query for a batch of additions). */
export async function blacklistedAmong(repos: Repositories, vdnId: number, numbers: readonly string[], nowMs: number): Promise<string[]> {
  const entries = await repos.isalesBlacklist.byNumbers(vdnId, [...new Set(numbers)]);
  const blocked: string[] = [];
  for (const entry of entries) if (await entryBlocks(repos, entry, nowMs)) blocked.push(entry.blockNum);
  return blocked;
}

/** The calls made to a restricted entry's number in its current window (0 for an unrestricted one). */
export async function callsInWindow(repos: Repositories, entry: IsalesBlacklistRow, nowMs: number): Promise<number> {
  if (!isRestriction(entry)) return 0;
  return repos.isalesBlacklist.callsSince(entry.vdnId, entry.blockNum, restrictionWindowStart(entry.restrictPeriod, nowMs));
}

async function entryBlocks(repos: Repositories, entry: IsalesBlacklistRow, nowMs: number): Promise<boolean> {
  if (!blacklistEntryValid(entry, nowMs)) return false;
  return blacklistBlocks(entry, nowMs, await callsInWindow(repos, entry, nowMs));
}

/** The 7.3.4 row of an entry: `flag` only when specific numbers were asked for (Table 7-200). */
export function blacklistView(entry: IsalesBlacklistRow, nowMs: number, withFlag: boolean): Record<string, unknown> {
  return {
    validityExpirationTime: entry.expiresAtMs === null ? null : isalesIsoTime(entry.expiresAtMs),
    blockNum: entry.blockNum,
    ...(withFlag ? { flag: blacklistEntryValid(entry, nowMs) } : {}),
  };
}
