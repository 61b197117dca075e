import { countAgentStates, type AgentStateCounts } from '../../../domain/monitoring/index.ts';
import { agentsSignedInTo, callsInHandling, type TenantEngine } from '../../../engine/index.ts';
import { windowStartOf, type RealtimeStatistics, type WindowReading } from '../../../stats/realtime/index.ts';
import { countedAgent } from '../agent-live.ts';

/** What the skill views of 12.3.1.2.6 and 12.3.1.2.12 read of one skill queue: live state and the current 5-minute window. */
export interface SkillLive {
  agents: AgentStateCounts;
  /** Calls of the skill ringing or talking at its agents. */
  handling: number;
  queueSize: number;
  /** Since when the longest-waiting queued call waits; null with an empty queue. */
  oldestWaitingSinceMs: number | null;
  window: WindowReading;
  /** The longest idle time of the skill's agents inside the window, finished or still running. */
  maxIdleMs: number;
}

/** O(agents signed in to the skill). */
export function skillLive(engine: TenantEngine, stats: RealtimeStatistics, skillId: number): SkillLive {
  const now = engine.now();
  const window = stats.skill(engine.vdnId, skillId);
  const signedIn = agentsSignedInTo(engine, skillId);
  let maxIdleMs = window.counts.maxIdleMs;
  for (const agent of signedIn) if (agent.work === 'idle' && agent.legs.size === 0) maxIdleMs = Math.max(maxIdleMs, now - Math.max(agent.workSinceMs, windowStartOf(now)));
  const oldest = engine.waiting.get(skillId)?.oldest();
  return {
    agents: countAgentStates(signedIn.map((agent) => countedAgent(engine, agent))),
    handling: callsInHandling(engine, skillId),
    queueSize: engine.waiting.get(skillId)?.size ?? 0,
    oldestWaitingSinceMs: oldest?.sinceMs ?? null,
    window,
    maxIdleMs,
  };
}
