import type { AgentRuntime, EngineCore, Playback } from '../core/index.ts';
import { fail, ok, type Result } from '../core/index.ts';
import { beginOperation, OpType, workOperation } from '../records/index.ts';
import { phoneBusyChanged } from './phone-busy.ts';

/** Table 13-128 op type 44, "Suspend voice playing": the interval a playback is paused. */
const opPlayPaused = 44;
/** Table 13-128 op type 22, "Play voice". */
const opPlaying = 22;

/** A file to play on the agent's phone: what 13.1.1.1 play and 13.1.1.11 netplay ask, resolved. */
export interface PlayRequest {
  fileName: string;
  /** The file's real length, read by the caller from the store; null when it cannot be read. */
  durationMs: number | null;
  startMs: number;
  /** `speedchange` / 50 (decision 1310). */
  rate: number;
  /** Times to play; Infinity loops until stopped. */
  times: number;
}

/** Why a StopPlayDone is sent (ref L20520): 0 the file ended, 1 the agent stopped it, 2 it failed. */
export const StopPlayCause = { completed: 0, stopped: 1, failed: 2 } as const;

const playbackOf = (agent: AgentRuntime | undefined): Playback | undefined => (agent?.phoneMedia?.kind === 'play' ? agent.phoneMedia : undefined);

/**
 * CEC §13.1.1.1 play / §13.1.1.11 netplay (ref L65700, L66606): the platform calls the agent's
 * phone and plays the file. AgentMediaEvent_Play now; when the phone is off-hook,
 * AgentMediaEvent_Play_Succ and the position runs on the Clock until the file's real end
 * (StopPlayDone cause 0 after the last repetition); a file that cannot be read gives
 * AgentMediaEvent_Play_Fail and StopPlayDone cause 2. Refused (500-007) while the agent is in a
 * call (the prerequisite), or its phone already plays or records.
 */
export function startPlayback(engine: EngineCore, workNo: number, request: PlayRequest): Result<null> {
  const agent = engine.agents.get(workNo);
  if (!agent) return fail('NotSignedIn', 'the agent has not signed in');
  if (agent.legs.size > 0) return fail('StateIncorrect', 'the agent is in a call');
  if (agent.phoneMedia) return fail('StateIncorrect', `the agent's phone is already ${agent.phoneMedia.kind === 'play' ? 'playing' : 'recording'}`);
  if (agent.monitor) return fail('StateIncorrect', 'the agent is inspecting');
  const playback: Playback = {
    kind: 'play',
    fileName: request.fileName,
    durationMs: request.durationMs,
    rate: request.rate,
    repeatsLeft: request.times - 1,
    phase: 'connecting',
    positionMs: request.startMs,
    sinceMs: engine.now(),
    timer: null,
  };
  agent.phoneMedia = playback;
  phoneBusyChanged(engine, agent);
  engine.emit(workNo, 'AgentMediaEvent_Play');
  const answerMs = agent.phoneOffHook ? 0 : engine.telephony.agentPhoneAnswerDelayMs(workNo, agent.options.phonenum);
  playback.timer = engine.after(answerMs, () => connected(engine, workNo, playback));
  return ok(null);
}

function connected(engine: EngineCore, workNo: number, playback: Playback): void {
  const agent = engine.agents.get(workNo);
  if (!agent || agent.phoneMedia !== playback) return;
  playback.timer = null;
  if (playback.durationMs === null || playback.durationMs <= 0) {
    engine.emit(workNo, 'AgentMediaEvent_Play_Fail');
    return finish(engine, agent, StopPlayCause.failed);
  }
  engine.emit(workNo, 'AgentMediaEvent_Play_Succ');
  playback.phase = 'playing';
  playback.sinceMs = engine.now();
  playback.positionMs = Math.min(playback.positionMs, playback.durationMs);
  beginOperation(engine, agent, opPlaying, { opObject: playback.fileName });
  scheduleEnd(engine, workNo, playback);
}

/** The position now, in file time: it advances at the play-out rate while playing. */
export function playbackPositionMs(playback: Playback, nowMs: number): number {
  const moved = playback.phase === 'playing' ? (nowMs - playback.sinceMs) * playback.rate : 0;
  return Math.min(playback.durationMs ?? 0, playback.positionMs + moved);
}

function scheduleEnd(engine: EngineCore, workNo: number, playback: Playback): void {
  const leftMs = Math.max(0, Math.ceil(((playback.durationMs ?? 0) - playback.positionMs) / playback.rate));
  playback.timer = engine.after(leftMs, () => fileEnded(engine, workNo, playback));
}

function fileEnded(engine: EngineCore, workNo: number, playback: Playback): void {
  const agent = engine.agents.get(workNo);
  if (!agent || agent.phoneMedia !== playback || playback.phase !== 'playing') return;
  playback.timer = null;
  if (playback.repeatsLeft > 0) {
    playback.repeatsLeft -= 1;
    playback.positionMs = 0;
    playback.sinceMs = engine.now();
    return scheduleEnd(engine, workNo, playback);
  }
  finish(engine, agent, StopPlayCause.completed);
}

function finish(engine: EngineCore, agent: AgentRuntime, cause: number, serve = true): void {
  const playback = playbackOf(agent);
  if (!playback) return;
  engine.cancel(playback.timer);
  agent.phoneMedia = null;
  engine.emit(agent.workNo, 'AgentMediaEvent_StopPlayDone', { cause });
  const op = agent.operation?.opType;
  if (agent.legs.size === 0 && (op === opPlaying || op === opPlayPaused)) workOperation(engine, agent);
  phoneBusyChanged(engine, agent, { serve });
}

/** CEC §13.1.1.2 pauseplay (ref L65811): only while the file plays (500-003 otherwise); AgentMediaEvent_PausePlayDone. */
export function pausePlayback(engine: EngineCore, workNo: number): Result<null> {
  const agent = engine.agents.get(workNo);
  if (!agent) return fail('NotSignedIn', 'the agent has not signed in');
  const playback = playbackOf(agent);
  if (!playback || playback.phase !== 'playing') return fail('StateIncorrect', playback ? `the playback is ${playback.phase}` : 'nothing is playing');
  playback.positionMs = playbackPositionMs(playback, engine.now());
  playback.sinceMs = engine.now();
  playback.phase = 'paused';
  playback.timer = engine.cancel(playback.timer);
  beginOperation(engine, agent, opPlayPaused, { opObject: playback.fileName });
  engine.emit(workNo, 'AgentMediaEvent_PausePlayDone');
  return ok(null);
}

/** CEC §13.1.1.3 resumeplay (ref L65894): only while paused (500-005 otherwise); AgentMediaEvent_ResumePlayDone. */
export function resumePlayback(engine: EngineCore, workNo: number): Result<null> {
  const agent = engine.agents.get(workNo);
  if (!agent) return fail('NotSignedIn', 'the agent has not signed in');
  const playback = playbackOf(agent);
  if (!playback || playback.phase !== 'paused') return fail('StateIncorrect', playback ? `the playback is ${playback.phase}` : 'nothing is playing');
  playback.phase = 'playing';
  playback.sinceMs = engine.now();
  beginOperation(engine, agent, opPlaying, { opObject: playback.fileName });
  engine.emit(workNo, 'AgentMediaEvent_ResumePlayDone');
  scheduleEnd(engine, workNo, playback);
  return ok(null);
}

/**
 * CEC §13.1.1.4 forefast / §13.1.1.5 backfast (ref L65979, L66066): the position moves by `seconds`
 * while the file plays or is paused (500-002 / 500-001 otherwise, also while the phone is still
 * being called); AgentMediaEvent_JumpPlayDone. The position stays within the file: a jump past the
 * end finishes the repetition as if it had been played (decision 1310), one before the start
 * plays from the beginning.
 */
export function jumpPlayback(engine: EngineCore, workNo: number, seconds: number, direction: 1 | -1): Result<null> {
  const agent = engine.agents.get(workNo);
  if (!agent) return fail('NotSignedIn', 'the agent has not signed in');
  const playback = playbackOf(agent);
  if (!playback || playback.phase === 'connecting') return fail('StateIncorrect', playback ? 'the phone is still being called' : 'nothing is playing');
  const now = engine.now();
  const target = playbackPositionMs(playback, now) + direction * seconds * 1_000;
  playback.positionMs = Math.max(0, Math.min(playback.durationMs ?? 0, target));
  playback.sinceMs = now;
  engine.emit(workNo, 'AgentMediaEvent_JumpPlayDone');
  if (playback.phase === 'playing') {
    engine.cancel(playback.timer);
    scheduleEnd(engine, workNo, playback);
  }
  return ok(null);
}

/** CEC §13.1.1.6 stopplay (ref L66150): while anything plays (500-009 otherwise); StopPlayDone cause 1. */
export function stopPlayback(engine: EngineCore, workNo: number): Result<null> {
  const agent = engine.agents.get(workNo);
  if (!agent) return fail('NotSignedIn', 'the agent has not signed in');
  if (!playbackOf(agent)) return fail('StateIncorrect', 'nothing is playing');
  finish(engine, agent, StopPlayCause.stopped);
  return ok(null);
}

/** The session ends: a playback stops as if the agent stopped it. */
export function endPlayback(engine: EngineCore, agent: AgentRuntime): void {
  if (playbackOf(agent)) finish(engine, agent, StopPlayCause.stopped, false);
}
