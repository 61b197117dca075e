import { customerReleaseContent } from '../../domain/events/index.ts';
import type { EngineCore, AgentLeg, AgentRuntime, Call } from '../core/index.ts';
import { releasePhone, settleAfterCall } from '../agent-state/index.ts';
import { stopRecording } from '../records/index.ts';
import { remoteOf } from './call-parties.ts';

/** The call an agent is busy with: talking first, then being set up, then ringing. */
export function currentLeg(agent: AgentRuntime): AgentLeg | undefined {
  const legs = [...agent.legs.values()];
  return legs.find((l) => l.state === 'talking') ?? legs.find((l) => l.state === 'occupied') ?? legs.find((l) => l.state === 'alerting');
}

/**
 * How an agent's part in a call ended, which decides its events:
 * - `agent`: it hung up (6.1.2.15/16): Call_Release → Customer_Release → StopRecordDone;
 * - `customer`/`system`: the other side ended the call: Customer_Release → StopRecordDone → Call_Release;
 * - `transferred`: it handed the call over (6.1.2.11): StopRecordDone → Call_Release;
 * - `removed`: another agent released it (6.1.2.17): StopRecordDone → Call_Release;
 * - `signout`: its session ends: StopRecordDone → Call_Release, and nothing after.
 */
export type LegEnd = 'customer' | 'agent' | 'system' | 'transferred' | 'removed' | 'signout';

/**
 * Ends one agent's part in a call with the documented events (see LegEnd); then, when it was the
 * agent's last call, the phone goes on-hook (phoneState 2 when the agent hung up, 3 otherwise) and
 * the agent settles into its after-call state. `remote` names the party in Customer_Release.
 */
export function finishAgentLeg(engine: EngineCore, agent: AgentRuntime, call: Call, by: LegEnd, remote?: string): void {
  const leg = agent.legs.get(call.callId);
  if (!leg) return;
  engine.cancel(leg.ringTimer);
  const wasRinging = leg.state === 'alerting' && !agent.phoneOffHook;
  const answered = leg.answeredAtMs !== null;
  const number = remote ?? remoteOf(engine, call, agent.workNo);
  switch (by) {
    case 'agent':
      engine.emit(agent.workNo, 'AgentEvent_Call_Release', call.callId);
      engine.emit(agent.workNo, 'AgentEvent_Customer_Release', customerReleaseContent(call.callId, number));
      stopRecording(engine, agent, leg);
      break;
    case 'customer':
    case 'system':
      engine.emit(agent.workNo, 'AgentEvent_Customer_Release', customerReleaseContent(call.callId, number));
      stopRecording(engine, agent, leg);
      engine.emit(agent.workNo, 'AgentEvent_Call_Release', call.callId);
      break;
    default:
      stopRecording(engine, agent, leg);
      engine.emit(agent.workNo, 'AgentEvent_Call_Release', call.callId);
  }
  detachLeg(agent, call, engine.now());
  engine.output.fact('agentLeft', { callId: call.callId, workNo: agent.workNo });
  if (by === 'signout') return;
  releasePhone(engine, agent, by === 'agent' || by === 'transferred' ? 2 : 3, wasRinging);
  settleAfterCall(engine, agent, { answered, skillId: call.currentSkillId });
}

/**
 * An agent steps off a call without hanging up its phone, because it continues on another call
 * (the calls are joined) or waits for the call to come back (hang-up transfer):
 * StopRecordDone → Call_Release, no phone or state change.
 */
export function leaveLegQuietly(engine: EngineCore, agent: AgentRuntime, call: Call): void {
  const leg = agent.legs.get(call.callId);
  if (!leg) return;
  engine.cancel(leg.ringTimer);
  stopRecording(engine, agent, leg);
  engine.emit(agent.workNo, 'AgentEvent_Call_Release', call.callId);
  detachLeg(agent, call, engine.now());
}

/**
 * Takes an agent's leg off a call: its talk time counts in the session statistics, the call no
 * longer lists the agent, and the call becomes the agent's last one (callinfo?isNoContainLastCall).
 */
export function detachLeg(agent: AgentRuntime, call: Call, nowMs: number): void {
  const leg = agent.legs.get(call.callId);
  if (leg?.answeredAtMs != null) agent.statistics.talkTimeSeconds += Math.round((nowMs - leg.answeredAtMs) / 1000);
  agent.legs.delete(call.callId);
  call.agents.delete(agent.workNo);
  agent.lastCallId = call.callId;
}

/**
 * A call the agent made did not get through (callout, callinner, innerhelp): after its failure
 * event, the agent leaves the call, its phone goes on-hook and it settles as it was before.
 */
export function settleFailedAttempt(engine: EngineCore, agent: AgentRuntime, call: Call): void {
  detachLeg(agent, call, engine.now());
  releasePhone(engine, agent, 3);
  settleAfterCall(engine, agent, { answered: false, skillId: call.currentSkillId });
}
