import { parseIsalesDateTime } from '../campaign/index.ts';
import { dialNumber, fail, optionalInteger } from './isales-fields.ts';

/**
 * One blacklist entry as 7.3.1 and the 7.3.5 template describe it (note 04 §4.8, §5.9). `restrictTimes`
 * with `restrictPeriod` turn a block into a rate limit: at most that many calls per clock hour
 * ("0") or calendar day ("1"), fixed windows (ref L25553).
 */
export interface BlacklistTerms {
  /** Null: valid until deleted (neither an expiration time nor a validity period was given). */
  readonly expiresAtMs: number | null;
  readonly restrictTimes: number | null;
  readonly restrictPeriod: '0' | '1' | null;
}

export const validityHoursMax = 120;
export const restrictTimesMax = 100;

/** Reads the validity and restriction fields of a request or template row; `nowMs` is the time of adding. */
export function blacklistTerms(input: { validityExpirationTime?: unknown; validityTime?: unknown; restrictTimes?: unknown; restrictPeriod?: unknown }, nowMs: number): BlacklistTerms {
  const hours = optionalInteger('validityTime', input.validityTime, 1, validityHoursMax);
  let expiresAtMs: number | null = hours === undefined ? null : nowMs + hours * 3_600_000;
  const expiration = input.validityExpirationTime;
  if (expiration !== undefined && expiration !== null && expiration !== '') {
    // CEC §7.3.1 (ref L25511): when both are given, validityExpirationTime wins.
    const at = typeof expiration === 'string' ? parseIsalesDateTime(expiration.trim()) : undefined;
    if (at === undefined) fail('invalidValue', 'validityExpirationTime must be yyyy-MM-dd HH:mm:ss');
    expiresAtMs = at;
  }
  const restrictTimes = optionalInteger('restrictTimes', input.restrictTimes, 1, restrictTimesMax) ?? null;
  const rawPeriod = input.restrictPeriod === undefined || input.restrictPeriod === null || input.restrictPeriod === '' ? null : String(input.restrictPeriod).trim();
  if (rawPeriod !== null && rawPeriod !== '0' && rawPeriod !== '1') fail('invalidValue', 'restrictPeriod must be 0 (every hour) or 1 (every day)');
  // CEC Table 7-184 (ref L25520): restrictTimes "must be set or left empty together with restrictPeriod".
  if ((restrictTimes === null) !== (rawPeriod === null)) fail('invalidCombination', 'restrictTimes and restrictPeriod must be set together');
  return { expiresAtMs, restrictTimes, restrictPeriod: rawPeriod as BlacklistTerms['restrictPeriod'] };
}

export { dialNumber as blacklistNumber };

/** Whether an entry is still in force at `nowMs` (7.3.4 `flag`). */
export function blacklistEntryValid(entry: { expiresAtMs: number | null }, nowMs: number): boolean {
  return entry.expiresAtMs === null || nowMs < entry.expiresAtMs;
}

/** Start of the fixed restriction window holding `nowMs`: the clock hour, or the calendar day (UTC). */
export function restrictionWindowStart(period: string, nowMs: number): number {
  const size = period === '0' ? 3_600_000 : 86_400_000;
  return Math.floor(nowMs / size) * size;
}

/** An entry as stored: its terms, the period as text. */
export interface BlacklistState {
  readonly expiresAtMs: number | null;
  readonly restrictTimes: number | null;
  /** '0' per clock hour, '1' per calendar day, as stored. */
  readonly restrictPeriod: string | null;
}

/** Whether the entry limits calls (restrictTimes per period) rather than blocking them all. */
export function isRestriction(entry: BlacklistState): entry is BlacklistState & { restrictTimes: number; restrictPeriod: string } {
  return entry.restrictTimes !== null && entry.restrictPeriod !== null;
}

/**
 * Whether the entry forbids a call now, given the calls made to the number since its current
 * window began (`restrictionWindowStart`). A valid entry without restriction blocks every call; a
 * restricted one blocks once the window holds `restrictTimes` calls (ref L25553: one call at
 * 10:06:25 with "1 per hour" blocks until 11:00:00).
 */
export function blacklistBlocks(entry: BlacklistState, nowMs: number, callsInWindow: number): boolean {
  if (!blacklistEntryValid(entry, nowMs)) return false;
  if (!isRestriction(entry)) return true;
  return callsInWindow >= entry.restrictTimes;
}
