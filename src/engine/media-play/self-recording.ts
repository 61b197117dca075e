import { recordContent, stopRecordContent } from '../../domain/events/index.ts';
import type { AgentRuntime, EngineCore, RecordingHandle, SelfRecording } from '../core/index.ts';
import { fail, ok, type Result } from '../core/index.ts';
import { phoneBusyChanged } from './phone-busy.ts';

/** Table 13-130 call type 8, OP_CALL_OUT: the platform's call to the agent's phone (decision 1310). */
const selfRecordingCallType = 8;
/** Table 13-129 media type 5, common voice: the only `mediaType` 13.1.1.9 accepts. */
export const selfRecordingMediaType = 5;

const recordingOf = (agent: AgentRuntime | undefined): SelfRecording | undefined => (agent?.phoneMedia?.kind === 'record' ? agent.phoneMedia : undefined);

/**
 * CEC §13.1.1.9 record (ref L66402): the platform calls the agent's phone (AgentOther_PhoneAlerting,
 * then AgentOther_PhoneOffhook `{type:"main"}` when it picks up) and records the agent:
 * AgentMediaEvent_Record with the task, and a recording index row like any recorded segment,
 * whose WAV is written when it stops. The reply carries the `taskId` at once. Refused (500-008)
 * in a call, while the phone already plays or records, or while the agent inspects (note 06 §5.10).
 * `append` (recordMode 1, "to add", Table 13-28): the segment goes on the end of the agent's last
 * self-recording file this session (its name, its own index row pointing at the file's first
 * segment); with none yet it starts a file like recordMode 0.
 */
export function startSelfRecording(engine: EngineCore, workNo: number, append = false): Result<{ taskId: string }> {
  const agent = engine.agents.get(workNo);
  if (!agent) return fail('NotSignedIn', 'the agent has not signed in');
  if (agent.legs.size > 0) return fail('StateIncorrect', 'the agent is in a call');
  if (agent.phoneMedia) return fail('StateIncorrect', `the agent's phone is already ${agent.phoneMedia.kind === 'play' ? 'playing' : 'recording'}`);
  if (agent.monitor) return fail('StateIncorrect', 'an inspector cannot record while inspecting');
  const now = engine.now();
  const callId = engine.ids.callId(now);
  const name = engine.telephony.recording({ vdnId: engine.vdnId, workNo, callId, atMs: now, taskSeq: engine.ids.next('task') });
  const file = append ? agent.selfRecordingFile : null;
  const handle: RecordingHandle = {
    ...name,
    ...(file ? { fileName: file.fileName, appendOf: { recordId: file.recordId, segments: file.segments } } : {}),
    beginTimeMs: now,
    callId,
    caller: String(workNo),
    called: agent.options.phonenum,
    workNo,
    vdnId: engine.vdnId,
    callType: selfRecordingCallType,
    mediaType: selfRecordingMediaType,
    userWantedSkillId: null,
    currentSkillId: null,
  };
  const recording: SelfRecording = { kind: 'record', phase: 'alerting', handle, timer: null };
  agent.phoneMedia = recording;
  phoneBusyChanged(engine, agent);
  const answerMs = agent.phoneOffHook ? 0 : engine.telephony.agentPhoneAnswerDelayMs(workNo, agent.options.phonenum);
  if (!agent.phoneOffHook) engine.emit(workNo, 'AgentOther_PhoneAlerting');
  recording.timer = engine.after(answerMs, () => offHook(engine, workNo, recording));
  return ok({ taskId: handle.taskId });
}

function offHook(engine: EngineCore, workNo: number, recording: SelfRecording): void {
  const agent = engine.agents.get(workNo);
  if (!agent || agent.phoneMedia !== recording) return;
  recording.timer = null;
  recording.phase = 'recording';
  recording.handle.beginTimeMs = engine.now();
  engine.emit(workNo, 'AgentOther_PhoneOffhook', { type: 'main' });
  engine.emit(workNo, 'AgentMediaEvent_Record', recordContent(recording.handle));
  engine.output.recording(recording.handle, 'start', null);
}

/**
 * CEC §13.1.1.10 stoprecord (ref L66524): only while recording (500-010 otherwise);
 * AgentMediaEvent_StopRecordDone with the segment's times. Stopped while the phone still rings,
 * nothing was recorded: the event reports an empty segment and no index row is written.
 */
export function stopSelfRecording(engine: EngineCore, workNo: number): Result<null> {
  const agent = engine.agents.get(workNo);
  if (!agent) return fail('NotSignedIn', 'the agent has not signed in');
  if (!recordingOf(agent)) return fail('StateIncorrect', 'the agent is not recording');
  finishSelfRecording(engine, agent, true);
  return ok(null);
}

/** Ends the agent's self-recording, if any (stoprecord; sign-out with `serve` false). */
export function finishSelfRecording(engine: EngineCore, agent: AgentRuntime, serve = false): void {
  const recording = recordingOf(agent);
  if (!recording) return;
  engine.cancel(recording.timer);
  agent.phoneMedia = null;
  const now = engine.now();
  if (recording.phase === 'alerting') recording.handle.beginTimeMs = now;
  engine.emit(agent.workNo, 'AgentMediaEvent_StopRecordDone', stopRecordContent(recording.handle, now));
  if (recording.phase === 'recording') {
    const { fileName, recordId, beginTimeMs, appendOf } = recording.handle;
    agent.selfRecordingFile = { fileName, recordId: appendOf?.recordId ?? recordId, segments: [...(appendOf?.segments ?? []), { recordId, beginMs: beginTimeMs, endMs: now }] };
    engine.output.recording(recording.handle, 'stop', now);
  }
  phoneBusyChanged(engine, agent, { serve });
}
