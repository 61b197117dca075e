import { createRng } from '../../domain/time/index.ts';
import { genericDialogue, planDialogue, recordingSeed, synthesiseRecording, type RecordingStore } from '../../media/recordings/index.ts';

/**
 * Where a bidirectional call's recording (`Y:/{vdn}/mobileAgent/{yyyyMMdd}/{callId}.wav`, ref
 * L18281) lives in the recording store: `record/{vdn}/mobileAgent/{yyyyMMdd}/{callId}.wav`.
 */
export function systemCallRecordingKey(recordFile: string): string | undefined {
  const match = /^[A-Z]:\/(\d+)\/mobileAgent\/(\d{8})\/(\d+-\d+)\.wav$/.exec(recordFile);
  return match ? `record/${match[1]}/mobileAgent/${match[2]}/${match[3]}.wav` : undefined;
}

/**
 * Writes the recording of a finished bidirectional call: a two-channel 8 kHz A-law WAV as long as
 * the talk, its content a function of the run's seed and the file name, like every recording of the
 * simulated network (decision 1301).
 */
export async function writeSystemCallRecording(files: RecordingStore, seed: number, recording: { fileName: string; beginMs: number; endMs: number | null }): Promise<void> {
  const key = systemCallRecordingKey(recording.fileName);
  if (!key || recording.endMs === null) return;
  const durationMs = Math.max(0, recording.endMs - recording.beginMs);
  const fileSeed = recordingSeed(seed, recording.fileName);
  const utterances = planDialogue(genericDialogue, durationMs, createRng(fileSeed), { agent: 'the customer manager' });
  await files.write(key, synthesiseRecording(utterances, durationMs, fileSeed));
}
