import type { EngineCore } from '../core/index.ts';

/**
 * The private queues of agents (12.3.1.3.5, decision 0851) as data: each agent's waiting call ids,
 * oldest first. Queues are short (the calls transferred to one busy agent), so arrays do.
 */
export function privateQueueOf(engine: EngineCore, workNo: number): readonly string[] {
  return engine.privateWaiting.get(workNo) ?? [];
}

export function addPrivate(engine: EngineCore, workNo: number, callId: string): void {
  const queue = engine.privateWaiting.get(workNo);
  if (queue) queue.push(callId);
  else engine.privateWaiting.set(workNo, [callId]);
}

export function removePrivate(engine: EngineCore, workNo: number, callId: string): void {
  const queue = engine.privateWaiting.get(workNo);
  if (!queue) return;
  const at = queue.indexOf(callId);
  if (at >= 0) queue.splice(at, 1);
  if (queue.length === 0) engine.privateWaiting.delete(workNo);
}
