import type { TenantEngine } from '../engine/index.ts';

/**
 * Invariants the engine must keep at every step (STYLE rule 8), checked between simulation chunks:
 * no agent on two active calls, every waiting call known and in the queue it believes it is in,
 * every agent's legs naming live calls that list the agent.
 */
export function checkInvariants(engine: TenantEngine): string[] {
  const problems: string[] = [];
  for (const agent of engine.agents.values()) {
    const active = [...agent.legs.values()].filter((l) => l.state !== 'held');
    if (active.length > 1) problems.push(`agent ${agent.workNo} has ${active.length} active calls`);
    for (const leg of agent.legs.values()) {
      const call = engine.calls.get(leg.callId);
      if (!call) problems.push(`agent ${agent.workNo} holds ended call ${leg.callId}`);
      else if (!call.agents.has(agent.workNo)) problems.push(`call ${leg.callId} does not list agent ${agent.workNo}`);
    }
  }
  for (const [skillId, waiting] of engine.waiting) {
    for (const entry of waiting.inOrder()) {
      const call = engine.calls.get(entry.callId);
      if (!call) problems.push(`skill ${skillId} queues unknown call ${entry.callId}`);
      else if (call.queue?.skillId !== skillId) problems.push(`call ${entry.callId} waits in skill ${skillId} but believes otherwise`);
    }
  }
  let queued = 0;
  for (const call of engine.calls.values()) if (call.queue) queued += 1;
  const waitingTotal = [...engine.waiting.values()].reduce((n, w) => n + w.size, 0);
  if (queued !== waitingTotal) problems.push(`${queued} calls believe they wait but queues hold ${waitingTotal}`);
  return problems;
}
