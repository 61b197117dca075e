import { callDirection, callSummary, type CallSummary } from '../../domain/monitoring/index.ts';
import type { CdrRow, Repositories } from '../../store/index.ts';

export interface CallListFilter {
  /** Calls that started in [fromMs, toMs]. */
  fromMs: number;
  toMs: number;
  callerNo?: string;
  calleeNo?: string;
  direction: 'in' | 'out';
}

/** CDR rows grouped by call, in the order their calls first appear. */
function byCall(rows: readonly CdrRow[]): Map<string, CdrRow[]> {
  const calls = new Map<string, CdrRow[]>();
  for (const row of rows) {
    const list = calls.get(row.callId);
    if (list) list.push(row);
    else calls.set(row.callId, [row]);
  }
  return calls;
}

/**
 * The finished calls of a VDN that started in a window, summarised from their CDR rows
 * (12.3.1.1.12, .13), oldest first. A call is listed once its last row is written; its rows are
 * read whole, so a call that started in the window and ended after it is complete.
 */
export async function finishedCalls(repos: Repositories, vdnId: number, filter: CallListFilter): Promise<CallSummary[]> {
  const rows = await repos.ctiRecords.rowsOfCallsEndedBetween(vdnId, filter.fromMs, Number.MAX_SAFE_INTEGER);
  const out: CallSummary[] = [];
  for (const callRows of byCall(rows).values()) {
    const summary = callSummary(callRows);
    if (!summary || summary.startMs < filter.fromMs || summary.startMs > filter.toMs) continue;
    if (callDirection(summary.callType) !== filter.direction) continue;
    if (filter.callerNo && summary.callerNo !== filter.callerNo) continue;
    if (filter.calleeNo && summary.calleeNo !== filter.calleeNo) continue;
    out.push(summary);
  }
  return out.sort((a, b) => a.startMs - b.startMs || (a.callId < b.callId ? -1 : 1));
}

/**
 * The summary of one finished call of the given direction (12.3.1.4.3), looked up in the
 * caller's tenant, or in every tenant for the global key (the request names no VDN, note 08 A-26).
 */
export async function finishedCall(repos: Repositories, vdnId: number | null, callId: string, direction: 'in' | 'out'): Promise<CallSummary | undefined> {
  const rows = vdnId === null ? await repos.ctiRecords.cdrsByCallId(callId) : await repos.ctiRecords.cdrsOfCall(vdnId, callId);
  const perTenant = new Map<number, CdrRow[]>();
  for (const row of rows) perTenant.set(row.vdnId, [...(perTenant.get(row.vdnId) ?? []), row]);
  for (const tenantRows of perTenant.values()) {
    const summary = callSummary(tenantRows);
    if (summary && callDirection(summary.callType) === direction) return summary;
  }
  return undefined;
}

/** The closed CDR rows of a call whose rows were written in the UTC month of `logDateMs` (12.3.1.1.14). */
export async function callTraceRows(repos: Repositories, vdnId: number, callId: string, logDateMs: number): Promise<CdrRow[]> {
  const day = new Date(logDateMs);
  const monthStart = Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), 1);
  const monthEnd = Date.UTC(day.getUTCFullYear(), day.getUTCMonth() + 1, 1);
  const rows = await repos.ctiRecords.cdrsOfCall(vdnId, callId);
  return rows.filter((r) => r.status === 'closed' && r.closedAtMs !== null && r.closedAtMs >= monthStart && r.closedAtMs < monthEnd);
}
