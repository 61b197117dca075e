import { classifyRbtAnnouncement } from '../../domain/chatbot/index.ts';
import type { Repositories } from '../../store/index.ts';

export interface RbtAnalysisDeps {
  callCenterId: number;
  /** The network's announcement for a release cause, undefined when it plays none. */
  announcement: (releaseCause: number) => string | undefined;
  nextId: () => string;
  now: () => number;
}

/** The feature (call type) of an agent's manual outbound call, §6.1.2 callout (Table 10-98 callType 7). */
const manualOutbound = 7;

function yyyymmdd(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10).replace(/-/g, '');
}

/**
 * §10.16: after a batch of finished calls is written, every manual outbound call that was never
 * answered gets its offline analysis: the ring-back announcement is "transcribed" and classified
 * (decision 1016). Runs in the record writer's batch, off the engine.
 */
export async function analyseFailedCallouts(repos: Repositories, finishedCalls: readonly { vdnId: number; callId: string }[], deps: RbtAnalysisDeps): Promise<void> {
  for (const { vdnId, callId } of finishedCalls) {
    const rows = await repos.ctiRecords.cdrsOfCall(vdnId, callId);
    const leg = rows.find((r) => Number(r.callType) === manualOutbound && r.agentId !== '' && r.releaseCause !== null && r.releaseCause !== undefined);
    if (!leg || rows.some((r) => r.callBeginMs !== null && r.callBeginMs !== undefined)) continue;
    const ringBegin = Number(leg.ackBeginMs ?? leg.waitBeginMs ?? deps.now());
    const ringEnd = Number(leg.ackEndMs ?? leg.callEndMs ?? deps.now());
    const releaseCause = Number(leg.releaseCause);
    const text = deps.announcement(releaseCause);
    const now = deps.now();
    const id = deps.nextId();
    await repos.oiapRbt.insert({
      id,
      vdnId,
      callId,
      fileName: `Y:\\${vdnId}\\1\\${yyyymmdd(ringBegin)}\\${leg.agentId}\\${id.slice(-10)}.V3`,
      callerNo: leg.callerNo ?? '',
      calleeNo: leg.calleeNo ?? '',
      agentId: Number(leg.agentId),
      recordBeginMs: ringBegin,
      recordEndMs: ringEnd,
      callCenterId: deps.callCenterId,
      releaseCause,
      beginMs: now,
      endMs: now,
      result: classifyRbtAnnouncement(text),
      asrTransResult: text ?? null,
      confirmedResult: null,
      confirmStatus: 0,
      remark: null,
      locationId: 0,
      updateMs: now,
    });
  }
}
