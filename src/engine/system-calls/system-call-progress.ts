/**
 * What a system call has reached, as the §6.2 queries and callbacks report it: the state of
 * Table 6-366 (0 to be called, 1 calling, 2 talking, 3 ended), the reason code once ended, and the
 * time of each step (epoch ms; null until it happens).
 */
export interface SystemCallProgress {
  readonly callSerialNo: string;
  callId: string;
  state: 0 | 1 | 2 | 3;
  reasonCode: number | null;
  startMs: number;
  /** Party A (the customer manager's phone); null for a voice notification. */
  agentAlertingMs: number | null;
  agentTalkingMs: number | null;
  agentReleaseMs: number | null;
  /** Party B (the customer). */
  alertingMs: number | null;
  talkingMs: number | null;
  releaseMs: number | null;
  endMs: number | null;
  /** The recording of the talk, when one was asked for and the parties talked. */
  recording: { fileName: string; beginMs: number; endMs: number | null } | null;
}

/** The steps a caller of the engine is told about, with the progress after the step. */
export type SystemCallStep = 'agentAlerting' | 'agentAnswered' | 'alerting' | 'connected' | 'released';

export type SystemCallObserver = (step: SystemCallStep, progress: Readonly<SystemCallProgress>) => void;

/** CEC §6.2.4 Table 6-370 reasonCode (ref L16931): why a bidirectional call ended. */
export const TwoPartyReason = {
  calledHungUp: 0,
  callerHungUp: 1,
  callerCallFailed: 2,
  calledCallFailed: 3,
  callerNoAnswer: 4,
  calledNoAnswer: 5,
} as const;

/**
 * A call the platform stopped (server shutdown, or a restart after a crash; decision 0430): 6 when
 * it had not connected ("failed to initiate the call", ref L16931; "fails before ringing", ref
 * L69930), else 65535, the top of the documented 0–65535 range, for "other exceptions".
 */
export const stoppedReason = (connected: boolean): number => (connected ? 65_535 : 6);

/** CEC §14.4.2 releaseReason (ref L69930): why a voice notification ended. */
export const NotificationReason = {
  calledReleased: 0,
  finishedPlaying: 1,
  rejectedOrNoAnswer: 4,
  failedBeforeRinging: 6,
} as const;

export function newProgress(callSerialNo: string, callId: string, startMs: number): SystemCallProgress {
  return {
    callSerialNo,
    callId,
    state: 1,
    reasonCode: null,
    startMs,
    agentAlertingMs: null,
    agentTalkingMs: null,
    agentReleaseMs: null,
    alertingMs: null,
    talkingMs: null,
    releaseMs: null,
    endMs: null,
    recording: null,
  };
}

/** The reference's bidirectional-call recording path (ref L18281): `Y:/{vdn}/mobileAgent/{yyyyMMdd}/{callId}.wav`. */
export function systemCallRecordingPath(vdnId: number, callId: string, atMs: number): string {
  const at = new Date(atMs);
  const date = `${at.getUTCFullYear()}${String(at.getUTCMonth() + 1).padStart(2, '0')}${String(at.getUTCDate()).padStart(2, '0')}`;
  return `Y:/${vdnId}/mobileAgent/${date}/${callId}.wav`;
}
