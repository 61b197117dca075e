/** The CTI records of reference 13.2.2: CDR rows, the recording index and the agent operation journal. */
export interface CtiRecordTables {
  cdr: CdrTable;
  recording: RecordingTable;
  agentOperation: AgentOperationTable;
}

/** One visit of a call to a device (13.2.2.1): written open when it starts, closed when it ends. */
export interface CdrTable {
  id: string;
  vdnId: number;
  callId: string;
  /** 1, 2, 3... in leaving order, the last row −1 (null while open). */
  callIdNum: number | null;
  /** 'open' while the call is at the device; 'closed' after. */
  status: string;
  agentId: string;
  callerNo: string;
  calleeNo: string;
  waitBeginMs: number | null;
  waitEndMs: number | null;
  ackBeginMs: number | null;
  ackEndMs: number | null;
  callBeginMs: number | null;
  callEndMs: number | null;
  deviceType: number;
  deviceNo: number;
  callType: number;
  releaseCause: number | null;
  preDeviceType: number | null;
  preDeviceNo: number | null;
  skillId: number | null;
  currentSkillId: number | null;
  deviceIn: string;
  preDeviceIn: string;
  serviceNo: string;
  leaveReason: number | null;
  mediaType: number;
  subMediaType: number | null;
  openedAtMs: number;
  closedAtMs: number | null;
}

/** The recording index (13.2.2.2): one row per recorded talk segment. */
export interface RecordingTable {
  recordId: string;
  vdnId: number;
  taskId: string;
  agentId: string;
  callId: string;
  callerNumber: string;
  calleeNo: string;
  beginMs: number;
  endMs: number | null;
  fileName: string;
  locationId: string;
  callType: number;
  mediaType: number;
  userWantedSkillId: number | null;
  currentSkillId: number | null;
  /** recordMode 1 (13.1.1.9): the first segment of the file this one was appended to (migration 1301). */
  appendOf: string | null;
  /** 'recording' until stopped, then 'done'. */
  status: string;
}

/** Agent operation details (13.2.2.3): one row per state interval of an agent. */
export interface AgentOperationTable {
  id: string;
  vdnId: number;
  agentId: string;
  skillId: number | null;
  callId: string;
  beginMs: number;
  endMs: number;
  opType: number;
  opObject: string;
  opCause: number;
  mediaType: number;
  agentType: number;
  phoneNo: string;
  callInOut: string;
  logonSn: string;
  skillInfoSn: string;
}

