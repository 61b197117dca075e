import type { Repositories } from '../../store/index.ts';
import { tenantSetting } from '../tenant-settings/index.ts';
import { parseSdkAuthorization, sdkDateMs, sdkSignature, signaturesMatch, type SignedRequest } from './ita-signature.ts';
import { done, refused, type SystemCallOutcome } from './system-call-outcome.ts';
import type { SystemCallDeps } from './system-call-deps.ts';

/** How far the `X-Sdk-Date` may be from our clock (decision 0429: 15 minutes, the API gateway's window). */
export const sdkDateSkewMsMax = 15 * 60_000;

/** CEC §6.2.13 Table 6-397 (ref L17968–17987): the ITA's CDR of a bidirectional call. */
export interface ItaCdr {
  callID?: string;
  remark?: string;
  startTime?: string;
  finishTime?: string;
  callDuration?: string | number;
  callerAnswerTime?: string;
  calledAnswerTime?: string;
  releaseCause?: string | number;
  appKey?: string;
  telA?: string;
  telX?: string;
  telB?: string;
  calledDisplay?: string;
  calleeDisplay?: string;
}

/** `YYYYMMDDHHmmss` (ref L17974) as epoch ms, read as UTC (decision 0429), or null. */
function itaTimeMs(value: string | undefined): number | null {
  const m = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/.exec(value?.trim() ?? '');
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6])) : null;
}

/** The tenant whose tenant space id (settings.tenantSpaceId, default the VDN id) is `remark`. */
async function tenantOfRemark(repos: Repositories, remark: string): Promise<number | undefined> {
  for (const vdn of await repos.vdns.list()) {
    const spaceId = await tenantSetting(repos, vdn.vdnId, 'tenantSpaceId');
    if ((spaceId === undefined || spaceId === null || spaceId === '' ? String(vdn.vdnId) : String(spaceId)) === remark) return vdn.vdnId;
  }
  return undefined;
}

/**
 * CEC §6.2.13 statusnotify: the ITA pushes the CDR of an ITA bidirectional call after it ends. The
 * `remark` names the tenant; the tenant's ITA account (`settings.bidirectionalCall.ita`:
 * `{appKey, appSecret}`) must have signed the request. The CDR is kept as a taskType 4 call
 * (queryCallDetailRecord with taskType 4); a repeated push of one callID changes nothing, and
 * the push for a call the simulated ITA made (decision 0431) gives that call its release cause.
 * Failures: 400 a malformed CDR, 401 a signature that does not verify.
 */
export async function receiveItaCdr(deps: Pick<SystemCallDeps, 'repos' | 'ids' | 'clock'>, request: SignedRequest, cdr: ItaCdr): Promise<SystemCallOutcome<null>> {
  const callId = cdr.callID?.trim() ?? '';
  const remark = cdr.remark?.trim() ?? '';
  if (!callId || !remark) return refused('400', 'callID and remark are mandatory');
  const vdnId = await tenantOfRemark(deps.repos, remark);
  const auth = parseSdkAuthorization(typeof request.headers.authorization === 'string' ? request.headers.authorization : undefined);
  const account = vdnId === undefined ? undefined : ((await tenantSetting(deps.repos, vdnId, 'bidirectionalCall')) as { ita?: { appKey?: unknown; appSecret?: unknown } } | undefined)?.ita;
  if (vdnId === undefined || !auth || typeof account?.appKey !== 'string' || typeof account.appSecret !== 'string' || auth.access !== account.appKey) return refused('401', 'The request source or signature does not pass the verification.');
  const dateMs = sdkDateMs(typeof request.headers['x-sdk-date'] === 'string' ? request.headers['x-sdk-date'] : undefined);
  if (dateMs === undefined || Math.abs(dateMs - deps.clock.now()) > sdkDateSkewMsMax || !auth.signedHeaders.includes('x-sdk-date')) return refused('401', 'X-Sdk-Date is missing or outside the accepted window.');
  if (!signaturesMatch(auth.signature, sdkSignature(request, auth.signedHeaders, account.appSecret))) return refused('401', 'The request source or signature does not pass the verification.');
  const releaseCause = Number(cdr.releaseCause);
  const reasonCode = Number.isInteger(releaseCause) && releaseCause >= 0 && releaseCause <= 65535 ? releaseCause : null;
  const known = await deps.repos.systemCalls.byCallId(vdnId, callId);
  if (known) {
    // A call the simulated ITA made for createCall (decision 0431) takes the CDR's release cause,
    // once; any other repeated push of one callID changes nothing.
    const detail = JSON.parse(known.detail || '{}') as Record<string, unknown>;
    if (known.taskType === '4' && detail.cdr === undefined) await deps.repos.systemCalls.update(vdnId, known.callSerialNo, { reasonCode, detail: JSON.stringify({ ...detail, cdr }) });
    return done(null);
  }
  const startMs = itaTimeMs(cdr.startTime) ?? deps.clock.now();
  const endMs = itaTimeMs(cdr.finishTime);
  const callerAnswerMs = itaTimeMs(cdr.callerAnswerTime);
  const calledAnswerMs = itaTimeMs(cdr.calledAnswerTime);
  await deps.repos.systemCalls.insert({
    callSerialNo: deps.ids.next(),
    vdnId,
    taskType: '4',
    callId,
    caller: cdr.telA?.trim() ?? '',
    called: cdr.telB?.trim() ?? '',
    callerPresent: (cdr.calledDisplay ?? cdr.calleeDisplay ?? '').trim(),
    agentPresent: cdr.telX?.trim() ?? '',
    serviceNo: '',
    callData: '',
    callbackUrl: null,
    state: 3,
    reasonCode,
    startMs,
    endMs,
    agentAlertingMs: startMs,
    agentTalkingMs: callerAnswerMs,
    agentReleaseMs: callerAnswerMs === null ? null : endMs,
    alertingMs: null,
    talkingMs: calledAnswerMs,
    releaseMs: calledAnswerMs === null ? null : endMs,
    recordFile: null,
    detail: JSON.stringify({ cdr }),
  });
  return done(null);
}
