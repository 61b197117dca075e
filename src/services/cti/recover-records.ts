import type { Repositories } from '../../store/index.ts';

/** CEC §13.2.3.3: 534 "CTIServer disconnected from an ACD module: all its calls released". */
const platformStopped = 534;
/** CEC §13.2.3.7: 19 "An internal processing error occurs." */
const interrupted = 19;

export interface RecoveredRecords {
  calls: number;
  rows: number;
  recordings: number;
  /** The calls this finished (their last row, call_id_num −1), for the indicator roll-up. */
  finishedCalls: Array<{ vdnId: number; callId: string }>;
}

/**
 * After a crash or a change of owner, calls of the VDN that were in progress left CDR rows and
 * recordings open. They are closed at the recovery time: each interrupted call gets its last row
 * (call_id_num −1, release cause 534), so that every call that ever started ends with a complete
 * CDR; then the calls' control records go (decision 1720). A call already closed has no open row,
 * so running this again closes nothing twice. Runs in the caller's transaction.
 */
export async function recoverInterruptedRecords(repos: Repositories, vdnId: number, nowMs: number): Promise<RecoveredRecords> {
  const open = await repos.ctiRecords.openCdrs(vdnId);
  const byCall = new Map<string, typeof open>();
  for (const row of open) byCall.set(row.callId, [...(byCall.get(row.callId) ?? []), row]);
  const finishedCalls: RecoveredRecords['finishedCalls'] = [];
  for (const [callId, rows] of byCall) {
    const closed = (await repos.ctiRecords.cdrsOfCall(vdnId, callId)).filter((r) => r.status === 'closed');
    let number = closed.reduce((n, r) => Math.max(n, r.callIdNum ?? 0), 0);
    for (const [index, row] of rows.entries()) {
      const last = index === rows.length - 1;
      number += 1;
      await repos.ctiRecords.updateCdr(row.id, {
        status: 'closed',
        closedAtMs: nowMs,
        callIdNum: last ? -1 : number,
        releaseCause: last ? platformStopped : null,
        leaveReason: interrupted,
        waitEndMs: row.waitBeginMs !== null && row.waitEndMs === null ? nowMs : row.waitEndMs,
        ackEndMs: row.ackBeginMs !== null && row.ackEndMs === null ? nowMs : row.ackEndMs,
        callEndMs: row.callBeginMs !== null ? nowMs : null,
      });
    }
    finishedCalls.push({ vdnId, callId });
  }
  const recordings = await repos.ctiRecords.openRecordings(vdnId);
  for (const recording of recordings) await repos.ctiRecords.updateRecording(recording.recordId, { endMs: nowMs, status: 'done' });
  for (const call of await repos.agentSessions.listCalls(vdnId)) await repos.agentSessions.deleteCall(vdnId, call.callId);
  return { calls: byCall.size, rows: open.length, recordings: recordings.length, finishedCalls };
}
