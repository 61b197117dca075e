import type { AgentRuntime } from '../core/index.ts';
import { elapsedSeconds } from '../../domain/time/index.ts';

/**
 * An agent's rest as 12.3.1.1.2 reports it (note 08 §5.3): resting (CTI status 8), or granted
 * but still at work — a rest requested during a call or its wrap-up starts when the agent is free,
 * so it is "allowed to have a rest but still at work", cantRestCause 1 "in busy state". A rest a
 * quota or an approval holds back is "waiting" with its Table 12-336 cause (decision 0850).
 */
export interface RestState {
  status: 'resting' | 'allowed' | 'waiting';
  /** Rest start when resting, else when the rest was granted. */
  beginMs: number;
  /** The rest asked for, seconds (0: until cancelled). */
  requestedSeconds: number;
  /** Seconds rested so far (0 while not resting yet). */
  restedSeconds: number;
  reason: number;
  /** Table 12-336: 1 for an allowed rest; the waiting cause (0, 2, 3, 4) for a waiting one; absent when resting. */
  cantRestCause?: number;
  /** The skill queues whose quota is full (cause 4). */
  skillIds?: readonly number[];
}

export function restState(agent: AgentRuntime, nowMs: number): RestState | undefined {
  if (agent.work === 'rest' && agent.legs.size === 0) {
    return { status: 'resting', beginMs: agent.workSinceMs, requestedSeconds: agent.restDurationSeconds, restedSeconds: elapsedSeconds(agent.workSinceMs, nowMs), reason: agent.restCause };
  }
  if (agent.preRest) return { status: 'allowed', beginMs: agent.preRestSinceMs, requestedSeconds: agent.preRestSeconds, restedSeconds: 0, reason: agent.preRestCause, cantRestCause: 1 };
  const waiting = agent.restApplication;
  if (waiting) return { status: 'waiting', beginMs: waiting.sinceMs, requestedSeconds: waiting.seconds, restedSeconds: 0, reason: waiting.cause, cantRestCause: waiting.waitCause, skillIds: waiting.skillIds };
  return undefined;
}
