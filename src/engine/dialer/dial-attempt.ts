import {
  decideAfterAttempt,
  failCodeOf,
  failCodes,
  initialHistory,
  localDate,
  pickNumber,
  resultTypeOf,
  type DialHistory,
  type DialTarget,
  type DialerAttemptFinished,
} from '../../domain/outbound/dialing/index.ts';
import type { Call, EngineCore } from '../core/index.ts';
import { attemptKey, dialerState, runningMean, type AttemptRun, type CampaignRun } from './dialer-state.ts';

/** The number the record dials now, per its call policy (note 04 §5.7), or null when none is left. */
export function numberToDial(run: CampaignRun, target: DialTarget): { history: DialHistory; index: number } | null {
  const history = target.history ?? initialHistory(run.spec.callPolicy, target.numbers);
  const pick = pickNumber(run.spec.callPolicy, target.numbers, history, { index: history.numberIndex, round: history.round });
  if (!pick) return null;
  return { history: { ...history, numberIndex: pick.index, round: pick.round }, index: pick.index };
}

/** Per-record caller, else the campaign's calling number of highest priority (1 = highest), else the tenant's. */
export function callerFor(engine: EngineCore, run: CampaignRun, target: DialTarget): string {
  if (target.caller) return target.caller;
  const best = [...run.spec.callerNos].sort((a, b) => a.priority - b.priority)[0];
  return best?.accessCode ?? engine.config.defaultCallerNumber;
}

/** Registers an attempt and reports it started: before anything is dialled (a restart never re-dials it). */
export function beginAttempt(engine: EngineCore, run: CampaignRun, target: DialTarget, history: DialHistory, call: Call): AttemptRun {
  const attempt: AttemptRun = {
    campaign: run,
    target,
    history,
    numberIndex: history.numberIndex,
    called: call.called,
    caller: call.caller,
    callId: call.callId,
    startedMs: engine.now(),
    phase: 'dialling',
    ringMs: null,
    answerMs: null,
    workNo: null,
    recordPath: null,
    ivr: null,
    failCode: null,
    cdr: null,
  };
  run.started.add(attemptKey(target.dataId, target.attemptNo));
  run.answers.started(attempt.startedMs);
  run.active.add(target.dataId);
  run.inFlight.set(call.callId, attempt);
  dialerState(engine).byCall.set(call.callId, attempt);
  const record = { phase: 'started' as const, campaignId: run.spec.campaignId, dataId: target.dataId, attemptNo: target.attemptNo, numberIndex: attempt.numberIndex, called: attempt.called, caller: attempt.caller, callId: call.callId, atMs: attempt.startedMs };
  engine.output.dialerAttempt?.(engine.vdnId, record);
  engine.output.fact('dialerAttempt', { ...record });
  return attempt;
}

/** The called party answered (once per attempt): the answer-rate meter learns it now, not at the release. */
export function noteAnswered(engine: EngineCore, attempt: AttemptRun): void {
  if (attempt.answerMs !== null) return;
  attempt.answerMs = engine.now();
  attempt.campaign.answers.answered(attempt.startedMs);
}

function countDay(engine: EngineCore, run: CampaignRun): void {
  const day = localDate(engine.now(), run.spec.schedule.timeZone);
  if (run.today.day !== day) run.today = { day, finished: 0, answered: 0, abandoned: 0, connected: 0 };
}

/** Abandoned by the dialer: answered, and no agent took the call (Table 7-295 00701/00702). */
export const isAbandon = (failCode: string): boolean => failCode === failCodes.queueTimeout || failCode === failCodes.queuedThenHungUp;

/** The call of an attempt ended: the finished record, with the retry decision and the updated history. */
export function finishAttempt(engine: EngineCore, attempt: AttemptRun, call: Call | null): void {
  const run = attempt.campaign;
  const state = dialerState(engine);
  state.byCall.delete(attempt.callId);
  run.inFlight.delete(attempt.callId);
  run.active.delete(attempt.target.dataId);
  const now = engine.now();
  if (attempt.cdr) {
    attempt.ringMs ??= attempt.cdr.ackBeginMs;
    if (attempt.phase === 'connected' && attempt.answerMs === null && attempt.cdr.callBeginMs !== null) {
      attempt.answerMs = attempt.cdr.callBeginMs;
      run.answers.answered(attempt.startedMs);
    }
  }
  const ivrCampaign = run.spec.skillId === null;
  const success = attempt.phase === 'connected' || (ivrCampaign && attempt.answerMs !== null);
  const failCode = success ? failCodes.success : (attempt.failCode ?? (attempt.answerMs !== null ? failCodes.queuedThenHungUp : failCodeOf(call?.releaseCause || 602)));
  const decision = decideAfterAttempt(
    { retryPolicy: run.spec.retryPolicy, callPolicy: run.spec.callPolicy, schedule: run.spec.schedule, numbers: attempt.target.numbers },
    attempt.history,
    { failCode, resultCode: run.guards.resultCodeOf?.(failCode) ?? failCode, success, atMs: now },
  );
  countDay(engine, run);
  run.today.finished += 1;
  if (attempt.answerMs !== null) {
    run.today.answered += 1;
    run.answerDelaySeconds = runningMean(run.answerDelaySeconds, (attempt.answerMs - attempt.startedMs) / 1000);
    if (success) {
      run.handleSeconds = runningMean(run.handleSeconds, (now - attempt.answerMs) / 1000);
      run.handled += 1;
    }
  }
  if (success) run.today.connected += 1;
  if (isAbandon(failCode)) run.today.abandoned += 1;
  const record: DialerAttemptFinished = {
    phase: 'finished',
    campaignId: run.spec.campaignId,
    dataId: attempt.target.dataId,
    attemptNo: attempt.target.attemptNo,
    numberIndex: attempt.numberIndex,
    called: attempt.called,
    caller: attempt.caller,
    callId: attempt.callId,
    callStatus: success ? 6 : 5,
    failCode,
    resultType: resultTypeOf(failCode),
    ringMs: attempt.ringMs,
    answerMs: attempt.answerMs,
    releaseMs: now,
    workNo: attempt.workNo,
    recordPath: attempt.recordPath,
    ivrOutcome: attempt.ivr ? attempt.ivr.node : null,
    next: decision.next,
    history: decision.history,
  };
  engine.output.dialerAttempt?.(engine.vdnId, record);
  engine.output.fact('dialerAttempt', { phase: 'finished', campaignId: record.campaignId, dataId: record.dataId, callId: record.callId, failCode, callStatus: record.callStatus, workNo: record.workNo });
}

/**
 * A record that cannot be dialled at all (no number left, blacklisted at dial time): a finished
 * record without a call (failCode 34605, decision 0755), so that the service closes or moves it.
 */
export function refuseTarget(engine: EngineCore, run: CampaignRun, target: DialTarget, history: DialHistory, called: string): void {
  const now = engine.now();
  const decision = decideAfterAttempt(
    { retryPolicy: { policyType: 0 }, callPolicy: run.spec.callPolicy, schedule: run.spec.schedule, numbers: target.numbers },
    history,
    { failCode: failCodes.numberEmpty, success: false, atMs: now },
  );
  run.active.delete(target.dataId);
  const record: DialerAttemptFinished = {
    phase: 'finished',
    campaignId: run.spec.campaignId,
    dataId: target.dataId,
    attemptNo: target.attemptNo,
    numberIndex: history.numberIndex,
    called,
    caller: '',
    callId: '',
    callStatus: 5,
    failCode: failCodes.numberEmpty,
    resultType: resultTypeOf(failCodes.numberEmpty),
    ringMs: null,
    answerMs: null,
    releaseMs: now,
    workNo: null,
    recordPath: null,
    ivrOutcome: null,
    next: target.numbers.length === 0 ? { kind: 'final', outcome: 'failed' } : decision.next,
    history: decision.history,
  };
  engine.output.dialerAttempt?.(engine.vdnId, record);
  engine.output.fact('dialerAttempt', { phase: 'finished', campaignId: record.campaignId, dataId: record.dataId, callId: '', failCode: record.failCode, callStatus: 5, workNo: null });
}
