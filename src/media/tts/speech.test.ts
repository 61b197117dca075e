// Goal: text to speech gives real audio in the platform's format, offline and deterministic, whose
// length follows the text. Method: synthesise short texts and read the WAV back.
import { describe, expect, it } from 'vitest';
import { parseWav } from '../wav-decode.ts';
import { rms } from '../tone.ts';
import { readWavFrames } from '../wav-decode.ts';
import { synthesiseSpeech } from './speech.ts';

describe('synthesiseSpeech', () => {
  it('renders 8 kHz mono A-law speech whose duration grows with the text', async () => {
    const short = await synthesiseSpeech('Your parcel has arrived.');
    const long = await synthesiseSpeech('Your parcel has arrived at the main gate of the park. Please collect it before six in the evening.');
    const parsed = parseWav(short.wav);
    expect(parsed.ok).toBe(true);
    if (!parsed.ok || parsed.wav.kind === 'mpeg') throw new Error('not PCM');
    expect(parsed.wav).toMatchObject({ sampleRate: 8000, channelCount: 1, encoding: 'alaw' });
    expect(short.durationMs).toBeGreaterThan(800);
    expect(long.durationMs).toBeGreaterThan(short.durationMs * 2.5);
    expect(rms(readWavFrames(parsed.wav, 0, parsed.wav.frameCount)[0]!)).toBeGreaterThan(0.01);
  });

  it('gives the same bytes for the same text, and slower speech for a lower speed', async () => {
    const a = await synthesiseSpeech('Three parcels');
    const b = await synthesiseSpeech('Three parcels');
    expect(Buffer.compare(Buffer.from(a.wav), Buffer.from(b.wav))).toBe(0);
    const slow = await synthesiseSpeech('Three parcels', { speed: -400 });
    expect(slow.durationMs).toBeGreaterThan(a.durationMs);
  });

  it('does not read a text as an option', async () => {
    const speech = await synthesiseSpeech('-w /tmp/x --help');
    expect(speech.durationMs).toBeGreaterThan(500);
  });
});
