import { detachLeg } from './leg-end.ts';
import type { EngineCore } from '../core/index.ts';
import { fail, ok, type AgentLeg, type AgentRuntime, type Result } from '../core/index.ts';
import { pickUp } from './agent-calls.ts';
import { releasePhone, settleAfterCall } from '../agent-state/index.ts';
import { endCall, LeaveReason, ReleaseCause } from '../records/index.ts';
import { withdrawOffer } from './offer-outcome.ts';
import { ownPhoneRinging, pickUpOwnPhone } from './outbound-call.ts';

/** Busy reason 7 "the agent releases the call" (ref L19775; Table 13-128 op 3 cause 7 "rejects a call"). */
export const busyReasonRejected = 7;

/**
 * CEC §6.1.2.22 reject {callid?, mode}: the agent rejects its ringing call (AgentEvent_No_Answer,
 * AgentOther_PhoneRelease). Mode 1: the call goes back to its queue and the agent is busy
 * (AgentState_SetNotReady_Success, reason 7); mode 2: the call is released and the agent is idle
 * (AgentState_Ready). A call an agent asked for (internal call, help, transfer) is not queued: the
 * requester hears that it failed (Table 6-179: "determined based on the specific scenario").
 * No ringing call at all: 200-002; not the call named: 200-037.
 */
export function reject(engine: EngineCore, workNo: number, request: { callId?: string; mode: 1 | 2 }): Result<null> {
  const agent = engine.agents.get(workNo);
  if (!agent) return fail('NotSignedIn', 'the agent has not signed in');
  const ringing = [...agent.legs.values()].filter((l) => l.state === 'alerting');
  if (ringing.length === 0) return fail('NoCallToAnswer', 'there is no ringing call to reject');
  const leg = request.callId ? ringing.find((l) => l.callId === request.callId) : ringing[0];
  const call = leg ? engine.calls.get(leg.callId) : undefined;
  if (!leg || !call) return fail('NoRingingCallToReject', `call ${request.callId} is not ringing for the agent`);
  withdrawOffer(engine, agent, call, leg, {
    leaveReason: LeaveReason.agentRejected,
    releaseCause: ReleaseCause.clientRejects,
    after: request.mode === 1 ? { busyReason: busyReasonRejected } : 'idle',
    release: request.mode === 2,
  });
  return ok(null);
}

/** The agent's leg whose phone rings: an offered call, or a call it makes itself. */
function ringingPhoneLeg(agent: AgentRuntime): AgentLeg | undefined {
  for (const leg of agent.legs.values()) {
    if (leg.state === 'alerting' && !agent.phoneOffHook) return leg;
    if (leg.state === 'occupied' && ownPhoneRinging(leg)) return leg;
  }
  return undefined;
}

/**
 * CEC §6.1.2.23 phonepickup: the agent's ringing phone goes off-hook (AgentOther_PhoneOffhook,
 * AgentEvent_Talking), as the phone-linkage button would on the simulated softphone (decision
 * 0410). A phone that does not ring: 100-007.
 */
export function phonePickUp(engine: EngineCore, workNo: number): Result<null> {
  const agent = engine.agents.get(workNo);
  if (!agent) return fail('NotSignedIn', 'the agent has not signed in');
  const leg = ringingPhoneLeg(agent);
  if (!leg) return fail('Internal', 'the phone is not ringing');
  if (leg.state === 'alerting') pickUp(engine, workNo, leg.callId);
  else pickUpOwnPhone(engine, leg);
  return ok(null);
}

/**
 * CEC §6.1.2.24 phonehangup: the agent turns its ringing phone down (AgentOther_PhoneRelease with
 * phoneState 2, then AgentEvent_No_Answer, ref L11705). An offered call goes back to its queue (or
 * fails for its requester) and the agent's state does not change; a call the agent was making is
 * abandoned. A phone that does not ring: 100-007.
 */
export function phoneHangUp(engine: EngineCore, workNo: number): Result<null> {
  const agent = engine.agents.get(workNo);
  if (!agent) return fail('NotSignedIn', 'the agent has not signed in');
  const leg = ringingPhoneLeg(agent);
  const call = leg ? engine.calls.get(leg.callId) : undefined;
  if (!leg || !call) return fail('Internal', 'the phone is not ringing');
  if (leg.state === 'alerting') {
    withdrawOffer(engine, agent, call, leg, { leaveReason: LeaveReason.agentRejected, releaseCause: ReleaseCause.clientRejects, after: 'same', byPhone: true });
    return ok(null);
  }
  engine.cancel(leg.ringTimer);
  endCall(engine, call, ReleaseCause.clientDisconnects, LeaveReason.agentReleased);
  detachLeg(agent, call, engine.now());
  releasePhone(engine, agent, 2, true);
  engine.emit(workNo, 'AgentEvent_No_Answer', call.callId);
  settleAfterCall(engine, agent, { answered: false, skillId: call.currentSkillId });
  return ok(null);
}
