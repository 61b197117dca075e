import type { AgentRuntime, SessionStatistics } from '../core/index.ts';

const seconds = (ms: number): number => Math.max(0, Math.round(ms / 1000));

/**
 * The session counters of 6.1.3.9 as of `nowMs`. The engine adds a duration to its counters when
 * the interval ends (a talk when the leg ends, busy or rest when the state is left); a query in
 * the middle of an interval also counts the part already spent, as a supervisor would expect.
 */
export function liveStatistics(agent: AgentRuntime, nowMs: number): SessionStatistics {
  const stats = { ...agent.statistics };
  for (const leg of agent.legs.values()) if (leg.answeredAtMs !== null) stats.talkTimeSeconds += seconds(nowMs - leg.answeredAtMs);
  const inState = seconds(nowMs - agent.workSinceMs);
  if (agent.work === 'busy') stats.busyTimeSeconds += inState;
  if (agent.work === 'rest') {
    // The same split as the engine's when the rest ends: time beyond the requested rest is "rest out".
    const allowed = agent.restDurationSeconds;
    stats.restTimeSeconds += Math.min(inState, allowed || inState);
    if (allowed > 0 && inState > allowed) stats.restOutTimeSeconds += inState - allowed;
  }
  return stats;
}
