import { customerReleaseContent } from '../domain/events/index.ts';
import type { TenantEngine } from './tenant-engine.ts';
import { fail, ok, type AgentLeg, type AgentRuntime, type Call, type Result } from './engine-types.ts';
import { leaveQueue } from './acd.ts';
import { releasePhone, settleAfterCall } from './after-call.ts';
import { closeCdr, endCall, LeaveReason, ReleaseCause } from './cdr-legs.ts';
import { startIvr, stopIvr } from './ivr-runner.ts';
import { stopRecording } from './recording.ts';

/**
 * The customer hangs up, wherever the call is: in an IVR flow, in a queue, ringing an agent or
 * talking (sequence C of note 02 §5.5 for the agents on the call).
 */
export function customerHangsUp(engine: TenantEngine, callId: string): Result<null> {
  const call = engine.calls.get(callId);
  if (!call) return fail('NoSuchCall', `call ${callId} does not exist`);
  if (call.ivr) {
    stopIvr(engine, call);
    endCall(engine, call, ReleaseCause.ivrNormal, LeaveReason.userReleased);
    return ok(null);
  }
  if (call.queue) {
    leaveQueue(engine, call, null);
    endCall(engine, call, ReleaseCause.customerCancelsQueuing, LeaveReason.userReleased);
    return ok(null);
  }
  const agents = [...call.agents].map((workNo) => engine.agents.get(workNo)).filter((a): a is AgentRuntime => a !== undefined);
  const answered = agents.some((a) => a.legs.get(callId)?.answeredAtMs != null);
  // CEC §13.2.3.3: 601 "calling party hung up before answer"; 531 normal disconnect after answer.
  endCall(engine, call, answered ? ReleaseCause.normal : 601, answered ? LeaveReason.userHungUpAfterAnswer : LeaveReason.userReleased);
  for (const agent of agents) finishAgentLeg(engine, agent, call, 'customer');
  return ok(null);
}

/**
 * CEC §6.1.2.16 release / §6.1.2.15 dropcall: the agent leaves a call (its current one, or the one
 * named). With only the customer left, the call ends, or the customer moves on to the satisfaction
 * survey when the tenant has it enabled (5.4.2); with other agents left, the call goes on.
 */
export function releaseByAgent(engine: TenantEngine, workNo: number, callId?: string): Result<null> {
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
  const othersRemain = [...call.agents].some((w) => w !== workNo);
  const customerTalking = call.customer?.state === 'connected';
  if (othersRemain && (customerTalking || call.agents.size > 2)) {
    closeCdr(engine, call, leg.cdr, LeaveReason.agentReleased);
    finishAgentLeg(engine, agent, call, 'agent');
    return ok(null);
  }
  const survey = engine.config.satisfaction;
  if (customerTalking && call.feature === 0 && leg.answeredAtMs !== null && survey.enabled && survey.flowId !== null && engine.config.ivrFlows.has(survey.flowId)) {
    closeCdr(engine, call, leg.cdr, LeaveReason.agentReleased);
    finishAgentLeg(engine, agent, call, 'agent');
    startIvr(engine, call, survey.flowId, { survey: true });
    return ok(null);
  }
  const others = [...call.agents].filter((w) => w !== workNo).map((w) => engine.agents.get(w)).filter((a): a is AgentRuntime => a !== undefined);
  endCall(engine, call, ReleaseCause.normal, LeaveReason.agentReleased);
  finishAgentLeg(engine, agent, call, 'agent');
  for (const other of others) finishAgentLeg(engine, other, call, 'customer');
  return ok(null);
}

/** The call an agent is busy with: talking first, then being set up, then ringing. */
export function currentLeg(agent: AgentRuntime): AgentLeg | undefined {
  const legs = [...agent.legs.values()];
  return legs.find((l) => l.state === 'talking') ?? legs.find((l) => l.state === 'occupied') ?? legs.find((l) => l.state === 'alerting');
}

/**
 * Ends one agent's part in a call with the documented events: for a remote hang-up
 * Customer_Release → StopRecordDone → Call_Release, for the agent's own release Call_Release →
 * Customer_Release → StopRecordDone; then the phone goes on-hook and the agent settles.
 */
export function finishAgentLeg(engine: TenantEngine, agent: AgentRuntime, call: Call, by: 'customer' | 'agent' | 'system'): void {
  const leg = agent.legs.get(call.callId);
  if (!leg) return;
  engine.cancel(leg.ringTimer);
  const wasRinging = leg.state === 'alerting' && !agent.phoneOffHook;
  const answered = leg.answeredAtMs !== null;
  const remote = call.customer?.number ?? '';
  if (by === 'agent') {
    engine.emit(agent.workNo, 'AgentEvent_Call_Release', call.callId);
    engine.emit(agent.workNo, 'AgentEvent_Customer_Release', customerReleaseContent(call.callId, remote));
    stopRecording(engine, agent, leg);
  } else {
    engine.emit(agent.workNo, 'AgentEvent_Customer_Release', customerReleaseContent(call.callId, remote));
    stopRecording(engine, agent, leg);
    engine.emit(agent.workNo, 'AgentEvent_Call_Release', call.callId);
  }
  if (leg.answeredAtMs !== null) agent.statistics.talkTimeSeconds += Math.round((engine.now() - leg.answeredAtMs) / 1000);
  agent.legs.delete(call.callId);
  call.agents.delete(agent.workNo);
  agent.lastCallId = call.callId;
  engine.output.fact('agentLeft', { callId: call.callId, workNo: agent.workNo });
  releasePhone(engine, agent, by === 'agent' ? 2 : 3, wasRinging);
  settleAfterCall(engine, agent, { answered, skillId: call.currentSkillId });
}
