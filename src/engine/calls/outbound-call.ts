import { customerAlertingContent, outboundDetectContent } from '../../domain/events/index.ts';
import type { DialFailure } from '../../telephony/switch.port.ts';
import type { EngineCore } from '../core/index.ts';
import { fail, ok, type AgentLeg, type AgentRuntime, type Call, type CallObserver, type CustomerBehaviour, type Result } from '../core/index.ts';
import { refreshAvailability } from '../routing/index.ts';
import { connectAgent } from './connect.ts';
import { settleFailedAttempt } from './leg-end.ts';
import { createCall } from './call-factory.ts';
import { DeviceType, endCall, openCdr } from '../records/index.ts';
import { ivrFlowOfNumber } from './call-parties.ts';
import { startIvr } from '../ivr/index.ts';

export interface CalloutRequest {
  workNo: number;
  called: string;
  /** Calling number shown to the customer; the tenant's default when empty (Table 6-109). */
  caller?: string;
  skillId?: number;
  callData?: string;
  /** 7 common outbound (default), 44 previewed outbound (6.1.2.2). */
  feature?: number;
  /** The simulated customer's behaviour (a system call's talk time, §6.2). */
  behaviour?: Partial<CustomerBehaviour>;
  /** Told of the call's steps from the start (a bidirectional call through a signed-in agent, §6.2). */
  observer?: CallObserver;
}

/**
 * CEC §6.1.2.1 callout (sequence E of note 02 §5.5): the agent's phone rings and goes off-hook
 * (AgentOther_PhoneAlerting, AgentOther_PhoneOffhook, unless already off-hook), the agent is
 * occupied (AgentState_Busy), the customer's phone rings (AgentEvent_Customer_Alerting) and
 * answers (AgentEvent_Talking feature 7), or the attempt fails (AgentEvent_Call_Out_Fail +
 * OUTBOUND_DETECT_EVENT with the cause of Table 6-451).
 */
export function callout(engine: EngineCore, request: CalloutRequest): Result<Call> {
  const agent = engine.agents.get(request.workNo);
  if (!agent) return fail('NotSignedIn', 'the agent has not signed in');
  if (agent.config.isForceChange) return fail('ForceChangePassword', 'the agent must change its password before making calls');
  if ([...agent.legs.values()].some((l) => l.state !== 'held')) return fail('StateIncorrect', 'the agent is already in a call');
  if (agent.monitor) return fail('StateIncorrect', 'the inspector is on its monitoring leg (§12.1)');
  const call = createCall(engine, {
    feature: request.feature ?? 7,
    caller: request.caller || engine.config.defaultCallerNumber,
    called: request.called,
    callData: request.callData,
    customerNumber: request.called,
    customerState: 'dialing',
    behaviour: request.behaviour,
  });
  if (request.observer) call.observer = request.observer;
  const leg = startAgentCall(engine, agent, call, request.skillId);
  agent.statistics.calloutCount += 1;
  ringOwnPhone(engine, agent, call, leg, () => dialCustomer(engine, agent, call, leg));
  return ok(call);
}

/**
 * The agent's side of a call it makes (callout, callinner): the call counts against the skill
 * given, the agent's work state is remembered for after the call, and the agent's leg starts
 * "occupied" with its CDR row open.
 */
export function startAgentCall(engine: EngineCore, agent: AgentRuntime, call: Call, skillId: number | undefined): AgentLeg {
  if (skillId !== undefined && engine.config.skills.has(skillId)) {
    call.firstSkillId = skillId;
    call.currentSkillId = skillId;
  }
  rememberWorkStateForAfterCall(agent);
  const now = engine.now();
  const cdr = openCdr(engine, call, { type: DeviceType.agent, no: agent.workNo, deviceIn: 'DEVICE_AGENT', workNo: agent.workNo }, { waitBeginMs: now });
  const leg: AgentLeg = { callId: call.callId, state: 'occupied', type: 'main', sinceMs: now, answeredAtMs: null, ringTimer: null, recording: null, cdr };
  agent.legs.set(call.callId, leg);
  call.agents.add(agent.workNo);
  refreshAvailability(engine, agent);
  return leg;
}

/** The step that follows an agent's phone going off-hook for a call the agent makes. */
const pendingPhoneUp = new WeakMap<AgentLeg, () => void>();

/**
 * A call the agent makes itself (callout, callinner) starts at its own phone: it rings
 * (AgentOther_PhoneAlerting) and goes off-hook after the phone's answer delay, unless it is
 * already off-hook; then the agent is occupied (AgentState_Busy) and `next` reaches the far end.
 */
export function ringOwnPhone(engine: EngineCore, agent: AgentRuntime, call: Call, leg: AgentLeg, next: () => void): void {
  const step = () => {
    pendingPhoneUp.delete(leg);
    ownPhoneUp(engine, agent.workNo, call.callId, leg, next);
  };
  if (agent.phoneOffHook) {
    engine.defer(step);
    return;
  }
  engine.emit(agent.workNo, 'AgentOther_PhoneAlerting');
  pendingPhoneUp.set(leg, step);
  const delayMs = engine.telephony.agentPhoneAnswerDelayMs(agent.workNo, agent.options.phonenum);
  leg.ringTimer = engine.after(delayMs, step);
}

/** CEC §6.1.2.23 phonepickup for the agent's own call: its ringing phone goes off-hook now. */
export function pickUpOwnPhone(engine: EngineCore, leg: AgentLeg): boolean {
  const step = pendingPhoneUp.get(leg);
  if (!step) return false;
  leg.ringTimer = engine.cancel(leg.ringTimer);
  step();
  return true;
}

/** Whether the agent's phone still rings for its own call (phonepickup / phonehangup apply). */
export function ownPhoneRinging(leg: AgentLeg): boolean {
  return pendingPhoneUp.has(leg);
}

/**
 * An agent who calls out from busy, rest or wrap-up returns to that state afterwards (decision
 * 0005): the request is remembered as if made during the call.
 */
export function rememberWorkStateForAfterCall(agent: AgentRuntime): void {
  if (agent.legs.size > 0) return;
  if (agent.work === 'busy') {
    agent.preBusy = true;
    agent.preBusyReason = agent.busyReason;
  } else if (agent.work === 'rest') {
    agent.preRest = true;
    agent.preRestCause = agent.restCause;
    agent.preRestSeconds = agent.restDurationSeconds;
    agent.preRestSinceMs = agent.workSinceMs;
  }
}

function ownPhoneUp(engine: EngineCore, workNo: number, callId: string, leg: AgentLeg, next: () => void): void {
  const agent = engine.agents.get(workNo);
  const call = engine.calls.get(callId);
  if (!agent || agent.legs.get(callId) !== leg || !call || leg.state !== 'occupied') return;
  leg.ringTimer = null;
  if (!agent.phoneOffHook) {
    agent.phoneOffHook = true;
    engine.emit(workNo, 'AgentOther_PhoneOffhook', { type: leg.type });
  }
  engine.emit(workNo, 'AgentState_Busy');
  call.observer?.('ownPhoneUp');
  next();
}

function dialCustomer(engine: EngineCore, agent: AgentRuntime, call: Call, leg: AgentLeg): void {
  const track = (timer: ReturnType<EngineCore['after']>) => {
    if (timer !== null) call.customerTimers.push(timer);
  };
  // A number that is one of the tenant's IVR access codes reaches that flow, which answers at once
  // and talks with the agent as the far end (decision 0407; seconddialex feeds it digits).
  const flowId = ivrFlowOfNumber(engine, call.called);
  if (flowId !== undefined) {
    engine.defer(() => {
      if (call.ended || !call.customer || agent.legs.get(call.callId) !== leg) return;
      call.customer.state = 'connected';
      leg.cdr.ackBeginMs = engine.now();
      engine.emit(agent.workNo, 'AgentEvent_Customer_Alerting', customerAlertingContent(call.callId, call.called));
      connectAgent(engine, agent, call, leg);
      call.ivrHandBack = { kind: 'party', number: call.called, relayCustomerDigits: false };
      startIvr(engine, call, flowId, { survey: false });
    });
    return;
  }
  const outcome = engine.telephony.dial(call.called);
  const alerting = () => {
    if (call.ended || !call.customer) return;
    call.customer.state = 'alerting';
    leg.cdr.ackBeginMs = engine.now();
    engine.emit(agent.workNo, 'AgentEvent_Customer_Alerting', customerAlertingContent(call.callId, call.called));
    call.observer?.('customerAlerting');
  };
  if (outcome.kind === 'answer') {
    track(engine.after(outcome.alertAfterMs, alerting));
    track(
      engine.after(Math.max(outcome.answerAfterMs, outcome.alertAfterMs), () => {
        if (call.ended || !call.customer || agent.legs.get(call.callId) !== leg) return;
        call.customer.state = 'connected';
        call.customerTimers = [];
        connectAgent(engine, agent, call, leg);
      }),
    );
    return;
  }
  if (outcome.alerted) track(engine.after(0, alerting));
  track(engine.after(outcome.afterMs, () => calloutFailed(engine, agent.workNo, call.callId, outcome.failure)));
}

function calloutFailed(engine: EngineCore, workNo: number, callId: string, failure: DialFailure): void {
  const agent = engine.agents.get(workNo);
  const call = engine.calls.get(callId);
  const leg = agent?.legs.get(callId);
  if (!agent || !call || !leg) return;
  engine.emit(workNo, 'AgentEvent_Call_Out_Fail', callId);
  engine.emit(workNo, 'OUTBOUND_DETECT_EVENT', outboundDetectContent(callId, failure.detect, failure.desc));
  endCall(engine, call, failure.releaseCause, failure.leaveReason);
  settleFailedAttempt(engine, agent, call);
}
