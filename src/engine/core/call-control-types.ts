import type { TimerId } from '../../domain/time/index.ts';
import type { CdrLeg } from './cdr-leg.ts';

/**
 * The call model of agent call control (6.1.2): who offered a leg, parties reached by number,
 * consultations, pending transfers and IVR flows that hand a call back. Kept apart from
 * engine-types.ts, which re-exports them.
 */

/** The request behind an offered leg: what its answer or failure means for the requester (6.1.2.4/5/11). */
export interface LegOrigin {
  /** `conference`: an invitation to an agent conference (6.1.6.10), settled by src/engine/conference. */
  kind: 'internal' | 'consult' | 'transfer' | 'talkForward' | 'conference';
  /** The agent whose request made the offer. */
  byWorkNo: number;
  /** innerhelp mode: 1 two-party help, 2 three-party help (Table 6-124). */
  mode?: number;
}

/** A party reached by number besides the customer: a transfer to an external number or an IVR access code. */
export interface ExternalParty {
  number: string;
  state: 'dialing' | 'alerting' | 'connected' | 'released';
  /** Its CDR row: device type 7 ("common call") for a number, the flow's own row for an IVR. */
  cdr: CdrLeg | null;
  timers: TimerId[];
  /** The tenant's IVR flow when the number is one of its access codes. */
  ivrFlowId: number | null;
}

/** The two calls of a consultation (6.1.2.5): the main call names its consult call and vice versa. */
export interface CallLink {
  role: 'main' | 'consult';
  otherCallId: string;
  requesterWorkNo: number;
  /** 1 two-party help, 2 three-party help. */
  mode: number;
}

/** A transfer that completes later (6.1.2.11 modes 2, 3 and 4): the requester still holds the call. */
export interface PendingTransfer {
  mode: number;
  deviceType: number;
  byWorkNo: number;
  target: { kind: 'agent'; workNo: number } | { kind: 'external'; number: string };
  /** The customer waits on hold while the target is reached. */
  customerHeld: boolean;
}

/** An IVR flow running for a call that it does not own: it hands the call back when it ends. */
export type IvrHandBack =
  | { kind: 'hangUpTransfer'; workNo: number }
  | { kind: 'party'; number: string; relayCustomerDigits: boolean };
