import type { SystemCallProgress, SystemCallStep } from '../../engine/index.ts';
import type { SystemCallRow } from '../../store/index.ts';
import { signedCallbackBody } from './callback-signature.ts';
import { callbackTime, durationSeconds } from './callback-times.ts';
import type { SystemCallDeps } from './system-call-deps.ts';
import type { SystemCallSettings } from './system-call-settings.ts';

/** Attempts per callback before the outbox gives up (decision 0422; the reference is silent). */
export const systemCallbackAttemptsMax = 6;

type CallFacts = Pick<SystemCallRow, 'vdnId' | 'callSerialNo' | 'caller' | 'called' | 'callerPresent' | 'serviceNo' | 'callData' | 'callbackUrl'>;

/** CEC §6.2.14.2 Table 6-398 (ref L18140): the call status event when the customer answers. */
export function connectionEventBody(call: CallFacts): Record<string, unknown> {
  return { callSerialNo: call.callSerialNo, serviceNo: call.serviceNo || null, called: call.called, callData: call.callData || null };
}

/** CEC §6.2.14.3 Table 6-400 (ref L18225–18245): the release event, the call's whole record. */
export function releaseEventBody(call: CallFacts, progress: Readonly<SystemCallProgress>): Record<string, unknown> {
  return {
    callSerialNo: call.callSerialNo,
    serviceNo: call.serviceNo || null,
    called: call.called,
    caller: call.caller,
    callerPresent: call.callerPresent,
    callData: call.callData || null,
    createCallTime: callbackTime(progress.startMs),
    alertingTime: callbackTime(progress.alertingMs),
    talkingTime: callbackTime(progress.talkingMs),
    releaseTime: callbackTime(progress.releaseMs),
    talkDuration: String(durationSeconds(progress.talkingMs, progress.releaseMs)),
    recordfile: progress.recording?.fileName ?? null,
    locationId: progress.recording ? '0' : null,
    releaseReason: String(progress.reasonCode ?? ''),
    agentAlertingTime: callbackTime(progress.agentAlertingMs),
    agentTalkingTime: callbackTime(progress.agentTalkingMs),
    agentReleaseTime: callbackTime(progress.agentReleaseMs),
    agentTalkDuration: String(durationSeconds(progress.agentTalkingMs, progress.agentReleaseMs)),
  };
}

/** CEC §14.4.2 (ref L69890–69935): the release event of a voice notification. */
export function notificationReleaseBody(call: Pick<CallFacts, 'callSerialNo' | 'called' | 'callerPresent'>, progress: Readonly<SystemCallProgress>): Record<string, unknown> {
  return {
    callSerialNo: call.callSerialNo,
    called: call.called,
    callerPresent: call.callerPresent,
    createCallTime: callbackTime(progress.startMs),
    alertingTime: callbackTime(progress.alertingMs),
    talkingTime: callbackTime(progress.talkingMs),
    releaseTime: callbackTime(progress.releaseMs),
    talkDuration: String(durationSeconds(progress.talkingMs, progress.releaseMs)),
    recordfile: null,
    locationId: null,
    releaseReason: String(progress.reasonCode ?? ''),
  };
}

/**
 * Queues a release callback: to the URL given at creation, else to the tenant's hang-up callback
 * URL. Only a URL given through the interface is signed, and only when the tenant has a shared
 * key (ref L18060–18066, L69830).
 */
export async function queueReleaseCallback(deps: SystemCallDeps, kind: string, call: CallFacts, hangupCallbackUrl: string | null, appSecret: string | null, body: Record<string, unknown>): Promise<void> {
  const url = call.callbackUrl ?? hangupCallbackUrl;
  if (!url) return;
  const sign = call.callbackUrl !== null && appSecret !== null;
  await deps.callbacks.enqueue({ vdnId: call.vdnId, kind, url, body: sign ? signedCallbackBody(body, appSecret, deps.clock.now(), deps.secrets) : body, maxAttempts: systemCallbackAttemptsMax });
}

/** The callbacks of a bidirectional call: the connection event, then the release event. */
export function twoPartyCallbacks(deps: SystemCallDeps, call: CallFacts, settings: SystemCallSettings) {
  return async (step: SystemCallStep, progress: Readonly<SystemCallProgress>): Promise<void> => {
    if (step === 'connected' && settings.connectionCallbackUrl) {
      await deps.callbacks.enqueue({ vdnId: call.vdnId, kind: 'bidirectional-connect', url: settings.connectionCallbackUrl, body: connectionEventBody(call), maxAttempts: systemCallbackAttemptsMax });
    }
    if (step === 'released') await queueReleaseCallback(deps, 'bidirectional-release', call, settings.hangupCallbackUrl, settings.appSecret, releaseEventBody(call, progress));
  };
}
