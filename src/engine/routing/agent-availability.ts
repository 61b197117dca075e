import type { EngineCore, AgentRuntime } from '../core/index.ts';

/**
 * Whether an agent may be offered a queued call: signed in, idle, without any call, allowed to
 * take inbound calls (6.1.1.22 settalkright), not forced to change its password and not monitoring
 * another agent (§12.1: the inspector's phone is on the monitor leg).
 */
export function isAvailable(agent: AgentRuntime): boolean {
  return agent.work === 'idle' && agent.legs.size === 0 && agent.talkRight && !agent.config.isForceChange && !agent.monitor && !agent.phoneMedia;
}

/** Since when each available agent has been available (its place in the longest-idle order). */
const availableSince = new WeakMap<AgentRuntime, number>();

/**
 * Brings the routing indexes in line with the agent's state: in the idle pool of each skill it is
 * signed in to when available, out of all of them otherwise. Call after every change that can
 * affect availability; it is idempotent and O(the agent's skills × log agents): the pools an agent
 * may be in are kept per agent (`idlePoolsOf`), so the number of queues does not matter (issue 8).
 */
export function refreshAvailability(engine: EngineCore, agent: AgentRuntime): void {
  if (!isAvailable(agent) || engine.agents.get(agent.workNo) !== agent) {
    availableSince.delete(agent);
    leavePools(engine, agent.workNo);
    return;
  }
  let since = availableSince.get(agent);
  if (since === undefined) availableSince.set(agent, (since = engine.now()));
  let pools = engine.idlePoolsOf.get(agent.workNo);
  if (!pools) engine.idlePoolsOf.set(agent.workNo, (pools = new Set()));
  for (const skillId of pools) {
    if (!agent.signedInSkills.has(skillId)) {
      engine.idle.get(skillId)?.remove(agent.workNo);
      pools.delete(skillId);
    }
  }
  for (const skill of agent.config.skills) {
    if (!agent.signedInSkills.has(skill.skillId)) continue;
    const pool = engine.idleIn(skill.skillId);
    if (!pool.has(agent.workNo)) pool.add({ workNo: agent.workNo, agentWeight: skill.agentWeight, idleSinceMs: since });
    pools.add(skill.skillId);
  }
}

/** Drops the agent from every routing index (sign-out). */
export function forgetAgent(engine: EngineCore, agent: AgentRuntime): void {
  availableSince.delete(agent);
  leavePools(engine, agent.workNo);
  for (const skillId of agent.signedInSkills) engine.signedInBySkill.get(skillId)?.delete(agent.workNo);
}

function leavePools(engine: EngineCore, workNo: number): void {
  const pools = engine.idlePoolsOf.get(workNo);
  if (!pools) return;
  for (const skillId of pools) engine.idle.get(skillId)?.remove(workNo);
  engine.idlePoolsOf.delete(workNo);
}
