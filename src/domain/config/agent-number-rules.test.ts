// Goal: work numbers and SIP numbers are allocated by the rule of decision 0104. Method: pure
// checks of the allocation functions.
import { describe, expect, it } from 'vitest';
import { lowestFreeWorkNo, pickSipAccount, sipAccountCandidates } from './agent-number-rules.ts';

describe('lowestFreeWorkNo', () => {
  it('takes the lowest number of the range no agent holds, within 101–59999', () => {
    expect(lowestFreeWorkNo(101, 200, new Set([101, 102, 104]))).toBe(103);
    expect(lowestFreeWorkNo(1, 200, new Set())).toBe(101);
    expect(lowestFreeWorkNo(59998, 70000, new Set([59998]))).toBe(59999);
    expect(lowestFreeWorkNo(101, 102, new Set([101, 102]))).toBeUndefined();
    expect(lowestFreeWorkNo(59999, 70000, new Set([59999]))).toBeUndefined();
  });
});

describe('SIP numbers', () => {
  it('prefers "70" + work number, then "71" + work number and on to "99"', () => {
    expect(sipAccountCandidates(108).slice(0, 3)).toEqual(['70108', '71108', '72108']);
    expect(sipAccountCandidates(108)).toHaveLength(30);
    expect(sipAccountCandidates(108).at(-1)).toBe('99108');
    expect(pickSipAccount(108, new Set())).toBe('70108');
    expect(pickSipAccount(108, new Set(['70108', '71108']))).toBe('72108');
    expect(pickSipAccount(108, new Set(sipAccountCandidates(108)))).toBeUndefined();
  });

  it('never gives two work numbers the same candidate', () => {
    // One expect at the end: an expect per candidate made this test take most of a minute.
    const seen = new Map<string, number>();
    const shared: string[] = [];
    for (let workNo = 101; workNo <= 12000; workNo++) {
      for (const candidate of sipAccountCandidates(workNo)) {
        const owner = seen.get(candidate);
        if (owner !== undefined && owner !== workNo) shared.push(`${candidate}: ${owner} and ${workNo}`);
        seen.set(candidate, workNo);
      }
    }
    expect(shared).toEqual([]);
  });
});
