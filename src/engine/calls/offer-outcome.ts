import type { EngineCore, AgentLeg, AgentRuntime, Call } from '../core/index.ts';
import { refreshAvailability, enqueue } from '../routing/index.ts';
import { connectAgent } from './connect.ts';
import { settleAfterCall } from '../agent-state/index.ts';
import { closeCdr, endCall } from '../records/index.ts';
import { transferTargetAnswered, transferTargetFailed } from './transfer-pending.ts';

/**
 * What an offered leg's answer or failure means. A queue offer only concerns the call and the
 * agent; an offer an agent asked for (callinner, innerhelp, transfer) also answers that agent:
 * the caller starts talking, or hears AgentEvent_Inside_Call_Fail, Consult_Fail, Connect_Fail or
 * SuccTransResult. Offers of callinner and innerhelp are settled by call-control through the
 * engine's origin reactions (it sits above this folder).
 */
export function answerOffer(engine: EngineCore, agent: AgentRuntime, call: Call, leg: AgentLeg): void {
  const origin = leg.origin;
  const requested = origin ? engine.reactions.origins[origin.kind] : undefined;
  if (requested) return requested.answered(engine, agent, call, leg);
  connectAgent(engine, agent, call, leg);
  switch (origin?.kind) {
    case 'transfer':
    case 'talkForward':
      return transferTargetAnswered(engine, call);
  }
}

export interface WithdrawHow {
  /** CDR leave reason of the agent's row (13.2.3.7). */
  leaveReason: number;
  /** Release cause (13.2.3.3) when the call cannot go on without this agent. */
  releaseCause: number;
  /** The agent afterwards: busy with a reason, idle, or as it was ('same'). */
  after: { busyReason: number } | 'idle' | 'same';
  /** phonehangup (6.1.2.24): the agent put the phone down, PhoneRelease before No_Answer (ref L11705). */
  byPhone?: boolean;
  /** The session is ending: no events and no after-call state. */
  silent?: boolean;
  /** Another agent takes the call over (snatchpickup): only the row closes. */
  keepCall?: boolean;
  /** reject mode 2 (Table 6-179): the call is released instead of going back to its queue. */
  release?: boolean;
}

/**
 * A ringing leg goes away unanswered (ring timeout, reject, phonehangup, pick-up, sign-out): the
 * agent hears AgentEvent_No_Answer and its phone stops ringing, then settles; a queue call goes
 * back to its queue keeping its place (or is released, without a queue to go back to), and an
 * agent's request hears that it failed.
 */
export function withdrawOffer(engine: EngineCore, agent: AgentRuntime, call: Call, leg: AgentLeg, how: WithdrawHow): void {
  leg.ringTimer = engine.cancel(leg.ringTimer);
  const ringing = !agent.phoneOffHook;
  if (!how.silent && how.byPhone) {
    if (ringing) engine.emit(agent.workNo, 'AgentOther_PhoneRelease', { phoneState: 2 });
    engine.emit(agent.workNo, 'AgentEvent_No_Answer', call.callId);
  } else if (!how.silent) {
    engine.emit(agent.workNo, 'AgentEvent_No_Answer', call.callId);
    if (ringing) engine.emit(agent.workNo, 'AgentOther_PhoneRelease', { phoneState: 3 });
  }
  agent.legs.delete(call.callId);
  call.agents.delete(agent.workNo);
  if (how.after === 'idle') {
    agent.preBusy = false;
    agent.preRest = false;
  } else if (how.after !== 'same') {
    agent.preBusy = true;
    agent.preBusyReason = how.after.busyReason;
    agent.busyOpCause = undefined;
  }
  if (how.silent) refreshAvailability(engine, agent);
  else settleAfterCall(engine, agent, { answered: false, skillId: call.currentSkillId });
  if (how.keepCall) {
    closeCdr(engine, call, leg.cdr, how.leaveReason);
    return;
  }
  offerLost(engine, call, leg, how);
}

function offerLost(engine: EngineCore, call: Call, leg: AgentLeg, how: WithdrawHow): void {
  const origin = leg.origin;
  const requested = origin ? engine.reactions.origins[origin.kind] : undefined;
  if (origin && requested) return requested.lost(engine, call, origin.byWorkNo, { leaveReason: how.leaveReason, releaseCause: how.releaseCause });
  switch (origin?.kind) {
    case 'transfer':
    case 'talkForward':
      closeCdr(engine, call, leg.cdr, how.leaveReason);
      return transferTargetFailed(engine, call);
  }
  const skillId = call.currentSkillId;
  if (how.release || skillId === null || !engine.config.skills.has(skillId) || call.agents.size > 0) {
    if (call.agents.size > 0) closeCdr(engine, call, leg.cdr, how.leaveReason);
    else endCall(engine, call, how.releaseCause, how.leaveReason);
    return;
  }
  closeCdr(engine, call, leg.cdr, how.leaveReason);
  call.requeueCount += 1;
  enqueue(engine, call, skillId, { requeue: { sinceMs: call.queueSinceMs ?? engine.now() } });
}
