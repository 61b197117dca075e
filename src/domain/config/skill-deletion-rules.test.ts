// Goal: the id list of deleteSkill (§5.2.2) and the references that forbid deleting a skill queue
// (decision 0202). Method: pure inputs in, ids or rejections out.
import { describe, expect, it } from 'vitest';
import { checkSkillsDeletable, parseSkillIds, scriptTransfersToSkill } from './skill-deletion-rules.ts';

const release = { transferType: 'Release' as const };

describe('parseSkillIds', () => {
  it('splits on , ; and -, drops blanks and repeats', () => {
    expect(parseSkillIds('3,4;5-6', 10)).toEqual({ ok: true, value: [3, 4, 5, 6] });
    expect(parseSkillIds(' 7 ,,7; ', 10)).toEqual({ ok: true, value: [7] });
  });

  it('refuses empty lists, bad ids and more than the maximum', () => {
    expect(parseSkillIds(';', 10)).toEqual({ ok: false, rejection: { tag: 'SkillIdsEmpty' } });
    expect(parseSkillIds('1,2.5', 10)).toEqual({ ok: false, rejection: { tag: 'SkillIdInvalid', text: '2.5' } });
    expect(parseSkillIds('0', 10)).toEqual({ ok: false, rejection: { tag: 'SkillIdInvalid', text: '0' } });
    expect(parseSkillIds('1,2,3', 2)).toEqual({ ok: false, rejection: { tag: 'SkillIdsTooMany', count: 3, max: 2 } });
  });
});

describe('checkSkillsDeletable', () => {
  const references = {
    routes: [{ dnid: 4, deviceType: 1, deviceId: 1 }, { dnid: 5, deviceType: 3, deviceId: 2 }],
    skills: [
      { skillId: 2, skillParam: { noAgents: release, busy: { transferType: 'Transfer' as const, deviceType: '1' as const, value: 3 }, timeOut: release } },
      { skillId: 3, skillParam: { noAgents: release, busy: release, timeOut: release } },
    ],
    ivrFlows: [{ flowId: 9, script: JSON.stringify({ nodes: { a: { type: 'route', deviceType: '1', deviceId: '4' } } }) }],
  };

  it('names every kind of reference', () => {
    expect(checkSkillsDeletable([1], references)).toEqual({ ok: false, rejection: { tag: 'SkillInUse', skillId: 1, routeDnids: [4], overflowSkillIds: [], ivrFlowIds: [] } });
    expect(checkSkillsDeletable([3], references)).toEqual({ ok: false, rejection: { tag: 'SkillInUse', skillId: 3, routeDnids: [], overflowSkillIds: [2], ivrFlowIds: [] } });
    expect(checkSkillsDeletable([4], references)).toEqual({ ok: false, rejection: { tag: 'SkillInUse', skillId: 4, routeDnids: [], overflowSkillIds: [], ivrFlowIds: [9] } });
  });

  it('lets skills that point at each other go together, and ignores IVR routes', () => {
    expect(checkSkillsDeletable([2, 3], references)).toEqual({ ok: true, value: null });
    expect(checkSkillsDeletable([5], references)).toEqual({ ok: true, value: null });
  });

  it('reads scripts defensively', () => {
    expect(scriptTransfersToSkill('{', 1)).toBe(false);
    expect(scriptTransfersToSkill(JSON.stringify([{ deviceType: 3, deviceId: 1 }]), 1)).toBe(false);
  });
});
