import { accept, refuse, type Checked, type OverflowSituation, type SkillRejection } from './skill-rejection.ts';
import { multimediaMediaTypeId, takesVoiceTreatment } from './skill-fields.ts';

/** One overflow policy as a client sends it (strings and numbers both accepted, blanks as absent). */
export interface RawOverflowPolicy {
  transferType?: string | null;
  deviceType?: string | null;
  value?: number | string | null;
}

export interface RawWaitVoice {
  parameterType?: string | null;
  id?: string | number | null;
}

/** The `skillParam` object of §5.2.1/§5.2.3 as received. */
export interface RawSkillParam {
  noAgents?: RawOverflowPolicy | null;
  busy?: RawOverflowPolicy | null;
  timeOut?: RawOverflowPolicy | null;
  answerFunction?: string | null;
  waitVoice?: RawWaitVoice | null;
}

/** Device types of an overflow target (ref L4077): "1" skill queue, "3" IVR flow. */
export type OverflowDeviceType = '1' | '3';

export type OverflowPolicy = { transferType: 'Release' } | { transferType: 'Transfer'; deviceType: OverflowDeviceType; value: number };

/** Queuing treatment (ref L4094): the default tone, or an IVR flow played while waiting. */
export type WaitVoice = { parameterType: 'Voice' } | { parameterType: 'IVR'; id: string };

/** A checked `skillParam`, as stored. */
export interface SkillParam {
  noAgents: OverflowPolicy;
  busy: OverflowPolicy;
  timeOut: OverflowPolicy;
  /** "0" reports the agent's ID to the caller, "2" plays nothing (ref L4086). */
  answerFunction?: '0' | '2';
  waitVoice?: WaitVoice;
}

/** What overflow targets and queuing treatments may point at, prefetched from the tenant. */
export interface SkillTargets {
  readonly skillIds: ReadonlySet<number>;
  readonly ivrFlowIds: ReadonlySet<number>;
  /** The skill being modified, which may not overflow to itself. */
  readonly selfSkillId?: number;
}

export const overflowSituations: readonly OverflowSituation[] = ['noAgents', 'busy', 'timeOut'];

const blank = (value: unknown): boolean => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : String(value));

/** A positive integer written as a number or as digits, else undefined. */
export function positiveId(value: unknown): number | undefined {
  const candidate = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d{1,9}\s*$/.test(value) ? Number(value) : NaN;
  return Number.isSafeInteger(candidate) && candidate > 0 ? candidate : undefined;
}

/**
 * Checks one overflow policy. CEC §5.2.1 (ref L4080): "Release: leave other parameters at the
 * same level empty. Transfer: other parameters at the same level are mandatory"; ref L4075: for
 * multimedia (53) the target must be a skill queue. Targets must exist in the tenant.
 */
export function checkOverflowPolicy(situation: OverflowSituation, raw: RawOverflowPolicy | null | undefined, mediaTypeId: number, targets: SkillTargets): Checked<OverflowPolicy, SkillRejection> {
  if (!raw || typeof raw !== 'object') return refuse({ tag: 'PolicyMissing', situation });
  const transferType = text(raw.transferType ?? '').toLowerCase();
  if (transferType === 'release') {
    if (!blank(raw.deviceType) || !blank(raw.value)) return refuse({ tag: 'ReleaseWithTarget', situation });
    return accept({ transferType: 'Release' });
  }
  if (transferType !== 'transfer') return refuse({ tag: 'TransferTypeInvalid', situation, transferType: text(raw.transferType ?? '') });
  if (blank(raw.deviceType) || blank(raw.value)) return refuse({ tag: 'TransferTargetMissing', situation });
  const deviceType = text(raw.deviceType);
  if (deviceType !== '1' && deviceType !== '3') return refuse({ tag: 'DeviceTypeInvalid', situation, deviceType });
  const value = positiveId(raw.value);
  if (value === undefined) return refuse({ tag: 'TargetIdInvalid', situation, value: text(raw.value) });
  if (deviceType === '3') {
    if (mediaTypeId === multimediaMediaTypeId) return refuse({ tag: 'MultimediaOverflowToIvr', situation });
    if (!targets.ivrFlowIds.has(value)) return refuse({ tag: 'OverflowIvrUnknown', situation, flowId: value });
  } else {
    if (value === targets.selfSkillId) return refuse({ tag: 'OverflowToItself', situation });
    if (!targets.skillIds.has(value)) return refuse({ tag: 'OverflowSkillUnknown', situation, skillId: value });
  }
  return accept({ transferType: 'Transfer', deviceType, value });
}

/**
 * Checks a whole `skillParam` for a skill of `mediaTypeId`. CEC §5.2.1 (ref L4075): for media 53,
 * 2 and 18 "only noAgents, busy, and timeOut are available"; for 5 and 19 "noAgents, busy,
 * timeOut, answerFunction, and waitVoice are mandatory" (the table's "No" on waitVoice, ref L4093,
 * is read as "not for every media type"; decision 0201).
 */
export function checkSkillParam(raw: RawSkillParam, mediaTypeId: number, targets: SkillTargets): Checked<SkillParam, SkillRejection> {
  const policies: Partial<Record<OverflowSituation, OverflowPolicy>> = {};
  for (const situation of overflowSituations) {
    const checked = checkOverflowPolicy(situation, raw[situation], mediaTypeId, targets);
    if (!checked.ok) return checked;
    policies[situation] = checked.value;
  }
  const param: SkillParam = { noAgents: policies.noAgents!, busy: policies.busy!, timeOut: policies.timeOut! };
  if (!takesVoiceTreatment(mediaTypeId)) {
    if (!blank(raw.answerFunction)) return refuse({ tag: 'ParameterNotAvailable', parameter: 'answerFunction', mediaTypeId });
    if (raw.waitVoice !== undefined && raw.waitVoice !== null) return refuse({ tag: 'ParameterNotAvailable', parameter: 'waitVoice', mediaTypeId });
    return accept(param);
  }
  if (blank(raw.answerFunction)) return refuse({ tag: 'ParameterMandatory', parameter: 'answerFunction', mediaTypeId });
  const answerFunction = text(raw.answerFunction);
  if (answerFunction !== '0' && answerFunction !== '2') return refuse({ tag: 'AnswerFunctionInvalid', answerFunction });
  const waitVoice = checkWaitVoice(raw.waitVoice, mediaTypeId, targets);
  if (!waitVoice.ok) return waitVoice;
  return accept({ ...param, answerFunction, waitVoice: waitVoice.value });
}

/** CEC §5.2.1 (ref L4094–4095): Voice takes nothing else; IVR names an existing IVR flow by id. */
function checkWaitVoice(raw: RawWaitVoice | null | undefined, mediaTypeId: number, targets: SkillTargets): Checked<WaitVoice, SkillRejection> {
  if (!raw || typeof raw !== 'object') return refuse({ tag: 'ParameterMandatory', parameter: 'waitVoice', mediaTypeId });
  const parameterType = text(raw.parameterType ?? '').toLowerCase();
  if (parameterType === 'voice') {
    if (!blank(raw.id)) return refuse({ tag: 'WaitVoiceIdUnexpected' });
    return accept({ parameterType: 'Voice' });
  }
  if (parameterType !== 'ivr') return refuse({ tag: 'WaitVoiceTypeInvalid', parameterType: text(raw.parameterType ?? '') });
  if (blank(raw.id)) return refuse({ tag: 'WaitVoiceIdMissing' });
  const flowId = positiveId(raw.id);
  if (flowId === undefined || !targets.ivrFlowIds.has(flowId)) return refuse({ tag: 'WaitVoiceIvrUnknown', id: text(raw.id) });
  return accept({ parameterType: 'IVR', id: String(flowId) });
}

/**
 * Reads a stored `skillParam`. Rows written by this module are already canonical; rows from a
 * tenant file may use numbers for strings or omit policies, which read as Release.
 */
export function readStoredSkillParam(json: string): SkillParam {
  let raw: RawSkillParam = {};
  try {
    const parsed: unknown = JSON.parse(json);
    if (parsed && typeof parsed === 'object') raw = parsed as RawSkillParam;
  } catch {
    raw = {};
  }
  const policy = (p: RawOverflowPolicy | null | undefined): OverflowPolicy => {
    const deviceType = p ? text(p.deviceType ?? '') : '';
    const value = p ? positiveId(p.value) : undefined;
    const transfer = p && text(p.transferType ?? '').toLowerCase() === 'transfer' && (deviceType === '1' || deviceType === '3') && value !== undefined;
    return transfer ? { transferType: 'Transfer', deviceType: deviceType as OverflowDeviceType, value: value! } : { transferType: 'Release' };
  };
  const param: SkillParam = { noAgents: policy(raw.noAgents), busy: policy(raw.busy), timeOut: policy(raw.timeOut) };
  const answerFunction = blank(raw.answerFunction) ? undefined : text(raw.answerFunction);
  if (answerFunction === '0' || answerFunction === '2') param.answerFunction = answerFunction;
  if (raw.waitVoice && typeof raw.waitVoice === 'object') {
    const flowId = positiveId(raw.waitVoice.id);
    const isIvr = text(raw.waitVoice.parameterType ?? '').toLowerCase() === 'ivr' && flowId !== undefined;
    param.waitVoice = isIvr ? { parameterType: 'IVR', id: String(flowId) } : { parameterType: 'Voice' };
  }
  return param;
}

/** The skill queues and IVR flows a stored `skillParam` points at. */
export function skillParamTargets(param: SkillParam): { skillIds: number[]; ivrFlowIds: number[] } {
  const skillIds: number[] = [];
  const ivrFlowIds: number[] = [];
  for (const situation of overflowSituations) {
    const p = param[situation];
    if (p.transferType === 'Transfer') (p.deviceType === '1' ? skillIds : ivrFlowIds).push(p.value);
  }
  if (param.waitVoice?.parameterType === 'IVR') ivrFlowIds.push(Number(param.waitVoice.id));
  return { skillIds, ivrFlowIds };
}
