import type { DialFailure } from '../../telephony/switch.port.ts';
import type { Call, CdrLeg, EngineCore } from '../core/index.ts';
import { createCall } from '../calls/index.ts';
import { DeviceType, LeaveReason, openCdr, ReleaseCause } from '../records/index.ts';
import { clearLegTimers, dialLeg } from './dial-leg.ts';
import { finishSystemCall } from './finish-system-call.ts';
import { newProgress, stoppedReason, systemCallRecordingPath, TwoPartyReason, type SystemCallObserver, type SystemCallProgress } from './system-call-progress.ts';
import { systemCallsOf } from './system-call-registry.ts';
import { agentOnPhone, startAgentTwoPartyCall } from './agent-two-party-call.ts';
import { twoPartyTalkMsRange, type TwoPartyCallRequest } from './two-party-request.ts';

/**
 * CEC §6.2.1 (ref L16362): a bidirectional call. The platform rings party A (the customer
 * manager); when A answers it rings party B (the customer); when B answers the two talk, recorded
 * if asked, until one hangs up. The leg order follows the example of §6.2.3 (ref L16858–16878):
 * startTime = agentAlertingTime, agentTalkingTime ≤ alertingTime ≤ talkingTime, and both legs
 * release together. Each step runs on the engine's Clock; `observe` hears every step.
 */
export function startTwoPartyCall(engine: EngineCore, request: TwoPartyCallRequest, observe: SystemCallObserver): SystemCallProgress {
  const talkMs = request.talkMs ?? engine.rng.int(...twoPartyTalkMsRange);
  const agent = agentOnPhone(engine, request.partyA);
  if (agent) {
    const viaAgent = startAgentTwoPartyCall(engine, agent, request, talkMs, observe);
    if (viaAgent) return viaAgent;
  }
  const call = createCall(engine, {
    feature: 7,
    caller: request.displayToB,
    called: request.partyB,
    callData: request.callData,
    customerNumber: request.partyB,
    customerState: 'dialing',
  });
  const progress = newProgress(request.callSerialNo, call.callId, engine.now());
  const legA = openCdr(engine, call, { type: DeviceType.external, no: 0, deviceIn: request.partyA, serviceNo: request.serviceNo }, { waitBeginMs: engine.now() });
  let legB: CdrLeg | null = null;
  const finish = (reasonCode: number, releaseCause: number, leaveReason: number) => finishSystemCall(engine, call, progress, observe, { reasonCode, releaseCause, leaveReason });
  const failed = (failure: DialFailure, noAnswer: number, otherwise: number) => finish(failure.detect === 1168 ? noAnswer : otherwise, failure.releaseCause, failure.leaveReason);
  const talk = () => {
    const now = engine.now();
    progress.state = 2;
    progress.talkingMs = now;
    if (legB) legB.callBeginMs = now;
    clearLegTimers(engine, call);
    if (call.customer) call.customer.state = 'connected';
    if (request.record) progress.recording = { fileName: systemCallRecordingPath(engine.vdnId, call.callId, now), beginMs: now, endMs: null };
    observe('connected', progress);
    call.customerTimers.push(engine.after(talkMs, () => finish(TwoPartyReason.calledHungUp, ReleaseCause.normal, LeaveReason.userHungUpAfterAnswer))!);
  };
  const dialB = () => {
    clearLegTimers(engine, call);
    legB = openCdr(engine, call, { type: DeviceType.external, no: 0, deviceIn: request.partyB }, { waitBeginMs: engine.now() });
    dialLeg(engine, call, request.partyB, {
      alerting: () => {
        progress.alertingMs = engine.now();
        if (legB) legB.ackBeginMs = progress.alertingMs;
        if (call.customer) call.customer.state = 'alerting';
        observe('alerting', progress);
      },
      answered: talk,
      failed: (failure) => failed(failure, TwoPartyReason.calledNoAnswer, TwoPartyReason.calledCallFailed),
    });
  };
  if (agent) {
    // The agent on party A's phone is already in a call: the phone is busy (reason 2).
    engine.defer(() => finish(TwoPartyReason.callerCallFailed, ReleaseCause.noResource, LeaveReason.noResource));
  } else dialLeg(engine, call, request.partyA, {
    alerting: () => {
      progress.agentAlertingMs = engine.now();
      legA.ackBeginMs = progress.agentAlertingMs;
      observe('agentAlerting', progress);
    },
    answered: () => {
      progress.agentTalkingMs = engine.now();
      legA.callBeginMs = progress.agentTalkingMs;
      observe('agentAnswered', progress);
      dialB();
    },
    failed: (failure) => failed(failure, TwoPartyReason.callerNoAnswer, TwoPartyReason.callerCallFailed),
  });
  systemCallsOf(engine).set(request.callSerialNo, {
    callSerialNo: request.callSerialNo,
    callId: call.callId,
    hangUp: (by) => hangUp(call, by, finish, progress),
  });
  return progress;
}

/** CEC §13.2.3.3: 534 "CTIServer disconnected from an ACD module: all its calls released". */
const platformStopped = 534;

/** A party hangs up (or the platform stops): before B answers that is A giving up (reason 1), afterwards whoever it was. */
function hangUp(call: Call, by: 'caller' | 'called' | 'system', finish: (reason: number, cause: number, leave: number) => void, progress: SystemCallProgress): void {
  if (call.ended) return;
  const talking = progress.state === 2;
  if (by === 'system') finish(stoppedReason(talking), platformStopped, LeaveReason.normal);
  else if (by === 'called') finish(talking ? TwoPartyReason.calledHungUp : TwoPartyReason.calledCallFailed, talking ? ReleaseCause.normal : ReleaseCause.calledRejected, LeaveReason.userReleased);
  else finish(TwoPartyReason.callerHungUp, talking ? ReleaseCause.normal : ReleaseCause.callerHungUpBeforeAnswer, LeaveReason.userReleased);
}
