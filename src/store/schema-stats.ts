/** Tables of the indicator roll-up (migrations 0301, 0304; decisions 0813, 0831). */
export interface StatTables {
  statSkill: StatMeasureTable;
  statAgent: StatMeasureTable;
  statVdn: StatMeasureTable;
  statIvr: StatMeasureTable;
  statRollupState: StatRollupStateTable;
  missedCall: MissedCallTable;
}

/**
 * One bucket (15 minutes or a day, UTC) of one scope id (skill, agent, business type; '' for the
 * VDN) and media dimensions, its measures as columns (the scope's closed list, migration 0304):
 * counts and millisecond sums, and `…Max`/`…Min` extremes (null until measured).
 */
export interface StatMeasureTable {
  vdnId: number;
  grainMs: number;
  scopeId: string;
  bucketMs: number;
  mediaType: number;
  /** −1 when the call has none. */
  subMediaType: number;
  /** VDN scope only: 1 when the caller is anonymous, else 0. */
  anony: number;
  /** VDN scope only: the called number, else ''. */
  calleeNo: string;
  [measure: string]: number | string | null;
}

/** How many finished calls and agent operations of a tenant the roll-up holds. */
export interface StatRollupStateTable {
  vdnId: number;
  calls: number;
  operations: number;
}

/** An inbound call never answered by an agent (CEC §12.3.2.2, migration 0302). */
export interface MissedCallTable {
  vdnId: number;
  callId: string;
  callerNo: string;
  calleeNo: string;
  waitBeginMs: number;
  callEndMs: number;
  mediaType: number;
  subMediaType: number;
}
