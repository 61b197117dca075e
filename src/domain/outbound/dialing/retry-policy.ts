import type { BusiPolicy, CallPolicy, CommonRetry, DialHistory, DialNext, DialNumber, DialerSchedule, NumberHistory, NumberTypeRetry, ResultRetry, ResultType, RetryPolicy } from './dialer-spec.ts';
import { firstDialTimeAfterDay, localDate, nextDialTime } from './calling-window.ts';
import { freshNumberHistory, pickNumber } from './call-policy.ts';
import { resultTypeOf } from './fail-codes.ts';
import { asInt, asList, asRecord } from './lenient.ts';

/**
 * The retry engine (note 04 §5.10, tables 7-29…7-33): after each attempt, whether the same number
 * is dialled again and when, or the record moves to its next number (call policy), or is done.
 */

const toResultType = (v: unknown): ResultType | undefined => {
  const n = asInt(v);
  return n !== undefined && n >= 0 && n <= 9 ? (n as ResultType) : undefined;
};

function parseResultRetries(raw: unknown): ResultRetry[] {
  return asList(raw).flatMap((e) => {
    const o = asRecord(e);
    const result = toResultType(o.result);
    if (result === undefined) return [];
    return [{ result, retryNumber: asInt(o.retryNumber) ?? 0, callInterval: asInt(o.callInterval) ?? 0 }];
  });
}

function parseCommon(raw: unknown): CommonRetry {
  const o = asRecord(raw);
  const callInterval = asInt(o.callInterval);
  return { retryDay: asInt(o.retryDay) ?? 1, retryTimes: asInt(o.retryTimes) ?? 1, ...(callInterval !== undefined ? { callInterval } : {}) };
}

/**
 * Reads a retryPolicy in any of the reference's forms: V2 (Table 7-29, JSON strings), V1 7.1.10
 * `{policyType, policyJson}` with a single-object policyJson (`{type, retryTimes, retryDay}` or
 * `{type: 1, policy: {...}}`, ref L24104–24135), numbers as strings.
 */
export function parseRetryPolicy(raw: unknown): RetryPolicy {
  const r = asRecord(raw);
  const policyType = asInt(r.policyType) === 1 ? 1 : 0;
  const entries = asList(r.policyJson).map(asRecord);
  const policyJson: NumberTypeRetry[] = entries.map((o) => {
    const dataType = typeof o.dataType === 'string' ? o.dataType : '';
    if (asInt(o.type) === 1) return { dataType, type: 1, policy: parseResultRetries(o.policy ?? o) };
    return { dataType, type: 0, policy: parseCommon(o.policy ?? o) };
  });
  const busiPolicy: BusiPolicy[] = asList(r.busiPolicy).flatMap((e) => {
    const o = asRecord(e);
    const p = asInt(o.busiResultPolicy);
    if (typeof o.busiResultCode !== 'string' || (p !== 0 && p !== 1 && p !== 2)) return [];
    return [{ busiResultCode: o.busiResultCode, busiResultSubCode: typeof o.busiResultSubCode === 'string' && o.busiResultSubCode !== '' ? o.busiResultSubCode : null, busiResultPolicy: p, callInterval: asInt(o.callInterval) ?? null }];
  });
  const noRetry = asList(r.noRetryPolicy).flatMap((c) => (typeof c === 'string' ? c.split(',') : typeof c === 'number' ? [String(c)] : [])).map((c) => c.trim()).filter((c) => c !== '');
  // V1 7.1.10 gives a global policy as the single policyJson object.
  const v1Global = policyType === 0 && entries.length === 1 && r.retryTimes === undefined && r.resultRetry === undefined ? entries[0]! : null;
  const common = v1Global && asInt(v1Global.type) !== 1 ? parseCommon(v1Global) : null;
  const resultRetry = v1Global && asInt(v1Global.type) === 1 ? parseResultRetries(v1Global.policy ?? v1Global) : parseResultRetries(r.resultRetry);
  return {
    policyType,
    retryDay: common?.retryDay ?? asInt(r.retryDay) ?? null,
    retryTimes: common?.retryTimes ?? asInt(r.retryTimes) ?? null,
    callInterval: common?.callInterval ?? asInt(r.callInterval) ?? null,
    resultRetry,
    policyJson: policyType === 1 ? policyJson : [],
    busiPolicy,
    noRetryPolicy: noRetry,
  };
}

export interface AttemptOutcome {
  failCode: string;
  /** The external result code (7.9 mapping of the failCode), for noRetryPolicy; null if none. */
  resultCode?: string | null;
  success: boolean;
  atMs: number;
}

export interface RetryContext {
  retryPolicy: RetryPolicy;
  callPolicy: CallPolicy;
  schedule: DialerSchedule;
  numbers: readonly DialNumber[];
}

/** The number's history after one more attempt at `atMs`. */
function countAttempt(h: NumberHistory, day: string): NumberHistory {
  const sameDay = h.lastDay === day;
  return { ...h, retriesByResult: { ...h.retriesByResult }, attempts: h.attempts + 1, lastDay: day, attemptsOnLastDay: sameDay ? h.attemptsOnLastDay + 1 : 1, days: sameDay ? h.days : h.days + 1 };
}

type SameNumber = { retryAtMs: number } | null;

function commonRetry(policy: CommonRetry, h: NumberHistory, ctx: RetryContext, atMs: number): SameNumber {
  const interval = (policy.callInterval ?? 0) * 1000;
  if (h.attemptsOnLastDay < policy.retryTimes) {
    const at = nextDialTime(ctx.schedule, atMs + interval);
    // A retry that only fits a later day starts that day's count (and must have days left).
    if (at !== null && (localDate(at, ctx.schedule.timeZone) === h.lastDay || h.days < policy.retryDay)) return { retryAtMs: at };
    return null;
  }
  if (h.days < policy.retryDay) {
    const at = firstDialTimeAfterDay(ctx.schedule, atMs);
    return at === null ? null : { retryAtMs: Math.max(at, atMs + interval) };
  }
  return null;
}

function resultRetry(entries: readonly ResultRetry[], h: NumberHistory, type: ResultType, ctx: RetryContext, atMs: number): SameNumber {
  const entry = entries.find((e) => e.result === type);
  if (!entry) return null;
  const used = h.retriesByResult[type] ?? 0;
  if (used >= entry.retryNumber) return null;
  h.retriesByResult[type] = used + 1;
  const at = nextDialTime(ctx.schedule, atMs + entry.callInterval * 1000);
  return at === null ? null : { retryAtMs: at };
}

function sameNumberRetry(ctx: RetryContext, h: NumberHistory, number: DialNumber, type: ResultType, atMs: number): SameNumber {
  const p = ctx.retryPolicy;
  if (p.policyType === 1) {
    const entry = (p.policyJson ?? []).find((e) => !!number.type && e.dataType.toLowerCase() === number.type.toLowerCase());
    if (!entry) return null;
    return entry.type === 0 ? commonRetry(entry.policy, h, ctx, atMs) : resultRetry(entry.policy, h, type, ctx, atMs);
  }
  if ((p.resultRetry?.length ?? 0) > 0) return resultRetry(p.resultRetry!, h, type, ctx, atMs);
  if (p.retryTimes) return commonRetry({ retryDay: p.retryDay ?? 1, retryTimes: p.retryTimes, callInterval: p.callInterval ?? 0 }, h, ctx, atMs);
  return null;
}

/** Moves the record to its next number (delayTime after now) or ends it as failed. */
function nextNumberOrFinal(ctx: RetryContext, history: DialHistory, atMs: number): DialNext {
  const next = pickNumber(ctx.callPolicy, ctx.numbers, history, { index: history.numberIndex + 1, round: history.round });
  if (!next) return { kind: 'final', outcome: 'failed' };
  history.numberIndex = next.index;
  history.round = next.round;
  const delayMs = (ctx.numbers[next.index]!.delayTime ?? 0) * 1000;
  const at = nextDialTime(ctx.schedule, atMs + delayMs);
  return at === null ? { kind: 'final', outcome: 'failed' } : { kind: 'retry', atMs: at, numberIndex: next.index };
}

/** Everything that follows one attempt on the record's current number. */
export function decideAfterAttempt(ctx: RetryContext, before: DialHistory, outcome: AttemptOutcome): { next: DialNext; history: DialHistory } {
  const history: DialHistory = { ...before, numbers: ctx.numbers.map((_, i) => before.numbers[i] ?? freshNumberHistory()) };
  const i = history.numberIndex;
  const h = countAttempt(history.numbers[i]!, localDate(outcome.atMs, ctx.schedule.timeZone));
  history.numbers[i] = h;
  if (outcome.success) {
    h.final = true;
    return { next: { kind: 'final', outcome: 'succeeded' }, history };
  }
  const blocked = outcome.resultCode && (ctx.retryPolicy.noRetryPolicy ?? []).includes(outcome.resultCode);
  const same = blocked ? null : sameNumberRetry(ctx, h, ctx.numbers[i]!, resultTypeOf(outcome.failCode), outcome.atMs);
  if (same) return { next: { kind: 'retry', atMs: same.retryAtMs, numberIndex: i }, history };
  h.final = true;
  return { next: nextNumberOrFinal(ctx, history, outcome.atMs), history };
}

/**
 * Table 7-33 busiPolicy after a business result write-back (7.7.1, note 04 §5.11): the entry for
 * the code and subcode wins over the code-only one; 0 stops, 1 dials the next number, 2 the same
 * number, `callInterval` s later. No matching entry: the record stays as it is (null).
 */
export function decideAfterBusinessResult(ctx: RetryContext, before: DialHistory, busiResult: string, subStatus: string | null, atMs: number): { next: DialNext; history: DialHistory } | null {
  const entries = ctx.retryPolicy.busiPolicy ?? [];
  const entry = entries.find((e) => e.busiResultCode === busiResult && !!subStatus && e.busiResultSubCode === subStatus) ?? entries.find((e) => e.busiResultCode === busiResult && !e.busiResultSubCode);
  if (!entry) return null;
  const history: DialHistory = { ...before, numbers: ctx.numbers.map((_, i) => ({ ...(before.numbers[i] ?? freshNumberHistory()) })) };
  if (entry.busiResultPolicy === 0) return { next: { kind: 'final', outcome: 'succeeded' }, history };
  const at = nextDialTime(ctx.schedule, atMs + (entry.callInterval ?? 0) * 1000);
  if (entry.busiResultPolicy === 2) {
    history.numbers[history.numberIndex]!.final = false;
    return { next: at === null ? { kind: 'final', outcome: 'succeeded' } : { kind: 'retry', atMs: at, numberIndex: history.numberIndex }, history };
  }
  const next = pickNumber(ctx.callPolicy, ctx.numbers, history, { index: history.numberIndex + 1, round: history.round });
  if (!next || at === null) return { next: { kind: 'final', outcome: 'succeeded' }, history };
  history.numberIndex = next.index;
  history.round = next.round;
  return { next: { kind: 'retry', atMs: at, numberIndex: next.index }, history };
}
