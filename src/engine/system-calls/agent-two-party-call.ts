import { callout, customerHangsUp, releaseByAgent } from '../calls/index.ts';
import type { AgentRuntime, EngineCore } from '../core/index.ts';
import { LeaveReason, ReleaseCause } from '../records/index.ts';
import { markReleased } from './finish-system-call.ts';
import { newProgress, stoppedReason, systemCallRecordingPath, TwoPartyReason, type SystemCallObserver, type SystemCallProgress } from './system-call-progress.ts';
import { systemCallsOf } from './system-call-registry.ts';
import type { TwoPartyCallRequest } from './two-party-request.ts';

/** The signed-in agent whose phone is `number` (its softphone or its mobile agent number), if any. */
export function agentOnPhone(engine: EngineCore, number: string): AgentRuntime | undefined {
  for (const agent of engine.agents.values()) if (agent.options.phonenum === number) return agent;
  return undefined;
}

/**
 * A bidirectional call whose party A is the phone of a signed-in agent: the agent's own callout
 * (§6.2.1 through §6.1.2.1, outbound-call.ts), so the agent's phone rings, the agent is busy, gets
 * its events and its talk is recorded like any call it makes; B hangs up after the talk time. The
 * call's steps reach the bidirectional call through the call's observer. An agent who cannot take
 * the call (already in one) fails party A (reason 2).
 */
export function startAgentTwoPartyCall(engine: EngineCore, agent: AgentRuntime, request: TwoPartyCallRequest, talkMs: number, observe: SystemCallObserver): SystemCallProgress | undefined {
  let progress: SystemCallProgress | undefined;
  let stopping = false;
  const result = callout(engine, {
    workNo: agent.workNo,
    called: request.partyB,
    caller: request.displayToB,
    callData: request.callData,
    behaviour: { talkMs },
    observer: (step, why) => {
      if (!progress) return;
      const now = engine.now();
      if (step === 'ownPhoneUp') {
        progress.agentTalkingMs = now;
        observe('agentAnswered', progress);
      } else if (step === 'customerAlerting') {
        progress.alertingMs = now;
        observe('alerting', progress);
      } else if (step === 'connected' && progress.state !== 2) {
        progress.state = 2;
        progress.talkingMs = now;
        if (request.record) progress.recording = { fileName: systemCallRecordingPath(engine.vdnId, progress.callId, now), beginMs: now, endMs: null };
        observe('connected', progress);
      } else if (step === 'ended') {
        markReleased(engine, progress, observe, stopping ? stoppedReason(progress.state === 2) : agentCallReason(progress, why));
      }
    },
  });
  if (!result.ok) return undefined;
  const call = result.value;
  progress = newProgress(request.callSerialNo, call.callId, engine.now());
  progress.agentAlertingMs = progress.startMs;
  observe('agentAlerting', progress);
  const workNo = agent.workNo;
  systemCallsOf(engine).set(request.callSerialNo, {
    callSerialNo: request.callSerialNo,
    callId: call.callId,
    hangUp: (by) => {
      stopping = by === 'system';
      if (by === 'caller') releaseByAgent(engine, workNo, call.callId);
      else customerHangsUp(engine, call.callId);
    },
  });
  return progress;
}

/** Why an agent's bidirectional call ended, from how its engine call ended (Table 6-370). */
function agentCallReason(progress: SystemCallProgress, why: { releaseCause: number; leaveReason: number } | undefined): number {
  if (progress.state === 2) return why?.leaveReason === LeaveReason.userHungUpAfterAnswer ? TwoPartyReason.calledHungUp : TwoPartyReason.callerHungUp;
  if (progress.agentTalkingMs === null) return TwoPartyReason.callerNoAnswer;
  if (why?.releaseCause === ReleaseCause.calledNoAnswer) return TwoPartyReason.calledNoAnswer;
  return why?.leaveReason === LeaveReason.agentReleased ? TwoPartyReason.callerHungUp : TwoPartyReason.calledCallFailed;
}
