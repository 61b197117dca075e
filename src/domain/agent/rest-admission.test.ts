// Goal: the rest admission rule of decision 0850, cause by cause (Table 12-336), in its order:
// no policy grants; quotas (3 in no skill, 2 VDN, 4 skill with the full skill ids) before approval (0).
import { describe, expect, it } from 'vitest';
import { decideRestAdmission, noRestPolicy, type RestPolicy } from './rest-admission.ts';

const counts = (vdn: number, bySkill: Record<number, number> = {}) => ({ vdn, inSkill: (id: number) => bySkill[id] ?? 0 });
const policy = (p: Partial<RestPolicy>): RestPolicy => ({ ...noRestPolicy, ...p });

describe('decideRestAdmission', () => {
  it('grants every rest without a policy, whatever the counts and skills', () => {
    expect(decideRestAdmission(noRestPolicy, [], counts(500))).toEqual({ admitted: true });
  });
  it('holds an agent in no skill queue while a quota is in force (cause 3)', () => {
    expect(decideRestAdmission(policy({ maxRestingAgents: 9 }), [], counts(0))).toEqual({ admitted: false, cause: 3, skillIds: [] });
  });
  it('holds at the VDN quota (cause 2) before looking at skills', () => {
    const p = policy({ maxRestingAgents: 2, maxRestingBySkill: new Map([[1, 0]]) });
    expect(decideRestAdmission(p, [1], counts(2, { 1: 2 }))).toEqual({ admitted: false, cause: 2, skillIds: [] });
    expect(decideRestAdmission(p, [1], counts(1, { 1: 0 }))).toEqual({ admitted: false, cause: 4, skillIds: [1] });
  });
  it('lists every full skill queue, sorted (cause 4), and ignores skills without a quota', () => {
    const p = policy({ maxRestingBySkill: new Map([[4, 1], [2, 3], [7, 5]]) });
    expect(decideRestAdmission(p, [9, 4, 2, 7], counts(10, { 4: 1, 2: 3, 7: 4, 9: 50 }))).toEqual({ admitted: false, cause: 4, skillIds: [2, 4] });
    expect(decideRestAdmission(p, [9, 7], counts(10, { 7: 4, 9: 50 }))).toEqual({ admitted: true });
  });
  it('asks for approval only once the quotas would allow the rest (cause 0)', () => {
    const p = policy({ approval: true, maxRestingAgents: 1 });
    expect(decideRestAdmission(p, [1], counts(1))).toMatchObject({ cause: 2 });
    expect(decideRestAdmission(p, [1], counts(0))).toEqual({ admitted: false, cause: 0, skillIds: [] });
    expect(decideRestAdmission(policy({ approval: true }), [], counts(0))).toMatchObject({ cause: 0 });
  });
});
