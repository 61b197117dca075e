import type { AgentRuntime, Call, EngineCore } from '../core/index.ts';
import { DeviceType, endCall, LeaveReason, openCdr, ReleaseCause } from '../records/index.ts';
import { enqueue, leaveQueue, serveAgentSkills } from './acd.ts';
import { isAvailable, mayTakeCalls } from './agent-availability.ts';
import { addPrivate, privateQueueOf } from './private-waiting.ts';

/**
 * Private queues (12.3.1.3.5 scenario, ref L57775–L57781; decision 0851): a call transferred to an
 * agent who is talking or in wrap-up waits in that agent's own queue, and the agent takes it before
 * any skill queue's call when it is free. It waits as long as its skill queue would let it (or
 * `privateWaitDefaultMs` when it has none), then goes to that skill queue, or ends without one.
 */
export const privateWaitDefaultMs = 60_000;

/** Whether a call for `agent` may wait for it: signed in, and busy with a call or its wrap-up. */
export function canQueuePrivately(agent: AgentRuntime | undefined): agent is AgentRuntime {
  return agent !== undefined && (agent.legs.size > 0 || agent.work === 'work') && mayTakeCalls(agent);
}

export function enqueuePrivate(engine: EngineCore, call: Call, agent: AgentRuntime): void {
  const now = engine.now();
  // The call stays accounted to its skill queue, so the wait counts where reports look for it.
  const skillId = call.currentSkillId ?? 0;
  call.queueSinceMs = now;
  const cdr = openCdr(engine, call, { type: DeviceType.queue, no: skillId, deviceIn: 'DEVICE_QUEUE' }, { waitBeginMs: now });
  const skill = engine.config.skills.get(skillId);
  const waitMs = skill && skill.maxWaitTimeSeconds > 0 ? skill.maxWaitTimeSeconds * 1000 : privateWaitDefaultMs;
  call.queue = { skillId, sinceMs: now, timer: null, cdr, privateFor: agent.workNo };
  call.queue.timer = engine.after(waitMs, () => {
    const live = engine.calls.get(call.callId);
    if (live?.queue?.privateFor !== agent.workNo) return;
    live.queue.timer = null;
    redirect(engine, live, LeaveReason.timeout);
  });
  addPrivate(engine, agent.workNo, call.callId);
  engine.output.fact('queuedPrivately', { callId: call.callId, workNo: agent.workNo });
  engine.reactions.callQueued(engine, call);
}

/** Serves an agent that may take a call: its private queue first, then its skills. */
export function serveAgent(engine: EngineCore, agent: AgentRuntime): void {
  if (isAvailable(agent)) {
    for (const callId of [...privateQueueOf(engine, agent.workNo)]) {
      const call = engine.calls.get(callId);
      if (!call) continue;
      leaveQueue(engine, call, LeaveReason.normal);
      engine.reactions.offerQueuedCall(engine, agent, call);
      return;
    }
  }
  serveAgentSkills(engine, agent);
}

/** The agent signed out: its private calls go to their skill queues (or end), as when they wait too long. */
export function privateQueueLost(engine: EngineCore, workNo: number): void {
  for (const callId of [...privateQueueOf(engine, workNo)]) {
    const call = engine.calls.get(callId);
    if (call?.queue?.privateFor === workNo) redirect(engine, call, LeaveReason.noAgent);
  }
}

function redirect(engine: EngineCore, call: Call, leaveReason: number): void {
  const skillId = call.queue?.skillId ?? 0;
  if (engine.config.skills.has(skillId)) {
    leaveQueue(engine, call, leaveReason);
    enqueue(engine, call, skillId);
    return;
  }
  leaveQueue(engine, call, null);
  endCall(engine, call, ReleaseCause.normal, leaveReason);
}
