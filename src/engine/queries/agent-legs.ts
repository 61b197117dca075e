import type { AgentLeg, AgentRuntime } from '../core/index.ts';

/**
 * Which leg is "the current call" for the call-data queries (6.1.3.1, 6.1.3.2): the one the agent
 * talks on, else the one being set up, else the one ringing, else a held one. A held call is still
 * the agent's call (it may be queried and retrieved), so it comes last rather than not at all.
 */
const currentOrder: readonly AgentLeg['state'][] = ['talking', 'occupied', 'alerting', 'held'];

export function currentCallLeg(agent: AgentRuntime): AgentLeg | undefined {
  for (const state of currentOrder) {
    const leg = newestFirst([...agent.legs.values()].filter((l) => l.state === state))[0];
    if (leg) return leg;
  }
  return undefined;
}

/** The agent's legs in one state, most recent first (the order of the 6.1.3.4 example, ref L12627). */
export function legsInState(agent: AgentRuntime, state: AgentLeg['state']): AgentLeg[] {
  return newestFirst([...agent.legs.values()].filter((l) => l.state === state));
}

/** Every call the agent is on, most recent first (6.1.3.7's example lists the newest id first). */
export function callIdsOf(agent: AgentRuntime): string[] {
  return newestFirst([...agent.legs.values()]).map((l) => l.callId);
}

function newestFirst(legs: AgentLeg[]): AgentLeg[] {
  return legs.sort((a, b) => b.sinceMs - a.sinceMs || (b.callId < a.callId ? -1 : b.callId > a.callId ? 1 : 0));
}
