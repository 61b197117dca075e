import type { EngineCore, TenantConfig } from './core/index.ts';
import { refreshAvailability, serveAgent, serveQueue, skillLostAllAgents, leaveQueue } from './routing/index.ts';
import { signOut } from './sessions/index.ts';
import { endCall, LeaveReason, ReleaseCause } from './records/index.ts';

/**
 * Swaps in a new configuration snapshot without disturbing live calls: agents whose account is
 * gone are signed out, signed-in agents follow changes to their skills (a newly bound skill is
 * signed into; an unbound one is left), calls waiting in a deleted skill are released, and queues
 * that lost or gained agents are re-evaluated.
 */
export function applyConfig(engine: EngineCore, next: TenantConfig): void {
  const previous = engine.config;
  engine.config = next;
  for (const agent of [...engine.agents.values()]) {
    const account = next.agents.get(agent.workNo);
    if (!account) {
      signOut(engine, agent.workNo, 'removed');
      continue;
    }
    const before = new Set(agent.config.skills.map((s) => s.skillId));
    agent.config = account;
    const configured = new Set(account.skills.map((s) => s.skillId).filter((id) => next.skills.has(id)));
    const signedIn = new Set([...agent.signedInSkills].filter((id) => configured.has(id)));
    for (const id of configured) if (!before.has(id)) signedIn.add(id);
    for (const id of agent.signedInSkills) if (!signedIn.has(id)) engine.signedInTo(id).delete(agent.workNo);
    for (const id of signedIn) engine.signedInTo(id).add(agent.workNo);
    agent.signedInSkills = signedIn;
    refreshAvailability(engine, agent);
  }
  for (const [skillId, waiting] of engine.waiting) {
    if (next.skills.has(skillId)) continue;
    for (const entry of waiting.inOrder()) {
      const call = engine.calls.get(entry.callId);
      if (!call) continue;
      leaveQueue(engine, call, null);
      endCall(engine, call, ReleaseCause.normal, LeaveReason.normal);
    }
  }
  for (const skillId of next.skills.keys()) {
    if (engine.signedInTo(skillId).size === 0) skillLostAllAgents(engine, skillId);
    else serveQueue(engine, skillId);
  }
  for (const agent of engine.agents.values()) serveAgent(engine, agent);
  engine.output.fact('configApplied', { skills: next.skills.size, agents: next.agents.size, previousSkills: previous.skills.size });
}
