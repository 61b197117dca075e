/**
 * CC-iSales campaigns and everything scoped to one (reference ch. 7, note 04 §4). Times are epoch
 * milliseconds; the reference's own text forms (`yyyy-MM-dd HH:mm:ss`) are kept beside them where
 * a query must echo what the client sent. Policies are JSON text in the normalised shapes of
 * `src/domain/outbound/campaign`, with the raw strings the client sent kept for echoing (note 04 §3.10).
 */
export interface IsalesCampaignTable {
  vdnId: number;
  campaignId: number;
  name: string;
  description: string | null;
  deviceType: number;
  /** 1 waiting for its begin time, 2 started, 3 suspended, 4 completed (decision 0701). */
  status: number;
  beginMs: number;
  endMs: number;
  maxAlertingTime: number;
  priority: number | null;
  /** JSON of scheduleParam. */
  schedule: string;
  /** JSON of ivrParam, or null. */
  ivrParam: string | null;
  /** JSON of skillParam, or null. */
  skillParam: string | null;
  callbackUrl: string;
  cclId: number | null;
  /** JSON of the retry policy, or null while a V1 campaign has none. */
  retryPolicy: string | null;
  /** JSON of the call policy, or null. */
  callPolicy: string | null;
  /** 1 once 7.1.5 archived it (kept for history, hidden from every interface). */
  archived: number;
  createdAtMs: number;
  updatedAtMs: number;
}

/** Calling numbers of a campaign (7.1.15/7.1.16, V2 callerNo). */
export interface IsalesCallerNoTable {
  vdnId: number;
  campaignId: number;
  accessCode: string;
  priority: number;
}

/** Holidays of a campaign (7.2). */
export interface IsalesHolidayTable {
  vdnId: number;
  campaignId: number;
  holidayId: number;
  name: string;
  type: number;
  week: string | null;
  beginTime: string | null;
  endTime: string | null;
}

/** One outbound data record (7.4, `t_isl_data`) and where it stands (note 04 §5.12). */
export interface IsalesCallDataTable {
  dataId: string;
  vdnId: number;
  campaignId: number;
  sessionId: string | null;
  caller: string | null;
  customField: string | null;
  recycleTime: string | null;
  recycleAtMs: number | null;
  callData: string | null;
  /** JSON array of {calledNo, delayTime, type}. */
  numbers: string;
  /** new | waiting | fed | dialing | succeeded | failed | cancelled */
  state: string;
  /** Index in `numbers` of the number the next attempt dials. */
  numberIndex: number;
  /** Attempts made so far. */
  attempts: number;
  nextAttemptAtMs: number | null;
  /** JSON of the dialer's DialHistory, stored as reported and fed back with the next target. */
  dialHistory: string | null;
  /** The agent a business retry is routed to (7.7.1 workNo). */
  preferredWorkNo: string | null;
  busiResult: string | null;
  subStatus: string | null;
  busiResultDesc: string | null;
  createdAtMs: number;
  finishedAtMs: number | null;
  archived: number;
}

/** One call attempt of a record (`t_isl_data_result`): written when started, completed when finished. */
export interface IsalesCallAttemptTable {
  vdnId: number;
  campaignId: number;
  dataId: string;
  attemptNo: number;
  callId: string | null;
  called: string;
  /** started | finished */
  phase: string;
  /** 5 failed, 6 connected; null while started. */
  callStatus: number | null;
  failCode: string | null;
  resultCode: string | null;
  startedAtMs: number;
  ringAtMs: number | null;
  answerAtMs: number | null;
  releaseAtMs: number | null;
  agentId: string | null;
  recordPath: string | null;
  /** 1 when no further attempt of the record follows. */
  final: number;
}

/** IVR dialogue turns of an attempt of an IVR campaign (7.5.3/7.5.4). */
export interface IsalesIvrDialogueTable {
  vdnId: number;
  callId: string;
  interNo: number;
  systemReply: string | null;
  userSaying: string | null;
  intention: string | null;
  systemReplyTime: string | null;
  requestTime: string | null;
  responseSource: string;
}

export interface OutboundCampaignTables {
  isalesCampaign: IsalesCampaignTable;
  isalesCallerNo: IsalesCallerNoTable;
  isalesHoliday: IsalesHolidayTable;
  isalesCallData: IsalesCallDataTable;
  isalesCallAttempt: IsalesCallAttemptTable;
  isalesIvrDialogue: IsalesIvrDialogueTable;
}

/**
 * The campaign tables join `Database` by declaration merging (schema.ts is at its size limit), and
 * so does the outbox's per-delivery retry delay of the 7.6.1 push.
 */
declare module './schema.ts' {
  interface Database extends OutboundCampaignTables {}
  interface CallbackDeliveryTable {
    /** A fixed delay between attempts (ms) instead of the outbox's backoff; null for the backoff. */
    retryDelayMs?: number | null;
  }
}
