import type { DialerAttemptFinished, DialerAttemptRecord, DialerAttemptStarted } from '../../../domain/outbound/dialing/index.ts';
import { ivrDeviceTypes } from '../../../domain/outbound/index.ts';
import { inTransaction, type Repositories } from '../../../store/index.ts';
import type { OutboundDeps } from '../campaigns/outbound-deps.ts';
import { pushedResult, queueResultPush } from './result-push.ts';

/** Maps an attempt's failCode to the tenant's external result code (O2's `externalResultCodeFor`); none by default. */
export type ResultCodeLookup = (repos: Repositories, vdnId: number, failCode: string) => Promise<string | null>;

async function recordStarted(repos: Repositories, vdnId: number, r: DialerAttemptStarted): Promise<void> {
  const record = await repos.isalesCallData.find(vdnId, r.dataId);
  if (!record) return;
  // Written before the number is dialled (the contract's `started`), so a restart settles it instead of dialling again.
  await repos.isalesResults.insert({
    vdnId, campaignId: r.campaignId, dataId: r.dataId, attemptNo: r.attemptNo, callId: r.callId || null, called: r.called, phase: 'started',
    callStatus: null, failCode: null, resultCode: null, startedAtMs: r.atMs, ringAtMs: null, answerAtMs: null, releaseAtMs: null, agentId: null, recordPath: null, final: 0,
  });
  await repos.isalesCallData.update(r.dataId, { state: 'dialing', attempts: Math.max(record.attempts, r.attemptNo), numberIndex: r.numberIndex });
}

/** The recording of an answered call when the dialer did not name one: the CTI's own index (ch. 13). */
async function recordingPath(repos: Repositories, vdnId: number, r: DialerAttemptFinished): Promise<string | null> {
  if (r.recordPath) return r.recordPath;
  if (r.callStatus !== 6 || !r.callId) return null;
  const [recording] = await repos.ctiRecords.recordingsOfCall(vdnId, r.callId);
  return recording?.fileName ?? null;
}

async function recordFinished(repos: Repositories, vdnId: number, r: DialerAttemptFinished, resultCodeFor: ResultCodeLookup): Promise<{ url: string; result: Record<string, unknown> } | undefined> {
  const record = await repos.isalesCallData.find(vdnId, r.dataId);
  const campaign = await repos.isalesCampaigns.find(vdnId, r.campaignId);
  if (!record || !campaign) return undefined;
  const final = r.next.kind === 'final';
  const existing = await repos.isalesResults.find(r.dataId, r.attemptNo);
  const fields = {
    callId: r.callId || null, called: r.called, phase: 'finished', callStatus: r.callStatus, failCode: r.failCode,
    resultCode: await resultCodeFor(repos, vdnId, r.failCode), ringAtMs: r.ringMs, answerAtMs: r.answerMs, releaseAtMs: r.releaseMs,
    agentId: r.workNo === null ? null : String(r.workNo), recordPath: await recordingPath(repos, vdnId, r), final: final ? 1 : 0,
  };
  if (existing) await repos.isalesResults.update(r.dataId, r.attemptNo, fields);
  else await repos.isalesResults.insert({ vdnId, campaignId: r.campaignId, dataId: r.dataId, attemptNo: r.attemptNo, startedAtMs: r.ringMs ?? r.releaseMs, ...fields });
  const next = r.next;
  await repos.isalesCallData.update(r.dataId, {
    attempts: Math.max(record.attempts, r.attemptNo),
    dialHistory: JSON.stringify(r.history),
    preferredWorkNo: null,
    ...(next.kind === 'retry'
      ? { state: 'waiting', nextAttemptAtMs: next.atMs, numberIndex: next.numberIndex }
      : { state: next.outcome, nextAttemptAtMs: null, finishedAtMs: r.releaseMs }),
  });
  if (ivrDeviceTypes.includes(campaign.deviceType) && r.callId && r.ivrOutcome) {
    // CEC §7.5.3 (ref L27815): the dialogue of an IVR call; the dialer reports the flow's outcome as its turn.
    await repos.isalesResults.insertDialogue([{ vdnId, callId: r.callId, interNo: 1, systemReply: r.ivrOutcome, userSaying: null, intention: null, systemReplyTime: null, requestTime: null, responseSource: '0' }]);
  }
  const attempt = (await repos.isalesResults.find(r.dataId, r.attemptNo))!;
  return { url: campaign.callbackUrl, result: pushedResult(vdnId, attempt, record) };
}

/**
 * Persists one `dialerAttempt` record of the engine (the contract's started/finished) in one
 * transaction and, for a finished attempt, then queues its result push in the durable outbox.
 */
export async function recordDialerAttempt(deps: OutboundDeps, vdnId: number, record: DialerAttemptRecord, resultCodeFor: ResultCodeLookup): Promise<void> {
  const pushed = await inTransaction(deps.store, async (repos) => {
    if (record.phase === 'started') {
      await recordStarted(repos, vdnId, record);
      return undefined;
    }
    return recordFinished(repos, vdnId, record, resultCodeFor);
  });
  if (pushed) await queueResultPush(deps, pushed.url, vdnId, [pushed.result]);
}
