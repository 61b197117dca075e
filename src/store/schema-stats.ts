/** Tables of the indicator roll-up (migration 0301, decision 0813). */
export interface StatTables {
  statBucket: StatBucketTable;
  statRollupState: StatRollupStateTable;
  missedCall: MissedCallTable;
}

/** One measure of one 15-minute UTC bucket of one scope (skill, agent, vdn, ivr) and media dimensions. */
export interface StatBucketTable {
  vdnId: number;
  scope: string;
  scopeId: string;
  bucketMs: number;
  mediaType: number;
  /** −1 when the call has none. */
  subMediaType: number;
  anony: number;
  calleeNo: string;
  measure: string;
  value: number;
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
