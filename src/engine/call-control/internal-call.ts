import { customerAlertingContent } from '../../domain/events/index.ts';
import type { EngineCore } from '../core/index.ts';
import { fail, ok, type AgentLeg, type AgentRuntime, type Call, type Result } from '../core/index.ts';
import { connectAgent, offerCall, settleFailedAttempt, createCall, activeLegs, agentPhone, canBeOffered, ringOwnPhone, startAgentCall } from '../calls/index.ts';
import { endCall, LeaveReason, ReleaseCause } from '../records/index.ts';

export interface InnerCallRequest {
  workNo: number;
  /** The called agent's work number (Table 6-120 `called`). */
  called: string;
  skillId?: number;
  callData?: string;
}

/**
 * CEC §6.1.2.4 callinner (sequence F of note 02 §5.5): the agent calls a colleague. Its own phone
 * rings and goes off-hook (AgentOther_PhoneAlerting, AgentOther_PhoneOffhook), it is occupied
 * (AgentState_Busy), the colleague rings (AgentEvent_Customer_Alerting with its work number) and
 * hears AgentEvent_Ringing / Auto_Answer with `a`-prefixed agent numbers (ref L20115); both talk
 * with feature 6. A colleague who is not there, busy, or does not answer gives the caller
 * AgentEvent_Inside_Call_Fail. The result is the new call id (note 02 §8.5 item 34). The calling
 * number of Table 6-120 is not used: an internal call never leaves the center (decision 0401).
 */
export function callInner(engine: EngineCore, request: InnerCallRequest): Result<Call> {
  const agent = engine.agents.get(request.workNo);
  if (!agent) return fail('NotSignedIn', 'the agent has not signed in');
  if (request.called === String(request.workNo)) return fail('InvalidParameter', 'an agent cannot call itself');
  if (agent.config.isForceChange) return fail('ForceChangePassword', 'the agent must change its password before making calls');
  if (activeLegs(agent).length > 0 || agent.monitor) return fail('StateIncorrect', 'the agent is already in a call');
  const call = createCall(engine, { feature: 6, caller: String(agent.workNo), called: request.called, callData: request.callData, customerNumber: null });
  const leg = startAgentCall(engine, agent, call, request.skillId);
  agent.statistics.innerCallCount += 1;
  ringOwnPhone(engine, agent, call, leg, () => ringColleague(engine, agent, call, leg));
  return ok(call);
}

function ringColleague(engine: EngineCore, agent: AgentRuntime, call: Call, leg: AgentLeg): void {
  const colleague = engine.agents.get(Number(call.called));
  if (!/^\d+$/.test(call.called) || !canBeOffered(colleague)) {
    internalCallFailed(engine, call, agent.workNo, { leaveReason: LeaveReason.noResource, releaseCause: ReleaseCause.noResource });
    return;
  }
  offerCall(engine, colleague, call, { origin: { kind: 'internal', byWorkNo: agent.workNo } });
  leg.cdr.ackBeginMs = engine.now();
  engine.emit(agent.workNo, 'AgentEvent_Customer_Alerting', customerAlertingContent(call.callId, agentPhone(colleague), String(colleague.workNo)));
}

/** The colleague answered: the caller talks too (AgentEvent_Talking feature 6, recording). */
export function colleagueAnswered(engine: EngineCore, call: Call, callerWorkNo: number): void {
  const caller = engine.agents.get(callerWorkNo);
  const leg = caller?.legs.get(call.callId);
  if (caller && leg && leg.state === 'occupied') connectAgent(engine, caller, call, leg);
}

/**
 * The internal call failed before anyone answered: AgentEvent_Inside_Call_Fail to the caller
 * (ref L20017), its phone goes on-hook and it returns to its state. The caller's CDR row says why
 * from its side: the colleague did not answer (26) or rejected (27).
 */
export function internalCallFailed(engine: EngineCore, call: Call, callerWorkNo: number, why: { leaveReason: number; releaseCause: number }): void {
  const caller = engine.agents.get(callerWorkNo);
  const leg = caller?.legs.get(call.callId);
  const callerReason = why.leaveReason === LeaveReason.agentNoAnswer ? 26 : why.leaveReason === LeaveReason.agentRejected ? 27 : why.leaveReason;
  endCall(engine, call, why.releaseCause, why.leaveReason, (row) => (row === leg?.cdr ? callerReason : undefined));
  if (!caller || !leg) return;
  leg.ringTimer = engine.cancel(leg.ringTimer);
  engine.emit(caller.workNo, 'AgentEvent_Inside_Call_Fail', call.callId);
  settleFailedAttempt(engine, caller, call);
}
