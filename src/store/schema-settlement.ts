/** The daily settlement table (CEC §12.3.2.10/.11, migration 0303, decision 0830). */
export interface SettlementTables {
  callSettlementDay: CallSettlementDayTable;
}

/**
 * One row per VDN × UTC day × direction × called/calling number × call type × settlement skill ×
 * business type × campaign: the summed counters of Tables 12-569 / 12-573 as columns (counts and
 * minutes added, durations in milliseconds, `max…`/`min…` extremes, null when not measured), and
 * the agent and skill of the latest call's last CDR row.
 */
export interface CallSettlementDayTable {
  vdnId: number;
  logDayMs: number;
  direction: string;
  number: string;
  callType: number;
  skillId: number;
  serviceNo: number;
  obsServiceNo: string;
  lastEndMs: number;
  currentAgentId: number;
  currentSkillId: number;
  [counter: string]: number | string | null;
}
