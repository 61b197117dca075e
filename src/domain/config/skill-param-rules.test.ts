// Goal: the skillParam cross-field rules of §5.2.1/§5.2.3 (ref L4075–4095). Method: given the
// tenant's targets, a media type and a raw skillParam, check the stored form or the rejection.
import { describe, expect, it } from 'vitest';
import { checkOverflowPolicy, checkSkillParam, readStoredSkillParam, skillParamTargets, type RawSkillParam } from './skill-param-rules.ts';

const targets = { skillIds: new Set([1, 2]), ivrFlowIds: new Set([7]) };
const release = { transferType: 'Release' };
const voice: RawSkillParam = { noAgents: release, busy: release, timeOut: release, answerFunction: '0', waitVoice: { parameterType: 'Voice' } };
const rejectionOf = (raw: RawSkillParam, mediaTypeId = 5, t: typeof targets & { selfSkillId?: number } = targets) => {
  const checked = checkSkillParam(raw, mediaTypeId, t);
  return checked.ok ? undefined : checked.rejection;
};

describe('checkOverflowPolicy', () => {
  it('reads Release with blank targets and Transfer with a target, in any case and type', () => {
    expect(checkOverflowPolicy('busy', { transferType: 'RELEASE', deviceType: '', value: null }, 5, targets)).toEqual({ ok: true, value: { transferType: 'Release' } });
    expect(checkOverflowPolicy('busy', { transferType: 'transfer', deviceType: ' 1 ', value: '2' }, 5, targets)).toEqual({ ok: true, value: { transferType: 'Transfer', deviceType: '1', value: 2 } });
    expect(checkOverflowPolicy('busy', { transferType: 'Transfer', deviceType: '3', value: 7 }, 19, targets)).toEqual({ ok: true, value: { transferType: 'Transfer', deviceType: '3', value: 7 } });
  });

  it.each([
    [undefined, 5, { tag: 'PolicyMissing', situation: 'timeOut' }],
    [{ transferType: 'Queue' }, 5, { tag: 'TransferTypeInvalid', situation: 'timeOut', transferType: 'Queue' }],
    [{ transferType: 'Release', value: 1 }, 5, { tag: 'ReleaseWithTarget', situation: 'timeOut' }],
    [{ transferType: 'Transfer', deviceType: '1' }, 5, { tag: 'TransferTargetMissing', situation: 'timeOut' }],
    [{ transferType: 'Transfer', deviceType: '2', value: 1 }, 5, { tag: 'DeviceTypeInvalid', situation: 'timeOut', deviceType: '2' }],
    [{ transferType: 'Transfer', deviceType: '1', value: -1 }, 5, { tag: 'TargetIdInvalid', situation: 'timeOut', value: '-1' }],
    [{ transferType: 'Transfer', deviceType: '3', value: 7 }, 53, { tag: 'MultimediaOverflowToIvr', situation: 'timeOut' }],
    [{ transferType: 'Transfer', deviceType: '3', value: 8 }, 5, { tag: 'OverflowIvrUnknown', situation: 'timeOut', flowId: 8 }],
    [{ transferType: 'Transfer', deviceType: '1', value: 3 }, 5, { tag: 'OverflowSkillUnknown', situation: 'timeOut', skillId: 3 }],
  ])('refuses %o for media %i', (raw, mediaTypeId, rejection) => {
    expect(checkOverflowPolicy('timeOut', raw, mediaTypeId, targets)).toEqual({ ok: false, rejection });
  });

  it('refuses an overflow of a skill to itself', () => {
    expect(checkOverflowPolicy('noAgents', { transferType: 'Transfer', deviceType: '1', value: 2 }, 5, { ...targets, selfSkillId: 2 })).toEqual({ ok: false, rejection: { tag: 'OverflowToItself', situation: 'noAgents' } });
  });
});

describe('checkSkillParam', () => {
  it('requires answerFunction and waitVoice for media 5 and 19 only', () => {
    expect(checkSkillParam(voice, 5, targets)).toEqual({ ok: true, value: { noAgents: release, busy: release, timeOut: release, answerFunction: '0', waitVoice: { parameterType: 'Voice' } } });
    expect(rejectionOf({ ...voice, answerFunction: undefined }, 19)).toEqual({ tag: 'ParameterMandatory', parameter: 'answerFunction', mediaTypeId: 19 });
    expect(rejectionOf({ ...voice, waitVoice: undefined }, 5)).toEqual({ tag: 'ParameterMandatory', parameter: 'waitVoice', mediaTypeId: 5 });
    const three = { noAgents: release, busy: release, timeOut: release };
    for (const mediaTypeId of [53, 2, 18]) {
      expect(checkSkillParam(three, mediaTypeId, targets)).toEqual({ ok: true, value: three });
      expect(rejectionOf({ ...three, answerFunction: '2' }, mediaTypeId)).toEqual({ tag: 'ParameterNotAvailable', parameter: 'answerFunction', mediaTypeId });
      expect(rejectionOf({ ...three, waitVoice: { parameterType: 'Voice' } }, mediaTypeId)).toEqual({ tag: 'ParameterNotAvailable', parameter: 'waitVoice', mediaTypeId });
    }
  });

  it('checks answerFunction and waitVoice values', () => {
    expect(rejectionOf({ ...voice, answerFunction: '1' })).toEqual({ tag: 'AnswerFunctionInvalid', answerFunction: '1' });
    expect(rejectionOf({ ...voice, waitVoice: { parameterType: 'Tone' } })).toEqual({ tag: 'WaitVoiceTypeInvalid', parameterType: 'Tone' });
    expect(rejectionOf({ ...voice, waitVoice: { parameterType: 'IVR' } })).toEqual({ tag: 'WaitVoiceIdMissing' });
    expect(rejectionOf({ ...voice, waitVoice: { parameterType: 'Voice', id: '7' } })).toEqual({ tag: 'WaitVoiceIdUnexpected' });
    expect(rejectionOf({ ...voice, waitVoice: { parameterType: 'IVR', id: '8' } })).toEqual({ tag: 'WaitVoiceIvrUnknown', id: '8' });
    const ivr = checkSkillParam({ ...voice, waitVoice: { parameterType: 'ivr', id: 7 } }, 5, targets);
    expect(ivr.ok && ivr.value.waitVoice).toEqual({ parameterType: 'IVR', id: '7' });
  });

  it('reports the first failing policy in noAgents, busy, timeOut order', () => {
    expect(rejectionOf({ ...voice, busy: undefined, timeOut: undefined })).toEqual({ tag: 'PolicyMissing', situation: 'busy' });
  });
});

describe('readStoredSkillParam and skillParamTargets', () => {
  it('reads tenant-file forms leniently and lists the targets', () => {
    const param = readStoredSkillParam(JSON.stringify({ noAgents: { transferType: 'Transfer', deviceType: 1, value: '4' }, busy: { transferType: 'Transfer', deviceType: '3', value: 2 }, waitVoice: { parameterType: 'IVR', id: 5 }, answerFunction: 2 }));
    expect(param).toEqual({
      noAgents: { transferType: 'Transfer', deviceType: '1', value: 4 },
      busy: { transferType: 'Transfer', deviceType: '3', value: 2 },
      timeOut: { transferType: 'Release' },
      answerFunction: '2',
      waitVoice: { parameterType: 'IVR', id: '5' },
    });
    expect(skillParamTargets(param)).toEqual({ skillIds: [4], ivrFlowIds: [2, 5] });
    expect(readStoredSkillParam('not json')).toEqual({ noAgents: release, busy: release, timeOut: release });
  });
});
