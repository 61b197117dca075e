import { createRng, type Rng } from '../../domain/time/index.ts';
import { alawEncodeSample } from '../g711.ts';
import { wavHeader } from '../wav-encode.ts';
import type { Speaker, Utterance } from './dialogue-script.ts';

/** CEC recordings are 8 kHz telephony audio; we write A-law, customer left and agent right (issue 10 item 2). */
export const recordingSampleRate = 8_000;
export const recordingChannels: readonly Speaker[] = ['customer', 'agent'];

interface Syllable {
  beginFrame: number;
  endFrame: number;
  frequencyHz: number;
  amplitude: number;
}

/** Frames per generated chunk: one second of audio. */
const chunkFrames = recordingSampleRate;

/**
 * The audio of a recording: a WAV header, then the talk as voiced syllables (a pitch per party and
 * call, a little jitter per syllable) wherever the transcript says that party speaks, silence
 * elsewhere. It is generated chunk by chunk, so a long call never sits in memory, and it is a pure
 * function of the seed and the plan: the same recording always has the same bytes.
 */
export function* synthesiseRecording(utterances: readonly Utterance[], durationMs: number, seed: number): Generator<Uint8Array> {
  const frameCount = framesOf(durationMs);
  const rng = createRng(seed);
  const tracks = recordingChannels.map((speaker) => syllablesOf(utterances, speaker, rng, speaker === 'customer' ? [165, 235] : [95, 145]));
  yield recordingHeader(frameCount);
  const cursors = tracks.map(() => 0);
  for (let first = 0; first < frameCount; first += chunkFrames) {
    const frames = Math.min(chunkFrames, frameCount - first);
    const chunk = new Uint8Array(frames * tracks.length);
    for (let c = 0; c < tracks.length; c++) {
      const track = tracks[c]!;
      for (let i = 0; i < frames; i++) {
        const frame = first + i;
        while (cursors[c]! < track.length && track[cursors[c]!]!.endFrame <= frame) cursors[c]!++;
        const syllable = track[cursors[c]!];
        const sample = syllable && syllable.beginFrame <= frame ? voiced(syllable, frame) : 0;
        chunk[i * tracks.length + c] = alawEncodeSample(Math.round(sample * 32_767));
      }
    }
    // Two one-byte channels keep the data chunk even, so RIFF needs no pad byte.
    yield chunk;
  }
}

/**
 * Recordings one after the other as one WAV (recordMode 1, 13.1.1.9): one header for the summed
 * length, then each part's data without its own header (the first chunk `synthesiseRecording` yields).
 */
export function* concatenatedRecording(parts: readonly Iterable<Uint8Array>[], durationMs: number): Generator<Uint8Array> {
  yield recordingHeader(framesOf(durationMs));
  for (const part of parts) {
    let header = true;
    for (const chunk of part) {
      if (!header) yield chunk;
      header = false;
    }
  }
}

/** The size in bytes of the WAV `synthesiseRecording` writes for `durationMs`. */
export function recordingSizeBytes(durationMs: number): number {
  const frameCount = framesOf(durationMs);
  return recordingHeader(frameCount).length + frameCount * recordingChannels.length;
}

const framesOf = (durationMs: number): number => Math.max(0, Math.round((durationMs * recordingSampleRate) / 1_000));

function recordingHeader(frameCount: number): Uint8Array {
  return wavHeader({ encoding: 'alaw', sampleRate: recordingSampleRate, channelCount: recordingChannels.length, frameCount }, frameCount * recordingChannels.length);
}

function syllablesOf(utterances: readonly Utterance[], speaker: Speaker, rng: Rng, pitchRangeHz: [number, number]): Syllable[] {
  const baseHz = pitchRangeHz[0] + rng.next() * (pitchRangeHz[1] - pitchRangeHz[0]);
  const out: Syllable[] = [];
  for (const u of utterances) {
    if (u.speaker !== speaker) continue;
    let at = Math.round((u.beginMs * recordingSampleRate) / 1_000);
    const end = Math.round((u.endMs * recordingSampleRate) / 1_000);
    while (at < end) {
      const length = Math.min(end - at, rng.int(1_200, 2_400));
      out.push({ beginFrame: at, endFrame: at + length, frequencyHz: baseHz * (0.85 + rng.next() * 0.3), amplitude: 0.18 + rng.next() * 0.12 });
      at += length + rng.int(80, 400);
    }
  }
  return out;
}

/** A syllable: three harmonics under a raised-cosine envelope. */
function voiced(s: Syllable, frame: number): number {
  const t = frame - s.beginFrame;
  const envelope = 0.5 - 0.5 * Math.cos((2 * Math.PI * t) / (s.endFrame - s.beginFrame));
  const phase = (2 * Math.PI * s.frequencyHz * t) / recordingSampleRate;
  return s.amplitude * envelope * (Math.sin(phase) + 0.5 * Math.sin(2 * phase) + 0.25 * Math.sin(3 * phase));
}
