import type { TimerId } from '../../domain/time/index.ts';
import type { Call, ExternalParty } from '../core/index.ts';

/** Table 6-292: "6" a phone number, "9" an agent ID. */
export type AddressType = '6' | '9';

/** An announcement playing to the conference (6.1.6.13) or to one channel (6.1.6.15), on the Clock. */
export interface Announcement {
  voicePath: string;
  timer: TimerId | null;
}

/** One party of a conference (Table 6-350). */
export interface ConfParticipant {
  addressType: AddressType;
  address: string;
  deviceCallType: number;
  deviceType: number;
  /** Table 6-321: 1 listen only, 2 speak only, 3 both, 4 neither. */
  channelAttrib: number;
  /** Table 6-350: 0 talking, 1 held, 2 an announcement plays to it. */
  channelState: 0 | 1 | 2;
  /** Table 6-350: 0 participant, 1 chairperson. */
  role: 0 | 1;
  /** Null while it is being called. */
  enterTimeMs: number | null;
  state: 'ringing' | 'joined';
  /** The music a held channel hears (6.1.6.6 voicePath). */
  holdVoicePath: string | null;
  /** A channel announcement (6.1.6.15), and the channel state it returns to when it ends. */
  announcement: (Announcement & { resumeState: 0 | 1 }) | null;
  /** The welcome announcement of 6.1.6.10 (`beepTone`), played to this channel when it joins. */
  welcome: { voicePath: string; durationMs: number | null } | null;
  /** The party on the conference call when the address is a phone number. */
  external: ExternalParty | null;
  /** Timers of the invitation (a number's dial outcome, an agent's ring timeout). */
  timers: TimerId[];
}

/**
 * An agent conference (§6.1.6; note 02 §5.8): applying while the chair's phone is reached, active
 * once AgentConf_RequestSuccess is sent. Its parties are on one call of type 53 (multi-party), so
 * every participant leg has its CDR row and, for agents, its recording.
 */
export interface Conference {
  readonly confId: number;
  /** The conference call (type 53) that carries every participant leg. */
  readonly call: Call;
  phase: 'applying' | 'active' | 'ended';
  chairWorkNo: number;
  /** Table 6-276 memberNum: most parties at once (1–120), changed by 6.1.6.17. */
  memberNum: number;
  confCallerNo: string;
  /** Applied duration in minutes (4–1440, prolonged up to 1440 in all). */
  applyConfTimeMin: number;
  promptTimeMin: number;
  startTimeMs: number;
  beepTone: boolean;
  voicePath: string | null;
  /** Table 6-349: 0 normal, 1 an announcement plays to the whole conference. */
  confState: 0 | 1;
  announcement: Announcement | null;
  /** A background announcement (6.1.6.13 playType 1): mixed under the talk, beside the foreground one (decision 0466). */
  background: Announcement | null;
  /** By `${addressType}:${address}`, in the order they were invited. */
  participants: Map<string, ConfParticipant>;
  timeoutTimer: TimerId | null;
  endTimer: TimerId | null;
}

export const participantKey = (addressType: string, address: string): string => `${addressType}:${address}`;
