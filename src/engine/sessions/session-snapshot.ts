import type { WorkState } from '../../domain/agent/index.ts';
import type { AgentLeg, AgentRuntime, OpenOperation, SessionOptions } from '../core/index.ts';

/** What a session's call legs were doing when it was saved: enough to settle the agent once they are lost. */
export interface SavedLeg {
  callId: string;
  state: AgentLeg['state'];
  skillId: number | null;
}

/** The parts of a session that are not columns of their own: reasons, pending requests, settings, counters. */
export type SessionDetails = Pick<
  AgentRuntime,
  'busyReason' | 'restCause' | 'restDurationSeconds' | 'preBusy' | 'preBusyReason' | 'preRest' | 'preRestCause' | 'preRestSeconds' | 'preRestSinceMs' | 'talkRight' | 'customState' | 'phoneOffHook' | 'lastCallId' | 'statistics'
> & {
  busyOpCause?: number;
  /** Whether the client has used the GUID that replaced the previous one (see SessionSnapshot.previousGuid). */
  previousGuidSuperseded: boolean;
  /** When a running wrap-up ends by itself; whether the rest's reminder is still to come. */
  wrapupEndsAtMs: number | null;
  restTimerRunning: boolean;
  chatCapacity?: Array<[number, number]>;
};

/**
 * A live session as the owner keeps it durable (decision 1720), from which a new owner of the VDN
 * rebuilds it: the same GUIDs, work state, skills, phone, push settings and counters.
 */
export interface SessionSnapshot {
  workNo: number;
  sessionId: string;
  loginTimeMs: number;
  options: SessionOptions;
  guid: string;
  guidIssuedAtMs: number;
  /** Superseded once the client used the new GUID; it still admits requests until it expires (decision 0007). */
  previousGuid: { guid: string; expiresAtMs: number; superseded: boolean } | null;
  work: WorkState;
  workSinceMs: number;
  lastActivityMs: number;
  signedInSkills: number[];
  operation: OpenOperation | null;
  legs: SavedLeg[];
  details: SessionDetails;
}

/** The snapshot of a live session now. */
export function snapshotSession(agent: AgentRuntime): SessionSnapshot {
  const previous = agent.previousGuid;
  return {
    workNo: agent.workNo,
    sessionId: agent.sessionId,
    loginTimeMs: agent.loginTimeMs,
    options: agent.options,
    guid: agent.guid,
    guidIssuedAtMs: agent.guidIssuedAtMs,
    previousGuid: previous ? { ...previous } : null,
    work: agent.work,
    workSinceMs: agent.workSinceMs,
    lastActivityMs: agent.lastActivityMs,
    signedInSkills: [...agent.signedInSkills].sort((a, b) => a - b),
    operation: agent.operation,
    legs: [...agent.legs.values()].map((leg) => ({ callId: leg.callId, state: leg.state, skillId: leg.cdr.skillId })),
    details: {
      busyReason: agent.busyReason,
      ...(agent.busyOpCause !== undefined ? { busyOpCause: agent.busyOpCause } : {}),
      restCause: agent.restCause,
      restDurationSeconds: agent.restDurationSeconds,
      preBusy: agent.preBusy,
      preBusyReason: agent.preBusyReason,
      preRest: agent.preRest,
      preRestCause: agent.preRestCause,
      preRestSeconds: agent.preRestSeconds,
      preRestSinceMs: agent.preRestSinceMs,
      talkRight: agent.talkRight,
      customState: agent.customState,
      phoneOffHook: agent.phoneOffHook,
      lastCallId: agent.lastCallId,
      previousGuidSuperseded: previous?.superseded ?? false,
      wrapupEndsAtMs: agent.wrapupTimer !== null ? (agent.wrapupEndsAtMs ?? null) : null,
      restTimerRunning: agent.restTimer !== null,
      statistics: agent.statistics,
      ...(agent.chatCapacity ? { chatCapacity: [...agent.chatCapacity] } : {}),
    },
  };
}
