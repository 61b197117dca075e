import { failCodeOf, failCodes, type DialHistory, type DialTarget } from '../../domain/outbound/dialing/index.ts';
import type { Call, EngineCore } from '../core/index.ts';
import { createCall, customerHangsUp, ivrFlowOfNumber } from '../calls/index.ts';
import { DeviceType, endCall, LeaveReason, openCdr, ReleaseCause } from '../records/index.ts';
import { enqueue, leaveQueue } from '../routing/index.ts';
import { startIvr } from '../ivr/index.ts';
import { beginAttempt, noteAnswered } from './dial-attempt.ts';
import type { AttemptRun, CampaignRun } from './dialer-state.ts';

/** Call types of Table 6-455 (ref L21740): 43 predicted outgoing call; IVR campaigns' calls are common outgoing calls (7). */
export const Feature = { common: 7, presold: 41, predicted: 43, previewed: 44 } as const;

/** Answered calls wait this long for an agent before the dialer abandons them (connectPredictParam.waitTime, default; decision 0751). */
const defaultWaitSeconds = 2;
/** What the abandoned customer hears before the release (its duration comes from the network). */
const abandonMessage = 'We are sorry, all our agents are busy. We will call you again.';

/**
 * A call the platform places to the customer first (predictive, automatic and intelligent IVR):
 * the customer's side has its own CDR row (a party reached by number, decision 0403); on answer
 * the call goes to the campaign's skill queue (predictive) or its IVR flow. Unanswered after
 * `maxAlertingTime` it is released with 01040 (Table 7-295 ring timeout).
 */
export function dialFromNetwork(engine: EngineCore, run: CampaignRun, target: DialTarget, history: DialHistory, caller: string): AttemptRun {
  const spec = run.spec;
  const called = target.numbers[history.numberIndex]!.calledNo;
  const talkMs = engine.telephony.calledPartyTalkMs?.(called) ?? null;
  const call = createCall(engine, {
    feature: spec.skillId === null ? Feature.common : Feature.predicted,
    caller,
    called,
    callData: target.callData,
    customerNumber: called,
    customerState: 'dialing',
    behaviour: { talkMs },
  });
  if (spec.skillId !== null && engine.config.skills.has(spec.skillId)) {
    call.firstSkillId = spec.skillId;
    call.currentSkillId = spec.skillId;
  }
  const attempt = beginAttempt(engine, run, target, history, call);
  const cdr = openCdr(engine, call, { type: DeviceType.external, no: 0, deviceIn: called }, { waitBeginMs: engine.now() });
  const track = (timer: ReturnType<EngineCore['after']>) => {
    if (timer !== null) call.customerTimers.push(timer);
  };
  const ringing = () => {
    if (call.ended || !call.customer) return;
    call.customer.state = 'alerting';
    cdr.ackBeginMs ??= engine.now();
    attempt.ringMs ??= engine.now();
  };
  track(
    engine.after(spec.maxAlertingTime * 1000, () => {
      if (call.ended || attempt.phase !== 'dialling') return;
      attempt.failCode = failCodes.ringTimeout;
      endCall(engine, call, ReleaseCause.calledNoAnswer, LeaveReason.normal);
    }),
  );
  const outcome = engine.telephony.dial(called);
  if (outcome.kind === 'answer') {
    track(engine.after(outcome.alertAfterMs, ringing));
    track(engine.after(Math.max(outcome.answerAfterMs, outcome.alertAfterMs), () => answered(engine, run, attempt, call)));
  } else {
    if (outcome.alerted) track(engine.after(0, ringing));
    track(
      engine.after(outcome.afterMs, () => {
        if (call.ended) return;
        attempt.failCode = failCodeOf(outcome.failure.releaseCause);
        endCall(engine, call, outcome.failure.releaseCause, outcome.failure.leaveReason);
      }),
    );
  }
  return attempt;
}

function answered(engine: EngineCore, run: CampaignRun, attempt: AttemptRun, call: Call): void {
  if (call.ended || !call.customer || attempt.phase !== 'dialling') return;
  const now = engine.now();
  // The ring timeout no longer applies; the talk time starts with the agent (or the IVR).
  for (const timer of call.customerTimers) engine.cancel(timer);
  call.customerTimers = [];
  call.customer.state = 'connected';
  attempt.phase = 'answered';
  noteAnswered(engine, attempt);
  attempt.ringMs ??= now;
  for (const leg of call.openCdr) if (leg.deviceType === DeviceType.external) leg.callBeginMs = now;
  const spec = run.spec;
  if (spec.skillId === null) {
    const flowId = ivrFlowOfNumber(engine, spec.ivrParam?.deviceSign ?? '');
    if (flowId === undefined) {
      endCall(engine, call, ReleaseCause.ivrNormal, LeaveReason.normal);
      return;
    }
    startIvr(engine, call, flowId, { survey: false });
    attempt.ivr = call.ivr;
    // The customer of an IVR campaign hangs up after its talk time unless the flow ends first.
    if (call.behaviour.talkMs !== null) {
      const t = engine.after(call.behaviour.talkMs, () => customerHangsUp(engine, call.callId));
      if (t !== null) call.customerTimers.push(t);
    }
    return;
  }
  enqueue(engine, call, spec.skillId);
  if (call.ended || call.agents.size > 0 || attempt.phase !== 'answered') return;
  const waitSeconds = spec.predictParam?.connectPredictParam?.waitTime ?? defaultWaitSeconds;
  const timer = engine.after(Math.max(1, waitSeconds * 1000), () => {
    if (call.ended || attempt.phase !== 'answered' || call.agents.size > 0) return;
    abandonByDialer(engine, attempt, call);
  });
  if (timer !== null) call.customerTimers.push(timer);
}

/** No agent took the answered call in time: the customer hears a message and is released (00702). */
function abandonByDialer(engine: EngineCore, attempt: AttemptRun, call: Call): void {
  attempt.failCode = failCodes.queueTimeout;
  leaveQueue(engine, call, LeaveReason.timeout);
  engine.output.fact('dialerAbandoned', { callId: call.callId });
  const timer = engine.after(engine.telephony.promptDurationMs(abandonMessage), () => endCall(engine, call, ReleaseCause.normal, LeaveReason.timeout));
  if (timer !== null) call.customerTimers.push(timer);
}
