import type { SystemCallProgress } from '../../engine/index.ts';
import { TwoPartyReason } from '../../engine/index.ts';
import { sdkSignature } from './ita-signature.ts';
import { receiveItaCdr, type ItaCdr } from './ita-status-notify.ts';
import type { SystemCallDeps } from './system-call-deps.ts';
import type { ItaAccount } from './system-call-settings.ts';

/** Where the ITA pushes its CDRs (CEC §6.2.13, ref L17939). */
export const itaStatusNotifyPath = '/apiaccess/rest/cc-management/v1/ita/twopartiescall/statusnotify';
const signedHeaders = ['appkey', 'content-type', 'host', 'x-sdk-date'];

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');
function parts(ms: number): [string, string] {
  const t = new Date(ms);
  const date = `${t.getUTCFullYear()}${pad(t.getUTCMonth() + 1)}${pad(t.getUTCDate())}`;
  return [date, `${pad(t.getUTCHours())}${pad(t.getUTCMinutes())}${pad(t.getUTCSeconds())}`];
}
/** `YYYYMMDDHHmmss` in UTC (ref L17974, decision 0429), empty when the moment never came. */
const itaTime = (ms: number | null): string => (ms === null ? '' : parts(ms).join(''));
/** `X-Sdk-Date: 20210512T115430Z` (ref L18014). */
const sdkDate = (ms: number): string => parts(ms).join('T') + 'Z';

/**
 * The ITA's release cause (Table 6-367, Q.850 numbering) for how the simulated call ended
 * (decision 0431): cleared by a party 16, a party not answering 19, a party that could not be
 * reached 41, a call the platform stopped 41.
 */
export function itaReleaseCause(reasonCode: number | null): number {
  if (reasonCode === TwoPartyReason.calledHungUp || reasonCode === TwoPartyReason.callerHungUp) return 16;
  if (reasonCode === TwoPartyReason.callerNoAnswer || reasonCode === TwoPartyReason.calledNoAnswer) return 19;
  return 41;
}

export interface ItaCallFacts {
  callId: string;
  telA: string;
  telX: string;
  telB: string;
  tenantSpaceId: string;
}

/** The CDR the ITA writes of an AXB call (Table 6-397, ref L17968–17987). */
export function itaCdr(call: ItaCallFacts, account: ItaAccount, progress: Readonly<SystemCallProgress>): ItaCdr {
  const endMs = progress.endMs ?? progress.releaseMs ?? progress.startMs;
  return {
    appKey: account.appKey,
    remark: call.tenantSpaceId,
    telA: call.telA,
    telX: call.telX,
    telB: call.telB,
    calleeDisplay: call.telX,
    startTime: itaTime(progress.startMs),
    callerAnswerTime: itaTime(progress.agentTalkingMs),
    calledAnswerTime: itaTime(progress.talkingMs),
    finishTime: itaTime(endMs),
    callID: call.callId,
    releaseCause: String(itaReleaseCause(progress.reasonCode)),
    callDuration: Math.max(0, Math.round((endMs - progress.startMs) / 1000)),
  };
}

/**
 * The simulated ITA pushes the CDR after the call (decision 0431): a request signed with the
 * tenant's ITA account exactly as the ITA signs it (SDK-HMAC-SHA256, decision 0429), handed to the
 * same statusnotify service the HTTP route uses, so the push is verified before it is kept.
 */
export async function pushItaCdr(deps: Pick<SystemCallDeps, 'repos' | 'ids' | 'clock'>, account: ItaAccount, cdr: ItaCdr): Promise<boolean> {
  const body = JSON.stringify(cdr);
  const headers: Record<string, string> = { appkey: account.appKey, 'content-type': 'application/json;charset=UTF-8', host: 'ita.sim', 'x-sdk-date': sdkDate(deps.clock.now()) };
  const request = { method: 'POST', path: itaStatusNotifyPath, query: [] as Array<[string, string]>, headers, body };
  const signature = sdkSignature(request, signedHeaders, account.appSecret);
  headers.authorization = `SDK-HMAC-SHA256 Access=${account.appKey}, SignedHeaders=${signedHeaders.join(';')}, Signature=${signature}`;
  const outcome = await receiveItaCdr(deps, request, cdr);
  return outcome.ok;
}

/**
 * The simulated ITA's end of one of its calls: the call gets an id if it never had one, and the
 * CDR is pushed (after the call, and for a call a crash left unfinished, decision 0431).
 */
export async function finishItaCall(deps: Pick<SystemCallDeps, 'repos' | 'ids' | 'clock' | 'log'>, account: ItaAccount, row: { vdnId: number; callSerialNo: string; caller: string; called: string; agentPresent: string }, tenantSpaceId: string, progress: Readonly<SystemCallProgress>): Promise<void> {
  const callId = progress.callId || `ita-${row.callSerialNo}`;
  if (!progress.callId) await deps.repos.systemCalls.update(row.vdnId, row.callSerialNo, { callId });
  const cdr = itaCdr({ callId, telA: row.caller, telX: row.agentPresent, telB: row.called, tenantSpaceId }, account, progress);
  if (!(await pushItaCdr(deps, account, cdr))) deps.log.error({ callSerialNo: row.callSerialNo }, 'the simulated ITA CDR push was refused');
}
