import { describe, expect, it } from 'vitest';
import { decideAfterAttempt, decideAfterBusinessResult, parseRetryPolicy, type RetryContext } from './retry-policy.ts';
import { initialHistory, parseCallPolicy, pickNumber } from './call-policy.ts';
import { failCodeOf, failCodes, resultTypeOf } from './fail-codes.ts';
import type { CallPolicy, DialNumber, DialerSchedule, RetryPolicy } from './dialer-spec.ts';

const tz = 'UTC';
const at = (iso: string) => Date.parse(iso);
const schedule: DialerSchedule = { beginMs: at('2026-12-01T00:00:00Z'), endMs: at('2026-12-31T23:59:59Z'), scheduleParam: { workdayBeginTime1: '08:00', workdayEndTime1: '20:00' }, holidays: [], timeZone: tz };
const numbers: DialNumber[] = [{ calledNo: '1380000001', type: 'mobile' }, { calledNo: '1380000002', type: 'home', delayTime: 60 }];
const ctx = (retryPolicy: RetryPolicy, callPolicy: CallPolicy = { callType: 0 }, nums = numbers): RetryContext => ({ retryPolicy, callPolicy, schedule, numbers: nums });
const busy = (atMs: number) => ({ failCode: failCodes.busy, success: false, atMs });

describe('failCode → result type (Table 7-295, Table 7-32)', () => {
  it('maps the network outcomes', () => {
    expect(resultTypeOf('00537')).toBe(1);
    expect(resultTypeOf('603')).toBe(2);
    expect(resultTypeOf('01040')).toBe(2);
    expect(resultTypeOf('00604')).toBe(3);
    expect(resultTypeOf('00538')).toBe(4);
    expect(resultTypeOf('00548')).toBe(5);
    expect(resultTypeOf('00702')).toBe(9);
    expect(resultTypeOf('99999')).toBe(0);
    expect(failCodeOf(537)).toBe('00537');
  });
});

describe('retry policy parsing (Table 7-29…7-33, lenient forms)', () => {
  it('reads JSON strings and numbers as strings', () => {
    const p = parseRetryPolicy({ policyType: '0', resultRetry: '[{"result": "2", "retryNumber": "1", "callInterval": "600"}]', noRetryPolicy: ['OB001'] });
    expect(p).toMatchObject({ policyType: 0, resultRetry: [{ result: 2, retryNumber: 1, callInterval: 600 }], noRetryPolicy: ['OB001'] });
    const q = parseRetryPolicy({ policyType: 1, policyJson: '[{"dataType": "SI", "type": "1", "policy": [{"result": "4", "retryNumber": "3", "callInterval": "600"}]}]' });
    expect(q.policyJson).toEqual([{ dataType: 'SI', type: 1, policy: [{ result: 4, retryNumber: 3, callInterval: 600 }] }]);
    const r = parseRetryPolicy({ policyType: 1, policyJson: [{ dataType: 'ST', type: '0', policy: { retryDay: '2', retryTimes: '2' } }] });
    expect(r.policyJson).toEqual([{ dataType: 'ST', type: 0, policy: { retryDay: 2, retryTimes: 2 } }]);
  });

  it('reads the V1 7.1.10 single-object policyJson', () => {
    expect(parseRetryPolicy({ policyType: 0, policyJson: '{"type":0,"retryTimes":3,"retryDay":1}' })).toMatchObject({ retryTimes: 3, retryDay: 1 });
    expect(parseRetryPolicy({ policyType: 0, policyJson: '{"type":1,"policy":{"result":1,"retryNumber":2,"callInterval":30}}' }).resultRetry).toEqual([{ result: 1, retryNumber: 2, callInterval: 30 }]);
  });

  it('reads busiPolicy entries and drops malformed ones', () => {
    const p = parseRetryPolicy({ policyType: 0, retryDay: 1, retryTimes: 1, callInterval: 1, busiPolicy: '[{"busiResultCode":"A","busiResultPolicy":"2","callInterval":"60"},{"busiResultPolicy":1}]' });
    expect(p.busiPolicy).toEqual([{ busiResultCode: 'A', busiResultSubCode: null, busiResultPolicy: 2, callInterval: 60 }]);
  });
});

describe('retry decisions (note 04 §5.10)', () => {
  const t0 = at('2026-12-03T10:00:00Z');
  it('common policy: retryTimes a day, callInterval apart, retryDay days, then the next number', () => {
    const c = ctx({ policyType: 0, retryDay: 2, retryTimes: 2, callInterval: 300 });
    let h = initialHistory(c.callPolicy, numbers);
    let d = decideAfterAttempt(c, h, busy(t0));
    expect(d.next).toEqual({ kind: 'retry', atMs: t0 + 300_000, numberIndex: 0 });
    d = decideAfterAttempt(c, d.history, busy(t0 + 300_000));
    expect(d.next).toEqual({ kind: 'retry', atMs: at('2026-12-04T08:00:00Z'), numberIndex: 0 });
    d = decideAfterAttempt(c, d.history, busy(at('2026-12-04T08:00:00Z')));
    expect(d.next).toMatchObject({ kind: 'retry', numberIndex: 0 });
    h = d.history;
    d = decideAfterAttempt(c, h, busy(at('2026-12-04T08:05:00Z')));
    // Number 1 is spent (2 days × 2): number 2 after its delayTime of 60 s.
    expect(d.next).toEqual({ kind: 'retry', atMs: at('2026-12-04T08:06:00Z'), numberIndex: 1 });
    expect(d.history.numbers[0]).toMatchObject({ attempts: 4, days: 2, final: true });
  });

  it('an interval that leaves the window waits for the next one', () => {
    const c = ctx({ policyType: 0, retryDay: 2, retryTimes: 3, callInterval: 3600 });
    const d = decideAfterAttempt(c, initialHistory(c.callPolicy, numbers), busy(at('2026-12-03T19:30:00Z')));
    expect(d.next).toEqual({ kind: 'retry', atMs: at('2026-12-04T08:00:00Z'), numberIndex: 0 });
  });

  it('result policy: retries per result type', () => {
    const c = ctx({ policyType: 0, resultRetry: [{ result: 1, retryNumber: 1, callInterval: 60 }] });
    const h = initialHistory(c.callPolicy, numbers);
    const first = decideAfterAttempt(c, h, busy(t0));
    expect(first.next).toEqual({ kind: 'retry', atMs: t0 + 60_000, numberIndex: 0 });
    const second = decideAfterAttempt(c, first.history, busy(t0 + 60_000));
    expect(second.next).toMatchObject({ kind: 'retry', numberIndex: 1 });
    // No entry for "no answer": no retry on that number.
    const noAnswer = decideAfterAttempt(c, h, { failCode: '00603', success: false, atMs: t0 });
    expect(noAnswer.next).toMatchObject({ numberIndex: 1 });
  });

  it('number-type policy matches dataType case-insensitively; no entry means no retry', () => {
    const c = ctx({ policyType: 1, policyJson: [{ dataType: 'MOBILE', type: 1, policy: [{ result: 1, retryNumber: 2, callInterval: 10 }] }] });
    const d = decideAfterAttempt(c, initialHistory(c.callPolicy, numbers), busy(t0));
    expect(d.next).toEqual({ kind: 'retry', atMs: t0 + 10_000, numberIndex: 0 });
    const home = { ...initialHistory(c.callPolicy, numbers), numberIndex: 1 };
    expect(decideAfterAttempt(c, home, busy(t0)).next).toEqual({ kind: 'final', outcome: 'failed' });
  });

  it('noRetryPolicy stops the number whatever the policy', () => {
    const c = ctx({ policyType: 0, retryDay: 5, retryTimes: 6, callInterval: 1, noRetryPolicy: ['OB4'] });
    const d = decideAfterAttempt(c, initialHistory(c.callPolicy, numbers), { failCode: '00538', resultCode: 'OB4', success: false, atMs: t0 });
    expect(d.next).toMatchObject({ numberIndex: 1 });
  });

  it('success ends the record', () => {
    const c = ctx({ policyType: 0, retryDay: 5, retryTimes: 6, callInterval: 1 });
    expect(decideAfterAttempt(c, initialHistory(c.callPolicy, numbers), { failCode: '00000', success: true, atMs: t0 }).next).toEqual({ kind: 'final', outcome: 'succeeded' });
  });

  it('past strEndTime: final', () => {
    const c = ctx({ policyType: 0, retryDay: 5, retryTimes: 6, callInterval: 86400 }, { callType: 0 }, [numbers[0]!]);
    expect(decideAfterAttempt(c, initialHistory(c.callPolicy, [numbers[0]!]), busy(at('2026-12-31T19:00:00Z'))).next).toEqual({ kind: 'final', outcome: 'failed' });
  });

  it('busiPolicy: subcode entry wins; 0 stops, 1 next number, 2 same number', () => {
    const c = ctx({ policyType: 0, retryDay: 1, retryTimes: 1, busiPolicy: [{ busiResultCode: 'A', busiResultPolicy: 1, callInterval: 60 }, { busiResultCode: 'A', busiResultSubCode: 'A1', busiResultPolicy: 2, callInterval: 30 }, { busiResultCode: 'B', busiResultPolicy: 0 }] });
    const done = decideAfterAttempt(c, initialHistory(c.callPolicy, numbers), { failCode: '00000', success: true, atMs: t0 }).history;
    expect(decideAfterBusinessResult(c, done, 'A', 'A1', t0)?.next).toEqual({ kind: 'retry', atMs: t0 + 30_000, numberIndex: 0 });
    expect(decideAfterBusinessResult(c, done, 'A', null, t0)?.next).toEqual({ kind: 'retry', atMs: t0 + 60_000, numberIndex: 1 });
    expect(decideAfterBusinessResult(c, done, 'B', null, t0)?.next).toEqual({ kind: 'final', outcome: 'succeeded' });
    expect(decideAfterBusinessResult(c, done, 'C', null, t0)).toBeNull();
  });
});

describe('call policy (Table 7-34/7-35, note 04 §5.7)', () => {
  const three: DialNumber[] = [{ calledNo: '1', type: 'home' }, { calledNo: '2', type: 'mobile' }, { calledNo: '3', type: 'mobile' }];
  it('parses lenient forms', () => {
    expect(parseCallPolicy({ callType: '1', chooseType: '0', turns: '[{"turnType":"mobile"}]' })).toEqual({ callType: 1, chooseType: 0, turns: [{ turnType: 'mobile', turnOrder: null }] });
    expect(parseCallPolicy(undefined)).toEqual({ callType: 0, chooseType: null, turns: [] });
  });

  it('rounds by category dial the numbers of each category in turn', () => {
    const p: CallPolicy = { callType: 1, chooseType: 0, turns: [{ turnType: 'mobile' }, { turnType: 'home' }] };
    const h = initialHistory(p, three);
    expect([h.numberIndex, h.round]).toEqual([1, 0]);
    expect(pickNumber(p, three, h, { index: 2, round: 0 })).toEqual({ index: 2, round: 0 });
    expect(pickNumber(p, three, h, { index: 3, round: 0 })).toEqual({ index: 0, round: 1 });
    expect(pickNumber(p, three, h, { index: 1, round: 1 })).toBeNull();
  });

  it('rounds by sequence dial the number at turnOrder', () => {
    const p: CallPolicy = { callType: 1, chooseType: 1, turns: [{ turnOrder: 3 }, { turnOrder: 1 }] };
    const h = initialHistory(p, three);
    expect([h.numberIndex, h.round]).toEqual([2, 0]);
    expect(pickNumber(p, three, h, { index: 3, round: 0 })).toEqual({ index: 0, round: 1 });
  });

  it('sequence mode with policyType 1 + round retries moves through rounds', () => {
    const c = ctx({ policyType: 1, policyJson: [] }, { callType: 1, chooseType: 0, turns: [{ turnType: 'mobile' }, { turnType: 'home' }] }, three);
    let h = initialHistory(c.callPolicy, three);
    let d = decideAfterAttempt(c, h, busy(at('2026-12-03T10:00:00Z')));
    expect(d.next).toMatchObject({ numberIndex: 2 });
    h = d.history;
    d = decideAfterAttempt(c, h, busy(at('2026-12-03T10:01:00Z')));
    expect(d.next).toMatchObject({ numberIndex: 0 });
    expect(d.history.round).toBe(1);
  });
});
