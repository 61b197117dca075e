/**
 * The dialer contract between the outbound service (O1 campaigns, O2 lists) and the engine's
 * dialer (src/engine/dialer/). The service turns a persisted campaign into a `DialerCampaignSpec`,
 * feeds due records as `DialTarget`s, and persists every `DialerAttemptRecord` the engine reports
 * through `EngineOutput.dialerAttempt`. Field names and value ranges follow the reference
 * (CEC §7.1.1/7.1.2, tables 7-4…7-12 and 7-28…7-35, ref L21909–22400); the JSON-in-string fields
 * of the reference (resultRetry, policyJson, busiPolicy, turns) are given here parsed —
 * `parseRetryPolicy` / `parseCallPolicy` (retry-policy.ts, call-policy.ts) accept the reference's
 * lenient forms (numbers as strings, JSON strings, a single object for a list).
 */

/** Table 7-3 `deviceType`: 1 intelligent IVR, 2 predictive, 3 automatic IVR, 5 preview, 6 preempted (progressive). */
export type DialerDeviceType = 1 | 2 | 3 | 5 | 6;

export const DialerDevice = { intelligentIvr: 1, predictive: 2, automaticIvr: 3, preview: 5, preempted: 6 } as const;

/** Table 7-4 scheduleParam: `HH:mm` strings; empty string and null both mean "unset" (note 04 §4.2). */
export interface ScheduleParam {
  workdayBeginTime1?: string | null;
  workdayEndTime1?: string | null;
  workdayBeginTime2?: string | null;
  workdayEndTime2?: string | null;
  workdayBeginTime3?: string | null;
  workdayEndTime3?: string | null;
  holidayBeginTime1?: string | null;
  holidayEndTime1?: string | null;
  holidayBeginTime2?: string | null;
  holidayEndTime2?: string | null;
  holidayBeginTime3?: string | null;
  holidayEndTime3?: string | null;
}

/** CEC §7.2 holiday: type 1 weekly (`week` CSV of 1–7, 1 = Monday), 2 date range (`yyyy-MM-dd`), 3 yearly range (`MM-dd`). */
export interface DialerHoliday {
  type: 1 | 2 | 3;
  week?: string | null;
  beginTime?: string | null;
  endTime?: string | null;
}

export interface DialerSchedule {
  /** strBeginTime / strEndTime as instants (the service reads them in the campaign's time zone). */
  beginMs: number;
  endMs: number;
  scheduleParam: ScheduleParam;
  holidays: readonly DialerHoliday[];
  /** IANA zone the windows and holidays are read in (the VDN's zone; decision 0750). */
  timeZone: string;
}

/** Table 7-28 callerNo: `accessCode` digits, `priority` 1–5 (smaller = higher). */
export interface DialerCallerNo {
  accessCode: string;
  priority: number;
}

/** Table 7-32 / §5.8 result types: 1 busy … 9 call failed, 0 others. */
export type ResultType = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;

/** Table 7-30 (and 7-32 result form): retry `retryNumber` times after a result of type `result`, `callInterval` s apart. */
export interface ResultRetry {
  result: ResultType;
  retryNumber: number;
  callInterval: number;
}

/** Table 7-32 common form: at most `retryTimes` attempts a day on at most `retryDay` days. */
export interface CommonRetry {
  retryDay: number;
  retryTimes: number;
  /** Not in Table 7-32's common form; when absent the next attempt may follow at once (decision 0752). */
  callInterval?: number;
}

/** Table 7-31 policyJson entry: the policy for numbers of type `dataType`. */
export type NumberTypeRetry = { dataType: string; type: 0; policy: CommonRetry } | { dataType: string; type: 1; policy: ResultRetry[] };

/** Table 7-33 busiPolicy entry: 0 stop, 1 call the next number, 2 call the current number, after `callInterval` s. */
export interface BusiPolicy {
  busiResultCode: string;
  busiResultSubCode?: string | null;
  busiResultPolicy: 0 | 1 | 2;
  callInterval?: number | null;
}

/** Table 7-29 retryPolicy (parsed). policyType 0: common (retryDay/retryTimes/callInterval) or result (resultRetry); 1: policyJson. */
export interface RetryPolicy {
  policyType: 0 | 1;
  retryDay?: number | null;
  retryTimes?: number | null;
  callInterval?: number | null;
  resultRetry?: ResultRetry[] | null;
  policyJson?: NumberTypeRetry[] | null;
  busiPolicy?: BusiPolicy[] | null;
  /** External result codes (7.5.1 `resultCode`) never retried; only with policyType 0. */
  noRetryPolicy?: string[] | null;
}

/** Table 7-35 turns entry: `turnType` (by category) or `turnOrder` 1–10 (by sequence). */
export interface CallTurn {
  turnType?: string | null;
  turnOrder?: number | null;
}

/** Table 7-34 callPolicy: callType 0 by sequence (default), 1 by round; chooseType 0 by category, 1 by sequence. */
export interface CallPolicy {
  callType: 0 | 1;
  chooseType?: 0 | 1 | null;
  turns?: CallTurn[] | null;
}

/** Table 7-7 previewParam. */
export interface PreviewParam {
  failInterval: number;
  obCallCount: number;
  autoCallTime: number;
}

/** Tables 7-8…7-12 predictParam with the sub-object of its `predictMethod`. */
export interface PredictParam {
  predictMethod: 1 | 2 | 3 | 5;
  expPredictParam?: { maxAvgCallTime: number; minAvgCallTime: number; outBoundRate: number } | null;
  agentPredictParam?: { maxAvgCallTime: number; minAvgCallTime: number; lossRate: number; utilRate: number; utilRateMethod: 1 | 2 } | null;
  connectPredictParam?: { maxAvgCallTime: number; minAvgCallTime: number; lossRate: number; waitTime: number; connRate: number } | null;
  offhookPredictParam?: { offHookRate: number } | null;
}

/** Table 7-5 ivrParam: `deviceSign` is the flow access code (3) or intelligent flow code (1). */
export interface IvrParam {
  deviceSign: string;
  callCount: number;
  callInterval: number;
}

/** Everything the engine needs to dial a campaign. `callbackUrl` is the service's, not the engine's. */
export interface DialerCampaignSpec {
  campaignId: number;
  deviceType: DialerDeviceType;
  /** Campaign priority 1–5 (V2; smaller = higher): order among campaigns competing for the same agents. */
  priority: number;
  /** skillParam.skillId for device types 2, 5, 6; null for IVR campaigns. */
  skillId: number | null;
  callerNos: readonly DialerCallerNo[];
  /** Ring limit in seconds (5–120; preview 9–120): an unanswered call is released with failCode 01040. */
  maxAlertingTime: number;
  schedule: DialerSchedule;
  retryPolicy: RetryPolicy;
  callPolicy: CallPolicy;
  previewParam?: PreviewParam | null;
  predictParam?: PredictParam | null;
  ivrParam?: IvrParam | null;
  /** Cap on this campaign's simultaneous calls (dialling + connected); beyond it nothing is dialled. */
  maxConcurrentCalls: number;
  /**
   * Share of answered calls the predictive dialer may abandon per campaign per day (0.03 default;
   * decision 0751). The predictive methods' `lossRate` (percent) lowers it when smaller.
   */
  abandonRateCeiling?: number;
  /** Targets the engine keeps buffered; it asks for more when half empty (default 2 × agents or 20). */
  bufferSize?: number;
}

/** Table 7-226 CalledNumber: `calledNo`, `type` (number type, policyJson/turnType), `delayTime` s before first dial. */
export interface DialNumber {
  calledNo: string;
  type?: string | null;
  delayTime?: number | null;
}

/**
 * Per-number attempt history the retry rules need; the engine returns it updated in every
 * finished record and the service stores it as it is (JSON) and feeds it back with the target.
 */
export interface NumberHistory {
  /** Attempts in total on this number. */
  attempts: number;
  /** Campaign-local day (`yyyy-MM-dd`) of the last attempt, and attempts on that day. */
  lastDay: string | null;
  attemptsOnLastDay: number;
  /** Distinct days with attempts. */
  days: number;
  /** Retries already spent per result type (resultRetry / result policies). */
  retriesByResult: Partial<Record<ResultType, number>>;
  /** No more attempts on this number (retries exhausted, noRetryPolicy, success). */
  final: boolean;
}

export interface DialHistory {
  /** Index in `numbers` of the number to dial next. */
  numberIndex: number;
  /** Round (callType 1) the record is in; 0 in sequence mode. */
  round: number;
  numbers: NumberHistory[];
}

/** A data record due for dialling, fed by the service (never blacklisted, never outside recycleTime). */
export interface DialTarget {
  /** CallData `dataId`: a string of 20 digits. */
  dataId: string;
  /** 1 for the first attempt; the service feeds last started attempt + 1 (a restart never re-dials). */
  attemptNo: number;
  sessionId?: string | null;
  numbers: readonly DialNumber[];
  /** Per-record calling number; overrides the campaign's `callerNos`. */
  caller?: string | null;
  /** Call-associated data passed to the agent or IVR (≤1024). */
  callData: string;
  customField?: string | null;
  properties?: ReadonlyArray<{ propCode: string; propName: string; propValue: string }>;
  /** Not before this instant (retry time, delayTime); null: as soon as eligible. */
  notBeforeMs?: number | null;
  /** Absent on the first attempt. */
  history?: DialHistory | null;
  /** A business-result retry (busiPolicy, 7.7.1 `workNo`) for this agent only. */
  workNo?: number | null;
}

/** Where a record goes after an attempt: retry (number `numberIndex` not before `atMs`), or done. */
export type DialNext = { kind: 'retry'; atMs: number; numberIndex: number } | { kind: 'final'; outcome: 'succeeded' | 'failed' };

export interface DialerAttemptStarted {
  phase: 'started';
  campaignId: number;
  dataId: string;
  attemptNo: number;
  numberIndex: number;
  called: string;
  caller: string;
  callId: string;
  atMs: number;
}

export interface DialerAttemptFinished {
  phase: 'finished';
  campaignId: number;
  dataId: string;
  attemptNo: number;
  numberIndex: number;
  called: string;
  caller: string;
  /** CTI call id; empty when nothing was dialled (e.g. failCode 34605 empty number). */
  callId: string;
  /** Table 7-280: 6 success (connected), 5 failed. */
  callStatus: 5 | 6;
  /** Table 7-295 five-digit failure code; "00000" on success. */
  failCode: string;
  resultType: ResultType;
  /** ackBeginTime (ringing), callBeginTime (answer), callEndTime (release); null when it did not happen. */
  ringMs: number | null;
  answerMs: number | null;
  releaseMs: number;
  /** The agent who talked (predictive/preview/preempted), else null. */
  workNo: number | null;
  recordPath: string | null;
  /** IVR campaigns: the flow's outcome (last node / result), else null. */
  ivrOutcome: string | null;
  next: DialNext;
  history: DialHistory;
}

export type DialerAttemptRecord = DialerAttemptStarted | DialerAttemptFinished;

/** Why the engine stopped dialling a campaign on its own. */
export type DialerCampaignEnd = 'scheduleEnded' | 'stopped';

/**
 * The engine's commands (src/engine/dialer/, exported from src/engine/index.ts); synchronous,
 * returning Results like every engine command:
 *   startDialerCampaign(engine, spec, guards?)   – NotFound skill / InvalidParameter / StateIncorrect (already running)
 *   updateDialerCampaign(engine, spec)           – replaces the spec of a running or paused campaign
 *   pauseDialerCampaign(engine, campaignId)      – no new dials; calls in progress finish
 *   resumeDialerCampaign(engine, campaignId)
 *   stopDialerCampaign(engine, campaignId)       – drops the buffer; calls in progress finish
 *   feedDialer(engine, campaignId, targets)      – Result<{ accepted: number }>; duplicates (dataId) and started attempts are skipped
 *   dialerStatus(engine, campaignId)             – buffer, in flight, today's answered/abandoned
 * and the EngineOutput methods (src/engine/core/engine-types.ts):
 *   dialerNeeds(vdnId, campaignId, count)        – the buffer is below half: feed up to `count` more
 *   dialerAttempt(vdnId, record)                 – started (before dialling) and finished
 *   dialerCampaignEnded(vdnId, campaignId, why)
 */
export interface DialerGuards {
  /** Cheap synchronous blacklist check at dial time (O2's cache); a blocked number is not dialled. */
  isBlocked?(number: string, nowMs: number): boolean;
  /** The external result code (7.9) of a failCode, for noRetryPolicy; absent: failCodes are compared as they are. */
  resultCodeOf?(failCode: string): string | null;
}

/** Attempt started but never finished (the engine stopped): the service closes it with this code (decision 0753). */
export const failCodeOnRestart = '34607';

export const defaultAbandonRateCeiling = 0.03;
