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
  /** The session's GUID, and the one a dynamic rotation replaced while it lives (decision 1720). */
  guid: string;
  guidIssuedMs: number;
  previousGuid: string | null;
  previousGuidExpiresMs: number | null;
  /** Work state (idle, busy, rest, work) and since when. */
  workState: string;
  workSinceMs: number;
  /** The last poll or handshake. */
  lastActivityMs: number;
  /** JSON: the agent's call legs when the row was written ([{callId, state, skillId}]). */
  callLegs: string;
  /** JSON: sign-in options, reasons, pending requests, settings and statistics (decision 1720). */
  sessionJson: string;
}

/** A call's control record while it lasts (decision 1720); deleted when its last CDR row closes. */
export interface LiveCallTable {
  vdnId: number;
  callId: string;
  feature: number;
  mediaType: number;
  caller: string;
  called: string;
  /** The agents on the call, `;`-separated work numbers. */
  agents: string;
  /** CDR legs open when the row was written. */
  openLegs: number;
  createdMs: number;
  savedAtMs: number;
}

export interface SessionTables {
  agentSession: AgentSessionTable;
  liveCall: LiveCallTable;
}
