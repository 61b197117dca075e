import { talkingContent } from '../../domain/events/index.ts';
import type { EngineCore } from '../core/index.ts';
import { fail, ok, type AgentLeg, type AgentRuntime, type Call, type CdrLeg, type Result } from '../core/index.ts';
import { callView, finishAgentLeg, agentsOn, customerPresent, talkingLeg, refreshCallOperation, externalLeaves } from '../calls/index.ts';
import { closeCdr, DeviceType, endCall, LeaveReason, openCdr, ReleaseCause, startRecording, stopRecording } from '../records/index.ts';
import { digitsPressed, startIvr, stopIvr } from '../ivr/index.ts';

/**
 * IVR flows that run for a call they do not own, and hand it back when they end (the hook in
 * ivr-runner's finish and route): a hang-up transfer returns the call to its agent (Table 6-459,
 * AgentEvent_ReturnFromIvr); an IVR reached by dialling its access code is a party of the call,
 * which leaves when its flow ends (decision 0407).
 */

/**
 * CEC §6.1.2.11 devicetype 3 mode 1, hang-up transfer: the agent's talk segment ends
 * (AgentMediaEvent_StopRecordDone), its leg waits on hold and its row leaves with reason 17, and
 * the flow plays for the customer; the agent's journal says "suspended" (op type 13).
 */
export function suspendForIvr(engine: EngineCore, agent: AgentRuntime, call: Call, leg: AgentLeg, flowId: number): void {
  closeCdr(engine, call, leg.cdr, LeaveReason.transferredOut);
  stopRecording(engine, agent, leg);
  leg.state = 'held';
  leg.sinceMs = engine.now();
  call.ivrHandBack = { kind: 'hangUpTransfer', workNo: agent.workNo };
  refreshCallOperation(engine, agent);
  startIvr(engine, call, flowId, { survey: false });
}

/** The flow ended (finish or route node) on a call it does not own: the call goes back. */
export function ivrHandsBack(engine: EngineCore, call: Call): void {
  const back = call.ivrHandBack;
  const session = call.ivr;
  if (!back || !session) return;
  call.ivrHandBack = null;
  stopIvr(engine, call);
  if (back.kind === 'hangUpTransfer') return returnToAgent(engine, call, back.workNo, session.cdr);
  const party = call.externals.find((p) => p.ivrFlowId !== null && p.state !== 'released' && p.number === back.number);
  if (party) {
    party.cdr = session.cdr;
    externalLeaves(engine, call, party, { leaveReason: LeaveReason.normal, releaseCause: ReleaseCause.ivrNormal, notify: true });
    return;
  }
  // The flow is the far end of the agent's own call (it dialled the access code): it hangs up.
  const agents = agentsOn(engine, call);
  endCall(engine, call, ReleaseCause.ivrNormal, LeaveReason.normal);
  for (const agent of agents) finishAgentLeg(engine, agent, call, 'customer', back.number);
}

/**
 * The hang-up transfer returns (ref L20182): AgentEvent_ReturnFromIvr, AgentEvent_Talking, and a
 * new talk segment (AgentMediaEvent_Record) on a new CDR row. Without the agent, the flow's end
 * releases the call.
 */
function returnToAgent(engine: EngineCore, call: Call, workNo: number, ivrRow: CdrLeg): void {
  const agent = engine.agents.get(workNo);
  const leg = agent?.legs.get(call.callId);
  if (!agent || !leg) {
    endCall(engine, call, ReleaseCause.ivrNormal, LeaveReason.normal);
    return;
  }
  closeCdr(engine, call, ivrRow, LeaveReason.resumeSuspended);
  const now = engine.now();
  leg.state = 'talking';
  leg.sinceMs = now;
  leg.cdr = openCdr(engine, call, { type: DeviceType.agent, no: workNo, deviceIn: 'DEVICE_AGENT', workNo }, { waitBeginMs: now, ackBeginMs: now, callBeginMs: now });
  if (call.customer?.state === 'held') call.customer.state = 'connected';
  engine.emit(workNo, 'AgentEvent_ReturnFromIvr', call.callId);
  engine.emit(workNo, 'AgentEvent_Talking', talkingContent(callView(call), leg.type));
  startRecording(engine, agent, call, leg);
  refreshCallOperation(engine, agent);
}

/** An IVR flow is a party of the agent's call in conversation. */
function ivrPartyCall(engine: EngineCore, workNo: number): { call: Call; leg: AgentLeg } | undefined {
  const agent = engine.agents.get(workNo);
  const leg = agent ? talkingLeg(agent) : undefined;
  const call = leg ? engine.calls.get(leg.callId) : undefined;
  return leg && call ? { call, leg } : undefined;
}

/**
 * CEC §6.1.2.13 seconddialex?number: the agent dials digits into its call in conversation. When
 * the far end is an IVR flow of the tenant, the flow collects them as key presses; any other far
 * end hears the tones. Voice calls only (ref L10664); without a call in conversation: 100-007.
 */
export function secondDial(engine: EngineCore, workNo: number, digits: string): Result<null> {
  if (!engine.agents.has(workNo)) return fail('NotSignedIn', 'the agent has not signed in');
  const found = ivrPartyCall(engine, workNo);
  if (!found) return fail('Internal', 'the agent has no call in conversation to dial into');
  if (found.call.mediaAbility !== 1) return fail('Internal', 'two-stage dialing is for voice calls only');
  if (found.call.ivr && found.call.ivrHandBack?.kind === 'party') digitsPressed(engine, found.call, digits, 'agent');
  engine.output.fact('dtmf', { callId: found.call.callId, workNo, digits });
  return ok(null);
}

/**
 * CEC §6.1.2.25 thirdPartyConfTransmitNum: in a three-party call of agent, customer and an IVR
 * (ref L11738), the customer's key presses reach the IVR from now on; `digits`, when given, are
 * passed to it at once (note 02 §8.5 item 38). Not in such a call: 10001.
 */
export function transmitConferenceDigits(engine: EngineCore, workNo: number, digits?: string): Result<null> {
  if (!engine.agents.has(workNo)) return fail('NotSignedIn', 'the agent has not signed in');
  const found = ivrPartyCall(engine, workNo);
  const back = found?.call.ivrHandBack;
  if (!found || !found.call.ivr || back?.kind !== 'party' || !customerPresent(found.call) || found.call.customer!.number === back.number) {
    return fail('ConfTransmitFailed', 'the agent is not in a three-party call with a customer and an IVR');
  }
  back.relayCustomerDigits = true;
  if (digits) digitsPressed(engine, found.call, digits, 'agent');
  return ok(null);
}
