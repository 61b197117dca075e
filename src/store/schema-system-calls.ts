/**
 * A call the platform makes for a customer system (CEC §6.2, §14): taskType 1 bidirectional call,
 * 3 voice notification, 4 ITA bidirectional call (Table 6-366 taskType). Times are epoch ms.
 */
export interface SystemCallTable {
  callSerialNo: string;
  vdnId: number;
  taskType: string;
  /** The CTI call id ("<epoch seconds>-<sequence>") once the engine has made the call. */
  callId: string | null;
  /** Party A: the customer manager's phone (bidirectional) or the platform's number (notification). */
  caller: string;
  /** Party B: the customer. */
  called: string;
  callerPresent: string;
  agentPresent: string;
  /** The agent the call is made for (callbacks' serviceNo); '' when none. */
  serviceNo: string;
  callData: string;
  /** The release callback URL given on creation (decoded), or null. */
  callbackUrl: string | null;
  /** 0 to be called, 1 calling, 2 talking, 3 ended (Table 6-366). */
  state: number;
  reasonCode: number | null;
  startMs: number;
  endMs: number | null;
  agentAlertingMs: number | null;
  agentTalkingMs: number | null;
  agentReleaseMs: number | null;
  alertingMs: number | null;
  talkingMs: number | null;
  releaseMs: number | null;
  /** The recording's CTI path (`Y:/{vdn}/mobileAgent/{yyyyMMdd}/{callId}.wav`), or null. */
  recordFile: string | null;
  /** JSON of what else the kind keeps (the play list of a notification, the ITA CDR fields). */
  detail: string;
}

export interface SystemCallTables {
  systemCall: SystemCallTable;
}
