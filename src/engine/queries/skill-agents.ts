import type { AgentRuntime, EngineCore } from '../core/index.ts';

/** Call type 7 (Table 6-455): a call an agent placed to an outside number. */
const outboundFeature = 7;

/**
 * Calls of a skill being processed by its agents right now (ringing, talking or held at an agent,
 * their current skill being this one): IDX_COUNT_REAL_SKILL_HANDLE, 12.3.1.2.6 processingCallNums.
 * Looks only at the agents signed in to the skill.
 */
export function callsInHandling(engine: EngineCore, skillId: number): number {
  const seen = new Set<string>();
  for (const workNo of engine.signedInBySkill.get(skillId) ?? []) {
    const agent = engine.agents.get(workNo);
    if (!agent) continue;
    for (const callId of agent.legs.keys()) if (engine.calls.get(callId)?.currentSkillId === skillId) seen.add(callId);
    for (const callId of agent.chats?.keys() ?? []) if (engine.calls.get(callId)?.currentSkillId === skillId) seen.add(callId);
  }
  return seen.size;
}

/** Whether the agent is on a call it placed to an outside number (12.3.1.2.9 callOut). */
export function onOutboundCall(engine: EngineCore, agent: AgentRuntime): boolean {
  for (const callId of agent.legs.keys()) if (engine.calls.get(callId)?.feature === outboundFeature) return true;
  return false;
}
