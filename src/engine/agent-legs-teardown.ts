import type { TenantEngine } from './tenant-engine.ts';
import type { AgentRuntime } from './engine-types.ts';
import { enqueue } from './acd.ts';
import { closeCdr, endCall, LeaveReason, ReleaseCause } from './cdr-legs.ts';
import { finishAgentLeg } from './call-release.ts';
import { stopRecording } from './recording.ts';

/**
 * Takes an agent out of all its calls because its session ends (forced sign-out, timeout,
 * takeover, account deleted): a ringing call goes back to its queue, a call the agent shared goes
 * on without it, any other call ends. The agent settles into nothing: it is leaving.
 */
export function releaseAllLegs(engine: TenantEngine, agent: AgentRuntime): void {
  for (const leg of [...agent.legs.values()]) {
    engine.cancel(leg.ringTimer);
    agent.legs.delete(leg.callId);
    const call = engine.calls.get(leg.callId);
    if (!call) continue;
    call.agents.delete(agent.workNo);
    stopRecording(engine, agent, leg);
    if (leg.state === 'alerting' && call.feature === 0 && call.currentSkillId !== null) {
      closeCdr(engine, call, leg.cdr, LeaveReason.agentNoAnswer);
      enqueue(engine, call, call.currentSkillId, { requeue: { sinceMs: call.queueSinceMs ?? engine.now() } });
      continue;
    }
    engine.emit(agent.workNo, 'AgentEvent_Call_Release', call.callId);
    const sharedWithOthers = call.agents.size > 0 && (call.customer?.state === 'connected' || call.agents.size > 1);
    if (sharedWithOthers) {
      closeCdr(engine, call, leg.cdr, LeaveReason.agentReleased);
      continue;
    }
    const others = [...call.agents].map((w) => engine.agents.get(w)).filter((a): a is AgentRuntime => a !== undefined);
    endCall(engine, call, ReleaseCause.normal, LeaveReason.agentReleased);
    for (const other of others) finishAgentLeg(engine, other, call, 'customer');
  }
}
