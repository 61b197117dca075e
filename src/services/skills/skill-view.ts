import { readStoredSkillParam, type OverflowPolicy, type SkillParam } from '../../domain/config/skill-param-rules.ts';
import type { SkillRow } from '../../store/index.ts';

/** A skill queue as querySkills returns it (CEC §5.2.4 example, ref L4464–4490). */
export interface SkillView {
  skillId: number;
  maxAgentWrapupTime: number;
  maxWaitTime: number;
  name: string;
  mediaTypeId: number;
  description: string;
  maxWaitNum: number;
  skillParam: Record<string, unknown>;
}

/**
 * Renders a stored skill in the documented example's form. The table names the media field
 * `mediaType` (ref L4397) while the example says `mediaTypeId` (ref L4471); we emit the example's.
 * `skillId` is a number here, unlike createSkill's string (ref L4174).
 */
export function skillView(row: SkillRow, ivrAccessCodes: ReadonlyMap<number, string>): SkillView {
  return {
    skillId: row.skillId,
    maxAgentWrapupTime: row.maxAgentWrapupTime,
    maxWaitTime: row.maxWaitTime,
    name: row.name,
    mediaTypeId: row.mediaTypeId,
    description: row.description,
    maxWaitNum: row.maxWaitNum,
    skillParam: skillParamView(readStoredSkillParam(row.skillParam), ivrAccessCodes),
  };
}

/**
 * The `skillParam` of a reply, keys in the example's order. For an IVR queuing treatment,
 * `value` is the flow's access code (ref L4423: "the value is the same as that of accessCode").
 */
export function skillParamView(param: SkillParam, ivrAccessCodes: ReadonlyMap<number, string>): Record<string, unknown> {
  const view: Record<string, unknown> = { noAgents: policyView(param.noAgents), busy: policyView(param.busy) };
  if (param.answerFunction !== undefined) view.answerFunction = param.answerFunction;
  view.timeOut = policyView(param.timeOut);
  if (param.waitVoice?.parameterType === 'IVR') {
    view.waitVoice = { parameterType: 'IVR', value: ivrAccessCodes.get(Number(param.waitVoice.id)) ?? '', id: param.waitVoice.id };
  } else if (param.waitVoice) {
    view.waitVoice = { parameterType: 'Voice' };
  }
  return view;
}

function policyView(policy: OverflowPolicy): Record<string, unknown> {
  return policy.transferType === 'Release' ? { transferType: 'Release' } : { deviceType: policy.deviceType, transferType: 'Transfer', value: policy.value };
}
