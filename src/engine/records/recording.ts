import { recordContent, stopRecordContent } from '../../domain/events/index.ts';
import type { EngineCore, AgentLeg, AgentRuntime, Call } from '../core/index.ts';

/**
 * Every talk segment of an agent is recorded (issue "Records"): AgentMediaEvent_Record when the
 * agent starts talking (ref L20375), AgentMediaEvent_StopRecordDone when it stops (ref L20450),
 * and a recording-index row with both times.
 */
export function startRecording(engine: EngineCore, agent: AgentRuntime, call: Call, leg: AgentLeg): void {
  if (leg.recording) return;
  const now = engine.now();
  const name = engine.telephony.recording({ vdnId: engine.vdnId, workNo: agent.workNo, callId: call.callId, atMs: now, taskSeq: engine.ids.next('task') });
  leg.recording = {
    ...name,
    beginTimeMs: now,
    callId: call.callId,
    caller: call.caller,
    called: call.called,
    workNo: agent.workNo,
    vdnId: engine.vdnId,
    callType: call.feature,
    mediaType: call.mediaType === 5 ? 5 : 1,
    userWantedSkillId: call.firstSkillId,
    currentSkillId: call.currentSkillId,
  };
  engine.emit(agent.workNo, 'AgentMediaEvent_Record', recordContent(leg.recording));
  engine.output.recording(leg.recording, 'start', null);
}

export function stopRecording(engine: EngineCore, agent: AgentRuntime, leg: AgentLeg): void {
  const handle = leg.recording;
  if (!handle) return;
  leg.recording = null;
  const now = engine.now();
  engine.emit(agent.workNo, 'AgentMediaEvent_StopRecordDone', stopRecordContent(handle, now));
  engine.output.recording(handle, 'stop', now);
}
