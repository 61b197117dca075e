// Goal: the field rules of createSkill (§5.2.1) and modifySkill (§5.2.3) beyond the schema.
// Method: given prefetched names and targets, check the draft or the rejection.
import { describe, expect, it } from 'vitest';
import { checkNewSkill, checkSkillChanges, type NewSkillRequest } from './skill-rules.ts';
import { forbiddenNameCharacter, forbiddenNameFilterCharacter } from './skill-fields.ts';

const release = { transferType: 'Release' };
const targets = { skillIds: new Set([1, 2]), ivrFlowIds: new Set([1]) };
const request: NewSkillRequest = {
  mediaTypeId: 5,
  name: ' Sales ',
  description: ' sales line ',
  maxWaitTime: 30,
  maxWaitNum: 100,
  maxAgentWrapupTime: 5,
  skillParam: { noAgents: release, busy: release, timeOut: release, answerFunction: '0', waitVoice: { parameterType: 'Voice' } },
};
const context = { namesLowerCase: new Set(['voice']), targets };

describe('checkNewSkill', () => {
  it('trims name and description and keeps the checked skillParam', () => {
    const checked = checkNewSkill(request, context);
    expect(checked).toMatchObject({ ok: true, value: { name: 'Sales', description: 'sales line', mediaTypeId: 5 } });
  });

  it.each([
    [{ mediaTypeId: 6 }, { tag: 'MediaTypeUnsupported', mediaTypeId: 6 }],
    [{ name: '  ' }, { tag: 'NameEmpty' }],
    [{ name: 'a/b' }, { tag: 'NameForbiddenCharacter', character: '/' }],
    [{ name: 'VOICE' }, { tag: 'NameTaken', name: 'VOICE' }],
    [{ description: '' }, { tag: 'DescriptionEmpty' }],
    [{ skillParam: {} }, { tag: 'PolicyMissing', situation: 'noAgents' }],
  ])('refuses %o', (change, rejection) => {
    expect(checkNewSkill({ ...request, ...change }, context)).toEqual({ ok: false, rejection });
  });
});

describe('checkSkillChanges', () => {
  const current = { skillId: 2, name: 'Chat', mediaTypeId: 53 };

  it('keeps only the given fields and checks skillParam against the stored media type', () => {
    expect(checkSkillChanges(current, { maxWaitNum: 3, name: 'Chat', mediaTypeId: 53 }, targets)).toEqual({ ok: true, value: { maxWaitNum: 3 } });
    expect(checkSkillChanges(current, { skillParam: { noAgents: release, busy: release, timeOut: release, answerFunction: '0' } }, targets)).toEqual({
      ok: false,
      rejection: { tag: 'ParameterNotAvailable', parameter: 'answerFunction', mediaTypeId: 53 },
    });
    expect(checkSkillChanges(current, { skillParam: { noAgents: { transferType: 'Transfer', deviceType: '1', value: 2 }, busy: release, timeOut: release } }, targets)).toEqual({
      ok: false,
      rejection: { tag: 'OverflowToItself', situation: 'noAgents' },
    });
  });

  it('refuses a new name or media type', () => {
    expect(checkSkillChanges(current, { name: 'Web' }, targets)).toEqual({ ok: false, rejection: { tag: 'NameImmutable' } });
    expect(checkSkillChanges(current, { mediaTypeId: 5 }, targets)).toEqual({ ok: false, rejection: { tag: 'MediaTypeImmutable' } });
  });
});

describe('skill name characters', () => {
  it('forbids the listed characters, allows blanks, and the filter forbids commas too', () => {
    expect(forbiddenNameCharacter('Voice VIP_1-a.b@c')).toBeUndefined();
    expect(forbiddenNameCharacter('a｛b')).toBe('｛');
    expect(forbiddenNameCharacter('a,b')).toBeUndefined();
    expect(forbiddenNameFilterCharacter('a,b')).toBe(',');
  });
});
