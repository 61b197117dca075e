import type { EngineCore } from '../core/index.ts';
import { fail, ok, type Call, type Result } from '../core/index.ts';
import { leaveQueue } from '../routing/index.ts';
import { endCall, LeaveReason, ReleaseCause } from '../records/index.ts';
import { stopIvr } from '../ivr/index.ts';
import { agentsOn, liveExternals } from './call-parties.ts';
import { currentLeg, finishAgentLeg } from './leg-end.ts';
import { agentLeaves } from './party-release.ts';

/**
 * The customer hangs up, wherever the call is: in an IVR flow, in a queue, ringing an agent or
 * talking (sequence C of note 02 §5.5 for the agents on the call). The customer leaving ends the
 * call for every party, a consultation partner, a party reached by number and an agent waiting
 * for a hang-up transfer to return included (decision 0402).
 */
export function customerHangsUp(engine: EngineCore, callId: string): Result<null> {
  const call = engine.calls.get(callId);
  if (!call) return fail('NoSuchCall', `call ${callId} does not exist`);
  if (call.ivr && !call.ivrHandBack) {
    stopIvr(engine, call);
    endCall(engine, call, ReleaseCause.ivrNormal, LeaveReason.userReleased);
    return ok(null);
  }
  if (call.queue) {
    leaveQueue(engine, call, null);
    endCall(engine, call, ReleaseCause.customerCancelsQueuing, LeaveReason.userReleased);
    return ok(null);
  }
  if (call.ivr) stopIvr(engine, call);
  const agents = agentsOn(engine, call);
  const answered = agents.some((a) => a.legs.get(callId)?.answeredAtMs != null) || liveExternals(call).some((p) => p.state === 'connected');
  // CEC §13.2.3.3: 601 "calling party hung up before answer"; 531 normal disconnect after answer.
  endCall(engine, call, answered ? ReleaseCause.normal : ReleaseCause.callerHungUpBeforeAnswer, answered ? LeaveReason.userHungUpAfterAnswer : LeaveReason.userReleased);
  for (const agent of agents) finishAgentLeg(engine, agent, call, 'customer');
  return ok(null);
}

/**
 * CEC §6.1.2.16 release / §6.1.2.15 dropcall: the agent leaves a call (its current one, or the one
 * named). What happens to the others follows from who remains (party-release.ts): the call goes
 * on, the customer moves on to the satisfaction survey, or the call ends. Leaving a call the agent
 * is transferring completes the transfer (talk forwarding, three-party transfer; Table 6-459).
 */
export function releaseByAgent(engine: EngineCore, workNo: number, callId?: string): Result<null> {
  const agent = engine.agents.get(workNo);
  if (!agent) return fail('NotSignedIn', 'the agent has not signed in');
  const leg = callId ? agent.legs.get(callId) : currentLeg(agent);
  if (!leg) return callId ? fail('NoSuchCall', `the agent has no call ${callId}`) : fail('NoCallToRelease', 'there is no call to release');
  const call = engine.calls.get(leg.callId);
  if (!call) {
    agent.legs.delete(leg.callId);
    return fail('NoSuchCall', `call ${leg.callId} has ended`);
  }
  agent.statistics.agentReleaseCount += 1;
  agentLeaves(engine, agent, call, { by: 'agent', leaveReason: LeaveReason.agentReleased });
  return ok(null);
}
