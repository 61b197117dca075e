import { PhonePlan } from '../../domain/agent/index.ts';
import { startTwoPartyCall, type TenantConfig } from '../../engine/index.ts';
import { callDataLengthMax, decodeCallbackUrl, isPhoneNumber, presentNumber, trialCallsPerDayMax, trialDayMs } from './number-rules.ts';
import { done, refused, type SystemCallOutcome } from './system-call-outcome.ts';
import type { SystemCallDeps } from './system-call-deps.ts';
import { createItaCall } from './create-ita-call.ts';
import { runSystemCall } from './system-call-runner.ts';
import { systemCallSettings } from './system-call-settings.ts';
import { twoPartyCallbacks } from './two-party-callbacks.ts';

export { trialCallsPerDayMax } from './number-rules.ts';

/** A createCall request, V1 (6.2.1) or V3 (6.2.2); V3 fields are accepted on the V1 path too. */
export interface TwoPartyCallInput {
  caller?: string | undefined;
  softPhone?: string | undefined;
  called?: string | undefined;
  agentWorkNo?: string | undefined;
  callData?: string | undefined;
  callerPresent?: string | undefined;
  agentPresent?: string | undefined;
  callbackUrl?: string | undefined;
}

/**
 * CEC §6.2.1/§6.2.2 createCall: checks the request in the order of Table 6-357's codes as they
 * apply (numbers 5, call data 2, the tenant's softphone range 8, callback URL 9, trial limits 16
 * and 21, a call already running between the two numbers 1), persists the call and lets the engine
 * make it. Party A is `caller`, or the V3 `softPhone` when no caller is given (decision 0424).
 */
export async function createTwoPartyCall(deps: SystemCallDeps, vdnId: number, input: TwoPartyCallInput): Promise<SystemCallOutcome<{ callSerialNo: string }>> {
  const caller = input.caller?.trim() ?? '';
  const softPhone = input.softPhone?.trim() ?? '';
  const called = input.called?.trim() ?? '';
  const partyA = caller || softPhone;
  const settings = await systemCallSettings(deps.repos, vdnId, 'bidirectionalCall');
  if (settings.ita) {
    // An ITA tenant's calls go through the simulated ITA, with its own codes (decision 0431).
    const plan = tenantPhonePlan((await deps.cti.registry.get(vdnId)).config);
    const call = { partyA, softPhone, called, agentWorkNo: input.agentWorkNo?.trim() ?? '', input };
    return createItaCall(deps, vdnId, call, settings, settings.ita, (n) => plan.includes(n) && (softPhone === '' || plan.includes(softPhone)));
  }
  if (!partyA) return refused('5', 'caller is mandatory');
  for (const [field, value] of [['caller', caller], ['softPhone', softPhone], ['called', called]] as const) {
    if (value !== '' && !isPhoneNumber(value)) return refused('5', `The format of ${field} is incorrect.`);
  }
  if (!called) return refused('5', 'called is mandatory');
  const agentWorkNo = input.agentWorkNo?.trim() ?? '';
  if (agentWorkNo !== '' && !/^\d{1,5}$/.test(agentWorkNo)) return refused('5', 'agentWorkNo must be a number of at most 5 digits');
  const callData = input.callData ?? '';
  if (callData.length > callDataLengthMax) return refused('2', `callData must be at most ${callDataLengthMax} characters`);
  const callerPresent = presentNumber(input.callerPresent, settings);
  if (callerPresent === null) return refused('5', 'callerPresent must be an access code of the tenant');
  const agentPresent = presentNumber(input.agentPresent, settings);
  if (agentPresent === null) return refused('5', 'agentPresent must be an access code of the tenant');
  const engine = await deps.cti.registry.get(vdnId);
  const plan = tenantPhonePlan(engine.config);
  const softphoneOwner = [...engine.config.agents.values()].find((a) => a.sipAccount === (softPhone || partyA));
  if (!plan.includes(partyA) || (softPhone !== '' && !plan.includes(softPhone))) {
    return refused('8', 'The calling number is not in the softphone number range used by the mobile agent assigned by the tenant.');
  }
  if (agentWorkNo !== '' && !engine.config.agents.has(Number(agentWorkNo))) return refused('5', `agentWorkNo ${agentWorkNo} is not an agent of the tenant`);
  let callbackUrl: string | null = null;
  if (input.callbackUrl?.trim()) {
    const decoded = decodeCallbackUrl(input.callbackUrl, settings.callbackTrustlist);
    if (!decoded.ok) return refused('9', decoded.reason);
    callbackUrl = decoded.url;
  }
  const now = deps.clock.now();
  if (settings.trial) {
    if (!settings.trialTrustlist.includes(partyA)) return refused('16', 'The agent-side number of the trial tenant is not in the trustlist.');
    if ((await deps.repos.systemCalls.countSince(vdnId, '1', now - trialDayMs)) >= trialCallsPerDayMax) return refused('21', 'The number of one-click bidirectional calls of the trial tenant exceeds the upper limit 10 per day.');
  }
  if (await deps.repos.systemCalls.liveBetween(vdnId, '1', partyA, called)) return refused('1', 'Failed to add the outbound call task. The same outbound call task exists.');
  const callSerialNo = deps.ids.next();
  const serviceNo = agentWorkNo || (softphoneOwner ? String(softphoneOwner.workNo) : '');
  const row = { callSerialNo, vdnId, taskType: '1', callId: null, caller: partyA, called, callerPresent, agentPresent, serviceNo, callData, callbackUrl, state: 0, reasonCode: null, startMs: now, endMs: null, agentAlertingMs: null, agentTalkingMs: null, agentReleaseMs: null, alertingMs: null, talkingMs: null, releaseMs: null, recordFile: null, detail: JSON.stringify({ softPhone }) };
  const record = settings.record;
  await runSystemCall(
    deps,
    row,
    (live, observe) => startTwoPartyCall(live, { callSerialNo, partyA, partyB: called, displayToA: agentPresent, displayToB: callerPresent, callData, serviceNo, record }, observe),
    twoPartyCallbacks(deps, row, settings),
  );
  return done({ callSerialNo });
}

/** The numbers the tenant's mobile agents may use: its agents' softphones and `settings.phoneNumbers` (decision 0507). */
function tenantPhonePlan(config: TenantConfig): PhonePlan {
  return new PhonePlan([...config.agents.values()].map((agent) => agent.sipAccount), config.phoneRanges);
}
