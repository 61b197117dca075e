import type { AgentRuntime, EngineCore } from '../core/index.ts';
import { fail, ok, type Result } from '../core/index.ts';

/**
 * Screen recordings are index entries without a file (decision 1311): the recording index row
 * carries the events' media type 2 (video, ref L20386) and a `.mp4` name under media folder 2, so
 * downloads and file writers know there is no audio to serve.
 */
export const screenRecordingMediaType = 2;

/**
 * CEC §13.1.1.7 startrecordscreen (ref L66235): the simulated desktop's VRC records the screen:
 * AgentMediaEvent_StartRecordScreen_Succ and an open index row. Already recording the screen:
 * the documented failure event AgentMediaEvent_StartRecordScreen_Fail (the interface lists no
 * state code).
 */
export function startScreenRecording(engine: EngineCore, workNo: number): Result<null> {
  const agent = engine.agents.get(workNo);
  if (!agent) return fail('NotSignedIn', 'the agent has not signed in');
  if (agent.screenRecording) {
    engine.emit(workNo, 'AgentMediaEvent_StartRecordScreen_Fail');
    return ok(null);
  }
  const now = engine.now();
  const leg = [...agent.legs.values()][0];
  const call = leg ? engine.calls.get(leg.callId) : undefined;
  const name = engine.telephony.recording({ vdnId: engine.vdnId, workNo, callId: call?.callId ?? '', atMs: now, taskSeq: engine.ids.next('task') });
  const fileName = name.fileName.replace(/^([A-Za-z]:\/\d+\/)\d(\/.*)\.V3$/i, `$1${screenRecordingMediaType}$2.mp4`);
  agent.screenRecording = {
    handle: {
      ...name,
      fileName,
      beginTimeMs: now,
      callId: call?.callId ?? '',
      caller: call?.caller ?? String(workNo),
      called: call?.called ?? '',
      workNo,
      vdnId: engine.vdnId,
      callType: call?.feature ?? 0,
      mediaType: screenRecordingMediaType,
      userWantedSkillId: call?.firstSkillId ?? null,
      currentSkillId: call?.currentSkillId ?? null,
    },
  };
  engine.output.recording(agent.screenRecording.handle, 'start', null);
  engine.emit(workNo, 'AgentMediaEvent_StartRecordScreen_Succ');
  return ok(null);
}

/**
 * CEC §13.1.1.8 stoprecordscreen (ref L66320): the index row closes and
 * AgentMediaEvent_StopRecordScreen_Succ follows; not recording the screen (a prerequisite without
 * a code): AgentMediaEvent_StopRecordScreen_Fail.
 */
export function stopScreenRecording(engine: EngineCore, workNo: number): Result<null> {
  const agent = engine.agents.get(workNo);
  if (!agent) return fail('NotSignedIn', 'the agent has not signed in');
  if (!agent.screenRecording) {
    engine.emit(workNo, 'AgentMediaEvent_StopRecordScreen_Fail');
    return ok(null);
  }
  finishScreenRecording(engine, agent);
  engine.emit(workNo, 'AgentMediaEvent_StopRecordScreen_Succ');
  return ok(null);
}

/** Closes the screen recording's index row (stop, sign-out). */
export function finishScreenRecording(engine: EngineCore, agent: AgentRuntime): void {
  const screen = agent.screenRecording;
  if (!screen) return;
  agent.screenRecording = null;
  engine.output.recording(screen.handle, 'stop', engine.now());
}
