import type { EngineCore } from '../core/index.ts';
import { fail, ok, type Result } from '../core/index.ts';
import { offerCall } from './agent-calls.ts';
import { leaveQueue } from '../routing/index.ts';
import { LeaveReason, ReleaseCause } from '../records/index.ts';
import { withdrawOffer } from './offer-outcome.ts';
import { rememberWorkStateForAfterCall } from './outbound-call.ts';

/**
 * CEC §6.1.2.21 snatchpickup?destWorkNo: an idle agent takes over a call ringing for a colleague
 * (`destWorkNo` is the ringing agent, note 02 §8.5 item 37). The colleague's phone stops ringing
 * (AgentEvent_No_Answer, AgentOther_PhoneRelease; its row leaves with reason 13 "picked up"); the
 * picker's phone rings (AgentOther_PhoneAlerting) and, once answered, it talks
 * (AgentOther_PhoneOffhook, AgentEvent_Talking, AgentEvent_Incoming_CallInfo, AgentMediaEvent_Record,
 * ref L11437). Internal calls cannot be picked up. A picker not idle: 100-009; nothing to pick up: 100-007.
 * The tenant configuration has no agent groups or pick-up rights yet, so every agent of the tenant
 * is in one pick-up group (decision 0410).
 */
export function snatchPickup(engine: EngineCore, workNo: number, destWorkNo: number): Result<null> {
  const agent = engine.agents.get(workNo);
  if (!agent) return fail('NotSignedIn', 'the agent has not signed in');
  if (destWorkNo === workNo) return fail('InvalidParameter', 'an agent cannot pick up its own call');
  if (agent.work !== 'idle' || agent.legs.size > 0) return fail('StateIncorrect', 'the agent must be idle to pick up a call');
  const ringing = engine.agents.get(destWorkNo);
  if (!ringing) return fail('Internal', `agent ${destWorkNo} has not signed in`);
  const leg = [...ringing.legs.values()].find((l) => l.state === 'alerting');
  const call = leg ? engine.calls.get(leg.callId) : undefined;
  if (!leg || !call) return fail('Internal', `agent ${destWorkNo} has no ringing call`);
  if (call.customer === null || call.feature === 6 || leg.origin) return fail('Internal', 'only a customer call offered by a queue or a blind transfer can be picked up');
  withdrawOffer(engine, ringing, call, leg, { leaveReason: LeaveReason.pickedUp, releaseCause: ReleaseCause.normal, after: 'same', keepCall: true });
  offerCall(engine, agent, call, { announce: false });
  return ok(null);
}

/**
 * CEC §6.1.2.20 requestcall/{callid}/{skilltype}?skillId: the agent takes a call waiting in a skill
 * queue it is signed in to (a "public queue"): AgentOther_PhoneAlerting, AgentOther_PhoneOffhook,
 * AgentEvent_Talking (ref L11351). Not while the agent has a call, held ones included (ref
 * L11297–11298); a call not waiting there: 100-007. An agent that was busy or resting returns to
 * that state afterwards, as after a callout (decision 0005).
 */
export function requestCall(engine: EngineCore, workNo: number, callId: string, skillId: number): Result<null> {
  const agent = engine.agents.get(workNo);
  if (!agent) return fail('NotSignedIn', 'the agent has not signed in');
  if (agent.legs.size > 0) return fail('Internal', 'the agent already has a call');
  if (agent.config.isForceChange) return fail('ForceChangePassword', 'the agent must change its password before taking calls');
  if (!agent.signedInSkills.has(skillId)) return fail('Internal', `the agent is not signed in to skill ${skillId}`);
  const call = engine.calls.get(callId);
  if (!call || call.queue?.skillId !== skillId) return fail('Internal', `call ${callId} is not waiting in skill ${skillId}`);
  rememberWorkStateForAfterCall(agent);
  leaveQueue(engine, call, LeaveReason.normal);
  offerCall(engine, agent, call, { announce: false, autoPickUp: true });
  return ok(null);
}
