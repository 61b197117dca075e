import { parseCallPolicy, type CallPolicy } from './call-policy.ts';
import { deviceTypes, ivrDeviceTypes, parseIvrParam, parseSkillParam, skillDeviceTypes, type IvrParam, type SkillParam } from './device-params.ts';
import { FieldReader } from './field-checks.ts';
import { reject, type IsalesRejection } from './isales-rejection.ts';
import { parseIsalesDateTime, startOfDayMs } from './isales-time.ts';
import { parseRetryPolicy, type RetryPolicy } from './retry-policy.ts';
import { parseSchedule, scheduleKeys, type ScheduleParam } from './schedule-rules.ts';

export interface CallerNo {
  accessCode: string;
  priority: number;
}

/** A campaign as 7.1.1–7.1.4 describe it, validated and normalised (one model for V1 and V2). */
export interface CampaignInput {
  name: string;
  description: string | null;
  beginMs: number;
  endMs: number;
  deviceType: number;
  callerNos: CallerNo[];
  maxAlertingTime: number;
  priority: number | null;
  schedule: ScheduleParam;
  ivrParam: IvrParam | null;
  skillParam: SkillParam | null;
  initStatus: number;
  callbackUrl: string;
  cclId: number | null;
  retryPolicy: RetryPolicy | null;
  callPolicy: CallPolicy | null;
}

export type CampaignApiVersion = 'v1' | 'v2';

export interface CampaignParseOptions {
  version: CampaignApiVersion;
  mode: 'create' | 'modify';
  nowMs: number;
  /** Identifiers for new policies (create) or the stored ones the body must name (modify). */
  retryPolicyId: string;
  callPolicyId: string;
  /** On modify, the stored values that V1's optional fields fall back to. */
  current?: CampaignInput;
}

// Table 7-3 (ref L21888): the description excludes " [ ] = ; < >.
const descriptionForbidden = /["[\]=;<>]/;
const callerPattern = /^[0-9*#]+$/;
const urlPattern = /^https?:\/\/\S+$/i;

function scheduleOf(input: Record<string, unknown>): ScheduleParam {
  const out = {} as ScheduleParam;
  for (const key of scheduleKeys) {
    const v = input[key];
    // Empty strings and null both mean "unset" (ref L22475, L23599).
    out[key] = typeof v === 'string' && v.trim() !== '' ? v.trim() : null;
  }
  return out;
}

function callerNosOf(value: unknown, version: CampaignApiVersion): CallerNo[] | IsalesRejection {
  if (version === 'v1') {
    const r = new FieldReader({ callerNo: value });
    const text = r.text('callerNo', { max: 24, required: true, pattern: callerPattern });
    return r.rejection ?? [{ accessCode: text!, priority: 1 }];
  }
  if (value === undefined || value === null || (Array.isArray(value) && value.length === 0)) return reject('empty', 'callerNo is mandatory');
  if (!Array.isArray(value)) return reject('wrongType', 'callerNo must be a list');
  const out: CallerNo[] = [];
  for (const item of value) {
    if (typeof item !== 'object' || item === null) return reject('wrongType', 'callerNo entries must be objects');
    const r = new FieldReader(item as Record<string, unknown>, 'callerNo.');
    const accessCode = r.text('accessCode', { max: 32, required: true, pattern: /^\d+$/ });
    const priority = r.int('priority', { min: 1, max: 5, required: true });
    if (r.rejection) return r.rejection;
    if (out.some((c) => c.accessCode === accessCode)) return reject('invalidCombination', `callerNo ${accessCode} is repeated`);
    out.push({ accessCode: accessCode!, priority: priority! });
  }
  return out;
}

function timesOf(r: FieldReader, options: CampaignParseOptions): { beginMs: number; endMs: number } | IsalesRejection | undefined {
  // V1 modify: begin and end are optional but go together (ref L22587); everywhere else mandatory.
  const optional = options.version === 'v1' && options.mode === 'modify';
  const beginText = r.text('strBeginTime', { max: 20, required: !optional });
  const endText = r.text('strEndTime', { max: 20, required: !optional });
  if (r.rejection) return undefined;
  if (optional && !beginText && !endText && options.current) return { beginMs: options.current.beginMs, endMs: options.current.endMs };
  if (!beginText || !endText) return reject('invalidCombination', 'strBeginTime and strEndTime must be set together');
  const beginMs = parseIsalesDateTime(beginText);
  const endMs = parseIsalesDateTime(endText);
  if (beginMs === undefined || endMs === undefined) return reject('invalidValue', 'strBeginTime and strEndTime must be in yyyy-MM-dd HH:mm:ss format');
  if (endMs < beginMs) return reject('invalidCombination', 'strEndTime must not be earlier than strBeginTime');
  // CEC §7.1.3 (ref L22604–22608): on modify the end time may not be in the past.
  if (options.mode === 'modify' && endMs < options.nowMs) return reject('invalidValue', 'strEndTime must not be earlier than the current time');
  return { beginMs, endMs };
}

function policiesOf(body: Record<string, unknown>, options: CampaignParseOptions): { retryPolicy: RetryPolicy | null; callPolicy: CallPolicy | null } | IsalesRejection {
  if (options.version === 'v1') return { retryPolicy: options.current?.retryPolicy ?? null, callPolicy: options.current?.callPolicy ?? null };
  const r = new FieldReader(body);
  const retryInput = r.object('retryPolicy', options.mode === 'create');
  const callInput = r.object('callPolicy', false);
  if (r.rejection) return r.rejection;
  let retryPolicy = options.current?.retryPolicy ?? null;
  if (retryInput) {
    // CEC §7.1.4 (ref L23061): modifying names the stored policy by its retryPolicyId.
    if (options.mode === 'modify' && retryPolicy && retryInput.retryPolicyId !== undefined && String(retryInput.retryPolicyId) !== retryPolicy.retryPolicyId) {
      return reject('invalidValue', 'retryPolicy.retryPolicyId does not identify the policy of this campaign');
    }
    const parsed = parseRetryPolicy(retryInput, retryPolicy?.retryPolicyId ?? options.retryPolicyId);
    if ('rejected' in parsed) return parsed;
    retryPolicy = parsed;
  }
  let callPolicy = options.current?.callPolicy ?? null;
  if (callInput && Object.keys(callInput).length > 0) {
    if (options.mode === 'modify' && callPolicy && callInput.callPolicyId !== undefined && String(callInput.callPolicyId) !== callPolicy.callPolicyId) {
      return reject('invalidValue', 'callPolicy.callPolicyId does not identify the policy of this campaign');
    }
    const parsed = parseCallPolicy(callInput, callPolicy?.callPolicyId ?? options.callPolicyId, retryPolicy?.policyType);
    if ('rejected' in parsed) return parsed;
    callPolicy = parsed;
  }
  return { retryPolicy, callPolicy };
}

/**
 * Validates a campaign body in the order of note 04 §5.2 steps 2–4 (mandatory fields, types,
 * lengths and characters, values, combinations, then the begin time against today). Uniqueness,
 * the skill and the campaign limits need the store and are the service's.
 */
export function parseCampaign(body: Record<string, unknown>, options: CampaignParseOptions): CampaignInput | IsalesRejection {
  const r = new FieldReader(body);
  const name = r.text('name', { max: 32, required: true });
  const description = r.text('description', { max: 200, forbidden: descriptionForbidden });
  const times = timesOf(r, options);
  const deviceType = r.int('deviceType', { min: 1, max: 6, required: true });
  if (r.rejection) return r.rejection;
  if (times && 'rejected' in times) return times;
  if (!deviceTypes.includes(deviceType as never)) return reject('invalidValue', 'deviceType must be 1, 2, 3, 5 or 6');
  // CEC §7.1.1 (ref L21856): the device type cannot be changed once created.
  if (options.current && options.current.deviceType !== deviceType) return reject('invalidCombination', 'deviceType cannot be changed');
  const callerNos = callerNosOf(body.callerNo, options.version);
  if ('rejected' in callerNos) return callerNos;
  // maxAlertingTime: preview 9–120, others 5–120 (Table 7-3); 5–60 on V2 modify (ref L22872).
  const alertMax = options.version === 'v2' && options.mode === 'modify' ? 60 : 120;
  const maxAlertingTime = r.int('maxAlertingTime', { min: deviceType === 5 ? 9 : 5, max: alertMax, required: true });
  const priority = options.version === 'v2' ? r.int('priority', { min: 1, max: 5 }) : undefined;
  const scheduleInput = r.object('scheduleParam', true);
  const ivrInput = r.object('ivrParam', false);
  const skillInput = r.object('skillParam', false);
  const initStatus = r.int('initStatus', { min: 0, max: 1 }) ?? 0;
  const callbackUrl = r.text('callbackUrl', { max: 1024, required: true });
  const cclId = r.int('cclId', { min: 0, max: 2_147_483_647 });
  if (r.rejection) return r.rejection;
  if (!urlPattern.test(callbackUrl!)) return reject('invalidValue', 'callbackUrl must start with https:// or http://');
  const schedule = scheduleOf(scheduleInput!);
  const segments = parseSchedule(schedule);
  if ('rejected' in segments) return segments;
  let ivrParam: IvrParam | null = null;
  let skillParam: SkillParam | null = null;
  if (ivrDeviceTypes.includes(deviceType!)) {
    if (!ivrInput) return reject('invalidCombination', 'ivrParam is mandatory when deviceType is 1 or 3');
    const parsed = parseIvrParam(ivrInput);
    if ('rejected' in parsed) return parsed;
    ivrParam = parsed;
  }
  if (skillDeviceTypes.includes(deviceType!)) {
    if (!skillInput) return reject('invalidCombination', 'skillParam is mandatory when deviceType is 2, 5 or 6');
    const parsed = parseSkillParam(skillInput, deviceType!, maxAlertingTime!, options.version === 'v2' && options.mode === 'create');
    if ('rejected' in parsed) return parsed;
    skillParam = parsed;
  }
  const policies = policiesOf(body, options);
  if ('rejected' in policies) return policies;
  // CEC §7.1.1 Table 7-3 (ref L21889): "The time cannot be earlier than 00:00 of the current day."
  const beginChanged = !options.current || times!.beginMs !== options.current.beginMs;
  if (beginChanged && times!.beginMs < startOfDayMs(options.nowMs)) return reject('startBeforeToday', 'The start time of the outbound campaign is earlier than the early morning of the current day.');
  return {
    name: name!,
    description: description ?? null,
    ...times!,
    deviceType: deviceType!,
    callerNos,
    maxAlertingTime: maxAlertingTime!,
    priority: priority ?? null,
    schedule,
    ivrParam,
    skillParam,
    initStatus,
    callbackUrl: callbackUrl!,
    cclId: cclId ?? null,
    ...policies,
  };
}
