import { offeredContent } from '../../domain/events/index.ts';
import type { EngineCore } from '../core/index.ts';
import { fail, ok, type AgentLeg, type AgentRuntime, type Call, type LegOrigin, type Result } from '../core/index.ts';
import { refreshAvailability } from '../routing/index.ts';
import { DeviceType, LeaveReason, openCdr, ReleaseCause } from '../records/index.ts';
import { callView } from './call-parties.ts';
import { answerOffer, withdrawOffer } from './offer-outcome.ts';

export interface OfferOptions {
  /** The transferring agent (the offer's `transfer: "yes"`, `transfrom`); defaults to the call's. */
  transferFrom?: string;
  /** The agent request behind the offer (callinner, innerhelp, transfer); none for queue offers. */
  origin?: LegOrigin;
  /**
   * Whether AgentEvent_Ringing / Auto_Answer announce the offer. A call the agent asked for itself
   * (requestcall 6.1.2.20, snatchpickup 6.1.2.21) only rings the phone (their Triggered Events).
   */
  announce?: boolean;
  /** The phone picks up after its answer delay whatever autoanswer says (requestcall: the agent asked). */
  autoPickUp?: boolean;
}

/**
 * Offers a call to an agent (canonical sequences A and B of note 02 §5.5): AgentEvent_Ringing for
 * manual answer, AgentEvent_Auto_Answer otherwise, then the softphone rings (AgentOther_PhoneAlerting)
 * unless it is already off-hook (always-off-hook mode). Auto-answer picks up after the phone's
 * answer delay; manual answer waits for the answer interface until the ring timeout. On a call
 * between agents (internal call, consultation) the numbers carry the `a` prefix of agent numbers
 * (ref L20115).
 */
export function offerCall(engine: EngineCore, agent: AgentRuntime, call: Call, options: OfferOptions = {}): void {
  const now = engine.now();
  const cdr = openCdr(engine, call, { type: DeviceType.agent, no: agent.workNo, deviceIn: 'DEVICE_AGENT', workNo: agent.workNo }, { waitBeginMs: now, ackBeginMs: now });
  const leg: AgentLeg = { callId: call.callId, state: 'alerting', type: 'main', sinceMs: now, answeredAtMs: null, ringTimer: null, recording: null, cdr };
  if (options.origin) leg.origin = options.origin;
  agent.legs.set(call.callId, leg);
  call.agents.add(agent.workNo);
  refreshAvailability(engine, agent);
  engine.output.fact('offered', { callId: call.callId, workNo: agent.workNo });
  const from = options.transferFrom ?? call.transferredFrom ?? undefined;
  if (options.announce !== false) {
    const view = callView(call);
    const shown = call.customer === null ? { ...view, caller: `a${view.caller}`, called: `a${view.called}` } : view;
    engine.emit(agent.workNo, agent.options.autoAnswer ? 'AgentEvent_Auto_Answer' : 'AgentEvent_Ringing', offeredContent(shown, from ? { from } : undefined));
  }
  if (!agent.phoneOffHook) engine.emit(agent.workNo, 'AgentOther_PhoneAlerting');
  if (agent.options.autoAnswer || options.autoPickUp) {
    const delayMs = engine.telephony.agentPhoneAnswerDelayMs(agent.workNo, agent.options.phonenum);
    leg.ringTimer = engine.after(delayMs, () => pickUp(engine, agent.workNo, call.callId));
  } else {
    leg.ringTimer = engine.after(engine.settings.ringTimeoutMs, () => ringTimedOut(engine, agent.workNo, call.callId));
  }
}

/** CEC §6.1.2.3 answer: the agent answers its ringing call (the one named, or the only one). */
export function answer(engine: EngineCore, workNo: number, callId: string | undefined): Result<null> {
  const agent = engine.agents.get(workNo);
  if (!agent) return fail('NotSignedIn', 'the agent has not signed in');
  const leg = [...agent.legs.values()].find((l) => l.state === 'alerting' && (!callId || l.callId === callId));
  if (!leg) return fail('NoCallToAnswer', 'there is no call to answer');
  pickUp(engine, workNo, leg.callId);
  return ok(null);
}

/** The agent's softphone goes off-hook for a ringing call, and the agent is connected. */
export function pickUp(engine: EngineCore, workNo: number, callId: string): void {
  const agent = engine.agents.get(workNo);
  const leg = agent?.legs.get(callId);
  const call = engine.calls.get(callId);
  if (!agent || !leg || leg.state !== 'alerting' || !call) return;
  leg.ringTimer = engine.cancel(leg.ringTimer);
  if (!agent.phoneOffHook) {
    agent.phoneOffHook = true;
    engine.emit(agent.workNo, 'AgentOther_PhoneOffhook', { type: leg.type });
  }
  answerOffer(engine, agent, call, leg);
}

/**
 * A manually answered call rang too long (note 02 §5.4 "Ring timeout"): AgentEvent_No_Answer, the
 * phone stops ringing; a queue call goes back to its queue keeping its place and the agent is set
 * busy so that it is not offered the next call at once; an agent's own request hears it failed.
 */
function ringTimedOut(engine: EngineCore, workNo: number, callId: string): void {
  const agent = engine.agents.get(workNo);
  const leg = agent?.legs.get(callId);
  const call = engine.calls.get(callId);
  if (!agent || !leg || leg.state !== 'alerting' || !call) return;
  leg.ringTimer = null;
  agent.statistics.noAnswerCount += 1;
  withdrawOffer(engine, agent, call, leg, { leaveReason: LeaveReason.agentNoAnswer, releaseCause: ReleaseCause.agentNoAnswer, after: leg.origin ? 'same' : { busyReason: 0 } });
}

/**
 * Takes a ringing call away from an agent and re-queues it (ring timeout, reject mode 1). The
 * agent ends busy with `busyReason` (CEC §6.1.2.22 mode 1: "return call to queue + agent busy").
 */
export function takeBack(engine: EngineCore, agent: AgentRuntime, call: Call, leg: AgentLeg, how: { leaveReason: number; busyReason: number }): void {
  withdrawOffer(engine, agent, call, leg, { leaveReason: how.leaveReason, releaseCause: ReleaseCause.agentNoAnswer, after: { busyReason: how.busyReason } });
}
