import { startTwoPartyCall } from '../../engine/index.ts';
import { itaCodes, type ItaCode } from './ita-codes.ts';
import { finishItaCall } from './ita-simulator.ts';
import { isPhoneNumber, trialCallsPerDayMax, trialDayMs } from './number-rules.ts';
import { done, refused, type SystemCallOutcome } from './system-call-outcome.ts';
import type { SystemCallDeps } from './system-call-deps.ts';
import { runSystemCall } from './system-call-runner.ts';
import type { ItaAccount, SystemCallSettings } from './system-call-settings.ts';

/** A createCall request as the AICC path read it: party A, the V3 softphone, B, and the raw body. */
export interface ItaCallInput {
  partyA: string;
  softPhone: string;
  called: string;
  agentWorkNo: string;
  input: { callData?: string | undefined; callerPresent?: string | undefined; agentPresent?: string | undefined; callbackUrl?: string | undefined };
}

/** The ITA answers its fixed retMsg (Table 6-358); `_rule` names the rule for the reader. */
const fail = (code: ItaCode, _rule: string): SystemCallOutcome<never> => refused(code.code, code.message);

/**
 * CEC §6.2.1/§6.2.2 createCall for an ITA tenant (decision 0431): the simulated ITA checks the
 * request with its own codes (Table 6-358: parameters 90100100, a calling number outside the
 * tenant's numbers 90106011, a trial tenant over its limit 90104029, an A–B binding already live
 * 90106001, no free X number 90106003), binds A and B to a free privacy number X (shown to both),
 * makes the call on the simulated network and pushes its CDR to statusnotify (§6.2.13) when it ends.
 * callData, callerPresent, agentPresent (ref L16394–16405) and the AICC callbacks of 6.2.14 are not
 * ITA features: a request naming them is refused.
 */
export async function createItaCall(deps: SystemCallDeps, vdnId: number, call: ItaCallInput, settings: SystemCallSettings, account: ItaAccount, allowedA: (n: string) => boolean): Promise<SystemCallOutcome<{ callSerialNo: string }>> {
  const { partyA, softPhone, called, agentWorkNo, input } = call;
  if (!partyA || !called || !isPhoneNumber(partyA) || !isPhoneNumber(called) || (softPhone !== '' && !isPhoneNumber(softPhone))) return fail(itaCodes.invalidInput, 'caller and called must be numbers');
  for (const field of ['callData', 'callerPresent', 'agentPresent', 'callbackUrl'] as const) {
    if ((input[field] ?? '').trim() !== '') return fail(itaCodes.invalidInput, `${field} is not supported for ITA`);
  }
  if (agentWorkNo !== '' && !/^\d{1,5}$/.test(agentWorkNo)) return fail(itaCodes.invalidInput, 'agentWorkNo');
  if (!allowedA(partyA)) return fail(itaCodes.callerForbid, 'the calling number is not a number of the tenant');
  const now = deps.clock.now();
  if (settings.trial && (await deps.repos.systemCalls.countSince(vdnId, '4', now - trialDayMs)) >= trialCallsPerDayMax) return fail(itaCodes.tooManyRequests, 'trial limit');
  if (await deps.repos.systemCalls.liveBetween(vdnId, '4', partyA, called)) return fail(itaCodes.bindingExists, 'A and B are bound');
  const inUse = new Set(await deps.repos.systemCalls.livePresentNumbers(vdnId, '4'));
  const telX = account.privacyNumbers.find((n) => !inUse.has(n));
  if (telX === undefined) return fail(itaCodes.insufficientNumbers, 'every X number is bound');
  const callSerialNo = deps.ids.next();
  const row = { callSerialNo, vdnId, taskType: '4', callId: null, caller: partyA, called, callerPresent: telX, agentPresent: telX, serviceNo: agentWorkNo, callData: '', callbackUrl: null, state: 0, reasonCode: null, startMs: now, endMs: null, agentAlertingMs: null, agentTalkingMs: null, agentReleaseMs: null, alertingMs: null, talkingMs: null, releaseMs: null, recordFile: null, detail: JSON.stringify({ softPhone, telX }) };
  await runSystemCall(
    deps,
    row,
    (live, observe) => startTwoPartyCall(live, { callSerialNo, partyA, partyB: called, displayToA: telX, displayToB: telX, callData: '', serviceNo: agentWorkNo, record: settings.record }, observe),
    async (step, progress) => {
      if (step === 'released') await finishItaCall(deps, account, row, settings.tenantSpaceId, progress);
    },
  );
  return done({ callSerialNo });
}
