import type { Repositories } from '../../store/index.ts';

/** CEC §13.2.3.3: 534 "CTIServer disconnected from an ACD module: all its calls released". */
const platformStopped = 534;
/** CEC §13.2.3.7: 19 "An internal processing error occurs." */
const interrupted = 19;

/**
 * After a crash, calls that were in progress left CDR rows and recordings open. On start they are
 * closed at the recovery time: each interrupted call gets its last row (call_id_num −1, release
 * cause 534), so that every call that ever started ends with a complete CDR.
 */
export async function recoverInterruptedRecords(repos: Repositories, nowMs: number): Promise<{ calls: number; rows: number; recordings: number }> {
  const open = await repos.ctiRecords.openCdrs();
  const byCall = new Map<string, typeof open>();
  for (const row of open) byCall.set(`${row.vdnId}|${row.callId}`, [...(byCall.get(`${row.vdnId}|${row.callId}`) ?? []), row]);
  for (const rows of byCall.values()) {
    const closed = (await repos.ctiRecords.cdrsOfCall(rows[0]!.vdnId, rows[0]!.callId)).filter((r) => r.status === 'closed');
    let number = closed.reduce((n, r) => Math.max(n, r.callIdNum ?? 0), 0);
    rows.forEach((row, index) => {
      const last = index === rows.length - 1;
      number += 1;
      row.callIdNum = last ? -1 : number;
    });
    for (const [index, row] of rows.entries()) {
      const last = index === rows.length - 1;
      await repos.ctiRecords.updateCdr(row.id, {
        status: 'closed',
        closedAtMs: nowMs,
        callIdNum: row.callIdNum,
        releaseCause: last ? platformStopped : null,
        leaveReason: interrupted,
        waitEndMs: row.waitBeginMs !== null && row.waitEndMs === null ? nowMs : row.waitEndMs,
        ackEndMs: row.ackBeginMs !== null && row.ackEndMs === null ? nowMs : row.ackEndMs,
        callEndMs: row.callBeginMs !== null ? nowMs : null,
      });
    }
  }
  const recordings = await repos.ctiRecords.openRecordings();
  for (const recording of recordings) await repos.ctiRecords.updateRecording(recording.recordId, { endMs: nowMs, status: 'done' });
  return { calls: byCall.size, rows: open.length, recordings: recordings.length };
}
