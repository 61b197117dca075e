import { directionOf, isAfterCallWrapUp, type OperationFact } from '../../domain/indicators/index.ts';
import type { Repositories } from '../../store/index.ts';

/**
 * Which way the call before each after-call wrap-up went (decision 0832). The journal is a gapless
 * timeline per agent, so the operation that ended when a wrap-up began (talking, holding…) names
 * the call, and that call's CDR type gives its direction. The earlier operation is usually in the
 * same batch; otherwise it is already in the store (it was written before the wrap-up began).
 */
const inListMax = 500;

export async function withWrapUpDirections<T extends OperationFact>(repos: Repositories, vdnId: number, ops: readonly T[]): Promise<T[]> {
  const wrapUps = ops.filter(isAfterCallWrapUp);
  if (wrapUps.length === 0) return [...ops];
  const callBefore = new Map<string, string>();
  const key = (agentId: string, atMs: number) => `${agentId}|${atMs}`;
  for (const op of ops) if (op.callId) callBefore.set(key(op.agentId, op.endMs), op.callId);
  const missing = wrapUps.filter((w) => !callBefore.has(key(w.agentId, w.beginMs))).map((w) => w.beginMs);
  for (let i = 0; i < missing.length; i += inListMax) {
    for (const row of await repos.ctiRecords.callOperationsEndingAt(vdnId, missing.slice(i, i + inListMax))) callBefore.set(key(row.agentId, Number(row.endMs)), row.callId);
  }
  const callIds = [...new Set(wrapUps.map((w) => callBefore.get(key(w.agentId, w.beginMs))).filter((id): id is string => id !== undefined))];
  const direction = new Map<string, ReturnType<typeof directionOf>>();
  for (let i = 0; i < callIds.length; i += inListMax) {
    for (const row of await repos.ctiRecords.callTypesOf(vdnId, callIds.slice(i, i + inListMax))) direction.set(row.callId, directionOf(Number(row.callType)));
  }
  return ops.map((op) => {
    if (!isAfterCallWrapUp(op)) return op;
    const callId = callBefore.get(key(op.agentId, op.beginMs));
    return { ...op, afterCall: (callId && direction.get(callId)) || null };
  });
}
