/**
 * The telephone network as the engine sees it. The engine asks the network to ring a device or
 * dial a number, and the network answers with what will happen and when (answer after 2 s, busy
 * after 1 s...); the engine schedules those outcomes on its Clock, so that the simulated network
 * is deterministic and runs in virtual time. (A SIP adapter would report outcomes as they happen;
 * see docs/architecture.md "The Switch port".)
 */
export interface Switch {
  /** How long an agent's softphone takes to go off-hook when the platform answers for it. */
  agentPhoneAnswerDelayMs(workNo: number, phone: string): number;
  /** What happens when the platform dials `number` (outbound calls, transfers to numbers). */
  dial(number: string): DialOutcome;
  /** Names the recording of an agent's talk segment (taskId, record id, file name). */
  recording(request: RecordingRequest): RecordingName;
  /** How long a prompt plays (IVR menus, announcements). */
  promptDurationMs(text: string): number;
  /**
   * Mobile agents (6.1.2.26): route the agent's calls to an external number, answering when that
   * number would; returns why the number cannot be reached (nothing changes then). A network
   * without it offers no mobile agents.
   */
  bindAgentNumber?(workNo: number, phone: string): DialFailure | null;
  /**
   * A simulated network's called party: how long it talks once connected (null: until released).
   * The dialer uses it for the customers it calls; a real network has none.
   */
  calledPartyTalkMs?(number: string): number | null;
  unbindAgentNumber?(workNo: number): void;
}

export type DialOutcome =
  | { kind: 'answer'; alertAfterMs: number; answerAfterMs: number }
  | { kind: 'fail'; afterMs: number; alerted: boolean; failure: DialFailure };

/** A failed call attempt, in the codes the reference uses for it. */
export interface DialFailure {
  /** OUTBOUND_DETECT_EVENT `detect`: the CTI cause code, Table 6-451. */
  detect: number;
  desc: string;
  /** CDR leave reason (13.2.3.7). */
  leaveReason: number;
  /** CDR release cause (13.2.3.3). */
  releaseCause: number;
}

export interface RecordingRequest {
  vdnId: number;
  workNo: number;
  callId: string;
  atMs: number;
  taskSeq: number;
}

export interface RecordingName {
  taskId: string;
  recordId: string;
  fileName: string;
  locationId: string;
}
