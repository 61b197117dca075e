import { customerAlertingContent, talkingContent } from '../../domain/events/index.ts';
import type { EngineCore } from '../core/index.ts';
import { fail, ok, type AgentLeg, type AgentRuntime, type Call, type Result } from '../core/index.ts';
import { callView, connectAgent, offerCall, createCall, agentPhone, canBeOffered, refreshCustomerHold, talkingLeg, refreshCallOperation, leaveLegQuietly, settleFailedAttempt, announceConference } from '../calls/index.ts';
import { DeviceType, endCall, LeaveReason, openCdr, ReleaseCause } from '../records/index.ts';
import { moveAgent } from './call-merge.ts';

export interface InnerHelpRequest {
  workNo: number;
  /** The helper: a work number (devicetype 2) or a skill id (devicetype 1), Table 6-124. */
  dstAddress: string;
  deviceType: 1 | 2;
  /** 1 two-party help, 2 three-party help. */
  mode: 1 | 2;
  callData?: string;
  /** Three-party help: whether the customer waits on hold while the helper is reached. */
  holdFlag: boolean;
}

/**
 * CEC §6.1.2.5 innerhelp (sequence I of note 02 §5.5): a consultation call of its own id (the
 * result), feature 51 (two-party) or 52 (three-party), linked to the customer's call.
 * - mode 1: the customer's call is held (AgentEvent_Hold), the helper rings
 *   (AgentEvent_Customer_Alerting) and the agent talks with it (AgentEvent_Talking);
 * - mode 2: the helper rings and, once it answers, joins the customer's call: a three-party
 *   conversation (AgentEvent_Conference);
 * - a helper that cannot be reached, does not answer or rejects: AgentEvent_Consult_Fail, and the
 *   agent is back with the customer.
 * Help from a skill goes to the skill's best available agent at once (decision 0404).
 */
export function innerHelp(engine: EngineCore, request: InnerHelpRequest): Result<Call> {
  const agent = engine.agents.get(request.workNo);
  if (!agent) return fail('NotSignedIn', 'the agent has not signed in');
  if (request.deviceType === 2 && request.dstAddress === String(agent.workNo)) return fail('InvalidParameter', 'an agent cannot ask itself for help');
  const mainLeg = talkingLeg(agent);
  const main = mainLeg ? engine.calls.get(mainLeg.callId) : undefined;
  if (!mainLeg || !main) return fail('NoCallToConsult', 'the agent has no call in conversation');
  if (main.link || main.feature === 51 || main.feature === 52) return fail('NoCallToConsult', 'the call is already part of a consultation');
  if (main.transfer || main.ivrHandBack) return fail('NoCallToConsult', 'the call is being transferred');
  const helper = findHelper(engine, agent, request);
  const consult = createCall(engine, {
    feature: request.mode === 2 ? 52 : 51,
    caller: String(agent.workNo),
    called: helper ? String(helper.workNo) : request.dstAddress,
    callData: request.callData,
    customerNumber: null,
  });
  if (request.deviceType === 1 && engine.config.skills.has(Number(request.dstAddress))) consult.firstSkillId = consult.currentSkillId = Number(request.dstAddress);
  main.link = { role: 'main', otherCallId: consult.callId, requesterWorkNo: agent.workNo, mode: request.mode };
  consult.link = { role: 'consult', otherCallId: main.callId, requesterWorkNo: agent.workNo, mode: request.mode };
  // The agent's customer leg waits: announced in mode 1 only (the Triggered Events of ref L9981).
  const now = engine.now();
  mainLeg.state = 'held';
  mainLeg.sinceMs = now;
  if (request.mode === 1) engine.emit(agent.workNo, 'AgentEvent_Hold', main.callId);
  if (main.customer && (request.mode === 1 || request.holdFlag)) main.customer.state = 'held';
  const cdr = openCdr(engine, consult, { type: DeviceType.agent, no: agent.workNo, deviceIn: 'DEVICE_AGENT', workNo: agent.workNo }, { waitBeginMs: now });
  const leg: AgentLeg = { callId: consult.callId, state: 'occupied', type: 'main', sinceMs: now, answeredAtMs: null, ringTimer: null, recording: null, cdr };
  agent.legs.set(consult.callId, leg);
  consult.agents.add(agent.workNo);
  agent.statistics.innerHelpCount += 1;
  refreshCallOperation(engine, agent);
  if (!helper) {
    engine.defer(() => consultFailed(engine, consult, agent.workNo, { leaveReason: LeaveReason.noResource, releaseCause: ReleaseCause.noResource }));
    return ok(consult);
  }
  offerCall(engine, helper, consult, { origin: { kind: 'consult', byWorkNo: agent.workNo, mode: request.mode } });
  leg.cdr.ackBeginMs = engine.now();
  engine.emit(agent.workNo, 'AgentEvent_Customer_Alerting', customerAlertingContent(consult.callId, agentPhone(helper), String(helper.workNo)));
  return ok(consult);
}

function findHelper(engine: EngineCore, agent: AgentRuntime, request: InnerHelpRequest): AgentRuntime | undefined {
  if (request.deviceType === 2) {
    const helper = engine.agents.get(Number(request.dstAddress));
    return /^\d+$/.test(request.dstAddress) && canBeOffered(helper) ? helper : undefined;
  }
  const skillId = Number(request.dstAddress);
  if (!engine.config.skills.has(skillId)) return undefined;
  const best = engine.idleIn(skillId).best((workNo) => workNo === agent.workNo || !canBeOffered(engine.agents.get(workNo)));
  return best ? engine.agents.get(best.workNo) : undefined;
}

/** Two-party help: the helper answered, and the agent talks with it. */
export function helperAnswered(engine: EngineCore, consult: Call, requesterWorkNo: number): void {
  const requester = engine.agents.get(requesterWorkNo);
  const leg = requester?.legs.get(consult.callId);
  if (requester && leg && leg.state === 'occupied') connectAgent(engine, requester, consult, leg);
}

/**
 * Three-party help: the helper's phone went off-hook, and it joins the customer's call at once;
 * the consultation call ends, the customer's call is a three-party conversation (AgentEvent_Conference
 * to both agents). CDR rows of the consultation leave with reason 8 "three-party help".
 */
export function threePartyHelpAnswered(engine: EngineCore, helper: AgentRuntime, consult: Call, helperLeg: AgentLeg): void {
  const link = consult.link;
  const main = link ? engine.calls.get(link.otherCallId) : undefined;
  const requester = link ? engine.agents.get(link.requesterWorkNo) : undefined;
  const mainLeg = main && requester ? requester.legs.get(main.callId) : undefined;
  if (!link || !main || !requester || !mainLeg) {
    // The customer's call ended meanwhile: what is left is a talk between the two agents.
    connectAgent(engine, helper, consult, helperLeg);
    if (helperLeg.origin) helperAnswered(engine, consult, helperLeg.origin.byWorkNo);
    return;
  }
  helperLeg.ringTimer = engine.cancel(helperLeg.ringTimer);
  moveAgent(engine, helper, consult, main, LeaveReason.threePartyHelp);
  endCall(engine, consult, ReleaseCause.normal, LeaveReason.threePartyHelp);
  leaveLegQuietly(engine, requester, consult);
  mainLeg.state = 'talking';
  mainLeg.sinceMs = engine.now();
  refreshCustomerHold(engine, main);
  announceConference(engine, main);
}

/**
 * The consultation failed (no helper, no answer, rejected): AgentEvent_Consult_Fail (ref L20145)
 * to the agent, whose customer is retrieved (AgentEvent_Talking after a two-party help, whose hold
 * was announced). The agent's row of the consultation leaves with reason 41.
 */
export function consultFailed(engine: EngineCore, consult: Call, requesterWorkNo: number, why: { leaveReason: number; releaseCause: number }): void {
  if (consult.ended) return;
  // The link is gone when the customer's call ended first; the consultation still fails.
  const link = consult.link;
  const requester = engine.agents.get(requesterWorkNo);
  const leg = requester?.legs.get(consult.callId);
  const main = link ? engine.calls.get(link.otherCallId) : undefined;
  endCall(engine, consult, why.releaseCause, why.leaveReason, (row) => (row === leg?.cdr ? LeaveReason.consultCancelled : undefined));
  if (!requester || !leg) return;
  engine.emit(requester.workNo, 'AgentEvent_Consult_Fail', consult.callId);
  // Its last call, when the customer's call ended meanwhile: the phone goes on-hook.
  settleFailedAttempt(engine, requester, consult);
  const mainLeg = main ? requester.legs.get(main.callId) : undefined;
  if (main && mainLeg?.state === 'held') {
    mainLeg.state = 'talking';
    mainLeg.sinceMs = engine.now();
    refreshCustomerHold(engine, main);
    if (link?.mode === 1) engine.emit(requester.workNo, 'AgentEvent_Talking', talkingContent(callView(main), mainLeg.type));
  }
  refreshCallOperation(engine, requester);
}
