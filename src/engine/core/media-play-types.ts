import type { TimerId } from '../../domain/time/index.ts';
import type { RecordingHandle } from './recording-handle.ts';

/**
 * What the agent's phone is doing for §13.1.1 (recording playback and self-recording), kept apart
 * from engine-types.ts, which re-exports it. The platform calls the agent's sign-in number for
 * either, so one phone holds at most one of them (decision 1310).
 */
export type PhoneMedia = Playback | SelfRecording;

/** A file played to the agent (13.1.1.1 play, 13.1.1.11 netplay; note 06 §5.9). */
export interface Playback {
  readonly kind: 'play';
  readonly fileName: string;
  /** The file's real length; null when it cannot be read (Play_Fail, StopPlayDone cause 2). */
  readonly durationMs: number | null;
  /** Play-out rate: `speedchange` 50 is normal speed (decision 1310). */
  readonly rate: number;
  /** Repetitions still to play after the current one; Infinity loops until stopped (netplay playTime 0). */
  repeatsLeft: number;
  /** connecting: the agent's phone is being called; playing; paused. */
  phase: 'connecting' | 'playing' | 'paused';
  /** Position in the file at `sinceMs`, in ms of file time. */
  positionMs: number;
  sinceMs: number;
  timer: TimerId | null;
}

/** The agent's own voice recording (13.1.1.9 record / 13.1.1.10 stoprecord; note 06 §5.10). */
export interface SelfRecording {
  readonly kind: 'record';
  /** alerting: the agent's phone rings; recording: off-hook, the segment is being recorded. */
  phase: 'alerting' | 'recording';
  readonly handle: RecordingHandle;
  timer: TimerId | null;
}

/** A screen recording of the agent's desktop (13.1.1.7 / 13.1.1.8): an index entry, no file. */
export interface ScreenRecording {
  readonly handle: RecordingHandle;
}
