import { OpType, signOutCause, type OpenOperation } from '../../engine/index.ts';
import { activityScope, operationRow } from '../../events/index.ts';
import type { AgentSessionRow, Repositories } from '../../store/index.ts';

/**
 * After a crash, the agent sessions of the VDN it cut are still in the store (agent_session). Each
 * is closed in the operation journal exactly as a graceful stop closes it (src/engine/shutdown.ts:
 * a forced sign-out): its open state period ends, then the sign-out (op type 0, cause 258) is
 * recorded, both at the crash time; then the row goes. The crash time is the last instant the
 * store saw the server alive: the latest batch of records it committed (decision 0508). Runs in
 * the caller's transaction, one VDN at a time (decision 1720).
 */
export async function recoverInterruptedSessions(
  repos: Repositories,
  vdnId: number,
  nextId: () => string,
  /** Only these sessions (those a new owner could not carry on). */
  workNos?: ReadonlySet<number>,
): Promise<{ sessions: number; crashMs: number | null; operations: ReturnType<typeof operationRow>[] }> {
  const rows = (await repos.agentSessions.list(vdnId)).filter((row) => !workNos || workNos.has(row.workNo));
  if (rows.length === 0) return { sessions: 0, crashMs: null, operations: [] };
  const lastActivity = await repos.idCounters.current(activityScope);
  const crashMs = Math.max(lastActivity ?? 0, ...rows.map((r) => r.savedAtMs));
  const operations = rows.flatMap((row) => closingOperations(row, crashMs).map((op) => operationRow(nextId(), row.vdnId, row, op, crashMs)));
  await repos.ctiRecords.insertOperations(operations);
  for (const row of rows) await repos.agentSessions.delete(row.vdnId, row.workNo);
  return { sessions: rows.length, crashMs, operations };
}

/** The open period (if any) and the sign-out, as signOut(…, 'forced') writes them. */
function closingOperations(row: AgentSessionRow, crashMs: number): OpenOperation[] {
  const closing: OpenOperation[] = [];
  if (row.opType !== null && row.opBeginMs !== null) {
    closing.push({ opType: row.opType, opCause: row.opCause ?? -1, opObject: row.opObject ?? '-1', beginMs: row.opBeginMs, callId: row.opCallId ?? '', skillId: row.opSkillId });
  }
  closing.push({ opType: OpType.signOut, opCause: signOutCause.forced, opObject: '-1', beginMs: crashMs, callId: '', skillId: null });
  return closing;
}
