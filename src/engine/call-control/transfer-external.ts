import { customerAlertingContent, customerReleaseContent, talkingContent } from '../../domain/events/index.ts';
import type { DialFailure } from '../../telephony/switch.port.ts';
import type { EngineCore } from '../core/index.ts';
import { fail, ok, type AgentRuntime, type Call, type ExternalParty, type Result } from '../core/index.ts';
import { callView, ivrFlowOfNumber, liveExternals, refreshCustomerHold, talkingLeg, refreshCallOperation, agentLeaves, externalLeaves, withdrawOffer, handOver, transferTargetAnswered, transferTargetFailed } from '../calls/index.ts';
import { DeviceType, LeaveReason, openCdr, ReleaseCause } from '../records/index.ts';
import { startIvr } from '../ivr/index.ts';

/**
 * CEC §6.1.2.11 devicetype 5, a transfer to a number: mode 1 blind (the agent leaves at once and
 * the number is dialled for the customer), 2 release-after-transfer, 3 talk forwarding (the agent
 * talks with the number while the customer waits), 4 three-party transfer (`holdFlag`: the
 * customer waits while the number rings). The number becomes a party of the same call, with a CDR
 * row of its own (decision 0403).
 */
export function transferToNumber(engine: EngineCore, agent: AgentRuntime, call: Call, request: { number: string; mode: number; holdFlag: boolean }): Result<null> {
  if (request.mode === 1) {
    handOver(engine, agent, call, LeaveReason.transferredOut);
    dialParty(engine, call, request.number);
    return ok(null);
  }
  call.transfer = {
    mode: request.mode,
    deviceType: 5,
    byWorkNo: agent.workNo,
    target: { kind: 'external', number: request.number },
    customerHeld: request.mode !== 4 || request.holdFlag,
  };
  refreshCustomerHold(engine, call);
  dialParty(engine, call, request.number);
  return ok(null);
}

/**
 * Dials `number` as a new party of the call through the network (ringing, answer or failure with
 * the network's timing), or reaches the tenant's IVR flow when it is one of its access codes
 * (decision 0407): the flow answers at once and runs as a party of the call.
 */
export function dialParty(engine: EngineCore, call: Call, number: string): ExternalParty {
  const flowId = ivrFlowOfNumber(engine, number);
  const party: ExternalParty = { number, state: 'dialing', cdr: null, timers: [], ivrFlowId: flowId ?? null };
  call.externals.push(party);
  const track = (timer: ReturnType<EngineCore['after']>) => {
    if (timer !== null) party.timers.push(timer);
  };
  if (flowId !== undefined) {
    engine.defer(() => ivrAnswers(engine, call, party, flowId));
    return party;
  }
  party.cdr = openCdr(engine, call, { type: DeviceType.external, no: 0, deviceIn: number }, { waitBeginMs: engine.now() });
  const outcome = engine.telephony.dial(number);
  if (outcome.kind === 'answer') {
    track(engine.after(outcome.alertAfterMs, () => partyAlerting(engine, call, party)));
    track(engine.after(Math.max(outcome.answerAfterMs, outcome.alertAfterMs), () => partyAnswered(engine, call, party)));
  } else {
    if (outcome.alerted) track(engine.after(0, () => partyAlerting(engine, call, party)));
    track(engine.after(outcome.afterMs, () => partyFailed(engine, call, party, outcome.failure)));
  }
  return party;
}

/** The call's IVR session, read afresh (a flow may start and end within one step). */
const ivrOf = (call: Call) => call.ivr;

const isTarget = (call: Call, party: ExternalParty): boolean => call.transfer?.target.kind === 'external' && call.transfer.target.number === party.number;

function partyAlerting(engine: EngineCore, call: Call, party: ExternalParty): void {
  if (call.ended || party.state !== 'dialing') return;
  party.state = 'alerting';
  if (party.cdr) party.cdr.ackBeginMs = engine.now();
  const transfer = call.transfer;
  // The agent who will talk with the number hears it ring (talk forwarding, three-party transfer).
  if (transfer && isTarget(call, party) && transfer.mode >= 3) engine.emit(transfer.byWorkNo, 'AgentEvent_Customer_Alerting', customerAlertingContent(call.callId, party.number));
}

function partyAnswered(engine: EngineCore, call: Call, party: ExternalParty): void {
  if (call.ended || (party.state !== 'dialing' && party.state !== 'alerting')) return;
  const now = engine.now();
  party.state = 'connected';
  party.timers = [];
  if (party.cdr) {
    party.cdr.ackBeginMs ??= now;
    party.cdr.callBeginMs = now;
  }
  if (isTarget(call, party)) transferTargetAnswered(engine, call);
  else refreshCustomerHold(engine, call);
}

function partyFailed(engine: EngineCore, call: Call, party: ExternalParty, failure: DialFailure): void {
  if (call.ended || party.state === 'released' || party.state === 'connected') return;
  const target = isTarget(call, party);
  if (target) transferTargetFailed(engine, call);
  externalLeaves(engine, call, party, { leaveReason: failure.leaveReason, releaseCause: failure.releaseCause, notify: !target });
}

function ivrAnswers(engine: EngineCore, call: Call, party: ExternalParty, flowId: number): void {
  if (call.ended || party.state !== 'dialing') return;
  if (call.ivr) {
    // One flow runs per call: a second one cannot answer (Table 13-131 reason 25, no resource).
    partyFailed(engine, call, party, { detect: 0, desc: 'The IVR is busy.', leaveReason: LeaveReason.noResource, releaseCause: ReleaseCause.noResource });
    return;
  }
  party.state = 'connected';
  call.ivrHandBack = { kind: 'party', number: party.number, relayCustomerDigits: false };
  startIvr(engine, call, flowId, { survey: false });
  // A flow that ended at once (a first node that routes or releases) has already handed back.
  const session = ivrOf(call);
  if (!session || call.ended) return;
  party.cdr = session.cdr;
  if (isTarget(call, party)) transferTargetAnswered(engine, call);
  else refreshCustomerHold(engine, call);
}

/**
 * CEC §6.1.2.12 canceltransfer: takes back a talk-forwarding or three-party transfer before the
 * agent leaves: the target is released (AgentEvent_Customer_Release) and the agent talks with the
 * customer again (AgentEvent_Talking). Nothing to take back: 200-012. The target's row leaves with
 * reason 41 "the agent cancels the consultation".
 */
export function cancelTransfer(engine: EngineCore, workNo: number): Result<null> {
  const agent = engine.agents.get(workNo);
  if (!agent) return fail('NotSignedIn', 'the agent has not signed in');
  const leg = talkingLeg(agent);
  const call = leg ? engine.calls.get(leg.callId) : undefined;
  const pending = call?.transfer;
  if (!leg || !call || !pending || pending.byWorkNo !== workNo || (pending.mode !== 3 && pending.mode !== 4)) return fail('NoCallToTransfer', 'there is no talk-forwarding or three-party transfer to cancel');
  call.transfer = null;
  if (pending.target.kind === 'external') {
    const number = pending.target.number;
    const party = liveExternals(call).find((p) => p.number === number);
    if (party) externalLeaves(engine, call, party, { leaveReason: LeaveReason.consultCancelled, releaseCause: ReleaseCause.normal, notify: true });
  } else {
    const target = engine.agents.get(pending.target.workNo);
    const targetLeg = target?.legs.get(call.callId);
    if (target && targetLeg?.state === 'alerting') {
      withdrawOffer(engine, target, call, targetLeg, { leaveReason: LeaveReason.consultCancelled, releaseCause: ReleaseCause.normal, after: 'same', keepCall: true });
      engine.emit(workNo, 'AgentEvent_Customer_Release', customerReleaseContent(call.callId, String(target.workNo)));
    } else if (target && targetLeg) {
      agentLeaves(engine, target, call, { by: 'removed', leaveReason: LeaveReason.consultCancelled, survey: false });
    }
  }
  if (call.ended) return ok(null);
  refreshCustomerHold(engine, call);
  engine.emit(workNo, 'AgentEvent_Talking', talkingContent(callView(call), leg.type));
  refreshCallOperation(engine, agent);
  return ok(null);
}
