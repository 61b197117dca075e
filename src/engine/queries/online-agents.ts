import type { EngineCore, AgentRuntime } from '../core/index.ts';

/** Agents signed in to a skill queue, in work-number order (5.2.11, 5.2.13). */
export function agentsSignedInTo(engine: EngineCore, skillId: number): AgentRuntime[] {
  const workNos = [...(engine.signedInBySkill.get(skillId) ?? [])].sort((a, b) => a - b);
  const agents: AgentRuntime[] = [];
  for (const workNo of workNos) {
    const agent = engine.agents.get(workNo);
    if (agent) agents.push(agent);
  }
  return agents;
}

/** Since when the agent has been in what its status reports: its busiest call leg, else its work state. */
export function stateSinceMs(agent: AgentRuntime): number {
  const rank = { held: 1, occupied: 2, alerting: 3, talking: 4 } as const;
  let since = agent.workSinceMs;
  let best = 0;
  for (const leg of [...agent.legs.values(), ...(agent.chats?.values() ?? [])]) {
    if (rank[leg.state] > best) {
      best = rank[leg.state];
      since = leg.sinceMs;
    }
  }
  return since;
}

/** The reason code of the current state: the busy reason or the rest cause, else 0 (5.2.11 currentStateReason). */
export function stateReason(agent: AgentRuntime): number {
  if (agent.legs.size > 0 || (agent.chats?.size ?? 0) > 0) return 0;
  if (agent.work === 'busy') return agent.busyReason;
  if (agent.work === 'rest') return agent.restCause;
  return 0;
}
