/**
 * What the simulated UAP measures (decision 0840): its offices and capacities, and the shape of
 * its samples and control-block counts. The counting itself is UapCounters'.
 */

/** The UAP's measurement period: "the latest 5 minutes" (ref L63131), 5-minute samples (ref L63718). */
export const uapPeriodMs = 5 * 60_000;
/** Trunk offices of the simulated UAP: 0 carries the customers' calls in, 1 the calls the platform places. */
export const uapOffices = [
  { ofcNo: 0, name: 'anonymous' },
  { ofcNo: 1, name: 'outgoing' },
] as const;
export type OfficeNo = (typeof uapOffices)[number]['ofcNo'];
/** Circuits installed per office: 32 E1 links of 30 channels (decision 0840). */
export const circuitsPerOffice = 960;
/** Call control blocks of the CCU (the example's 9997 null + 3 busy, ref L63506). */
export const controlBlocksInstalled = 10_000;

/**
 * What one office measured in one period: calls seized, connected (reached the called side),
 * answered, released before connecting, unanswered, failed on a busy or unallocated number; the
 * traffic integrals (`*Ms`, circuit-milliseconds) and the released calls' durations; and the most
 * seizures within one second (inbound CAPS).
 */
const countKeys = [
  'seizures',
  'connected',
  'answered',
  'releasedBeforeConnect',
  'noAnswer',
  'calledBusy',
  'unallocated',
  'seizedMs',
  'connectedMs',
  'answeredMs',
  'released',
  'releasedHoldMs',
  'releasedAnswered',
  'releasedAnsweredMs',
  'releasedConnected',
  'releasedConnectedMs',
  'seizuresPerSecondMax',
] as const;
export type OfficeCounts = Record<(typeof countKeys)[number], number>;

export interface OfficeSample extends OfficeCounts {
  beginMs: number;
  ofcNo: OfficeNo;
  /** Circuits in use when the sample was taken (the period's end, or now). */
  busyCircuits: number;
}

export interface TerminalSample {
  beginMs: number;
  /** Softphones registered at the period's end (or now). */
  registered: number;
}

/** The live control blocks: calls by how far they got, and their media connections. */
export interface ControlBlocks {
  setup: number;
  alerting: number;
  active: number;
  ivrConnections: number;
  conferences: number;
  /** Sequence number of the last block allocated (a seizure takes one). */
  lastAllocated: number;
}

/** Why a call was released, as far as the trunk counters tell causes apart. */
export type ReleaseKind = 'normal' | 'calledBusy' | 'unallocated' | 'noAnswer';


/** A period's counts before anything happened. */
export const emptyCounts = (): OfficeCounts => Object.fromEntries(countKeys.map((k) => [k, 0])) as OfficeCounts;
