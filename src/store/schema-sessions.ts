/** A live agent session and its open state period (decision 0508); deleted when the session ends. */
export interface AgentSessionTable {
  vdnId: number;
  workNo: number;
  logonSn: string;
  loginMs: number;
  agentType: number;
  phoneNo: string;
  skillInfoSn: string;
  /** The open operation (13.2.2.2): null between periods. */
  opType: number | null;
  opCause: number | null;
  opObject: string | null;
  opBeginMs: number | null;
  opCallId: string | null;
  opSkillId: number | null;
  /** When the row was last written: the server was alive then. */
  savedAtMs: number;
}

export interface SessionTables {
  agentSession: AgentSessionTable;
}
