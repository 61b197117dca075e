// Goal: any supported upload comes out in the platform's format (CEC §5.4.4, ref L6541: A-law,
// mono, 8-bit, 8000 Hz) with its duration and its tone intact, and damaged files are refused.
// Method: generated WAV signals and the project's MP3 fixture through the whole pipeline; the
// output is checked byte by byte in its header and by decoding it again.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { alawDecodeSample } from './g711.ts';
import { sineWave, toneAmplitude } from './tone.ts';
import { transcodeToPlatformWav, type TranscodeResult } from './transcode.ts';
import { encodeWav } from './wav-encode.ts';
import type { WavEncoding } from './wav-format.ts';

const options = { durationMsMax: 60_000 };
const mp3Fixture = new Uint8Array(fs.readFileSync(new URL('./fixtures/tone-1khz-600ms-stereo-44k.mp3', import.meta.url)));

/** Checks the canonical A-law WAV header field by field and returns the decoded samples. */
function platformSamples(result: TranscodeResult): Float32Array {
  if (!result.ok) throw new Error(result.reason);
  const wav = result.wav;
  const view = new DataView(wav.buffer, wav.byteOffset, wav.byteLength);
  const ascii = (at: number) => String.fromCharCode(...wav.subarray(at, at + 4));
  expect([ascii(0), ascii(8), ascii(12), ascii(38), ascii(50)]).toEqual(['RIFF', 'WAVE', 'fmt ', 'fact', 'data']);
  expect(view.getUint32(4, true)).toBe(wav.length - 8);
  expect({
    fmtSize: view.getUint32(16, true),
    formatTag: view.getUint16(20, true),
    channels: view.getUint16(22, true),
    sampleRate: view.getUint32(24, true),
    byteRate: view.getUint32(28, true),
    blockAlign: view.getUint16(32, true),
    bitsPerSample: view.getUint16(34, true),
  }).toEqual({ fmtSize: 18, formatTag: 6, channels: 1, sampleRate: 8000, byteRate: 8000, blockAlign: 1, bitsPerSample: 8 });
  const dataBytes = view.getUint32(54, true);
  expect(view.getUint32(46, true)).toBe(dataBytes);
  expect(dataBytes).toBe(result.sampleCount);
  return Float32Array.from(wav.subarray(58, 58 + dataBytes), (code) => alawDecodeSample(code) / 32768);
}

describe('transcodeToPlatformWav', () => {
  it('converts 16-bit stereo 44.1 kHz WAV to 8 kHz mono A-law of the same duration and tone', async () => {
    const tone = sineWave({ sampleRate: 44_100, frequencyHz: 1000, amplitude: 0.5, sampleCount: 66_150 });
    const result = await transcodeToPlatformWav(encodeWav({ sampleRate: 44_100, channels: [tone, tone] }, 'pcm16'), options);
    const samples = platformSamples(result);
    expect(result).toMatchObject({ ok: true, durationMs: 1500, sampleCount: 12_000, source: { container: 'wav', encoding: 'pcm16', sampleRate: 44_100, channelCount: 2 } });
    expect(toneAmplitude(samples.subarray(800, 11_200), 8000, 1000)).toBeCloseTo(0.5, 1);
  });

  it('converts the MP3 fixture (44.1 kHz stereo, 600 ms) to 8 kHz mono A-law of 600 ms', async () => {
    const result = await transcodeToPlatformWav(mp3Fixture, options);
    const samples = platformSamples(result);
    // The LAME header's delay and padding are trimmed, so the duration is the source's exactly.
    expect(result).toMatchObject({ ok: true, durationMs: 600, sampleCount: 4800, source: { container: 'mp3', encoding: 'mpeg1-layer3', sampleRate: 44_100, channelCount: 2 } });
    expect(toneAmplitude(samples.subarray(800, 4000), 8000, 1000)).toBeCloseTo(0.5, 1);
  });

  it.each<[WavEncoding, number, number]>([
    ['pcm8', 11_025, 1],
    ['pcm24', 96_000, 2],
    ['pcm32', 16_000, 1],
    ['float32', 48_000, 6],
    ['float64', 32_000, 3],
    ['mulaw', 8000, 1],
  ])('converts %s at %i Hz with %i channel(s), mixing the channels down', async (encoding, sampleRate, channelCount) => {
    const tone = sineWave({ sampleRate, frequencyHz: 800, amplitude: 0.6, sampleCount: sampleRate / 2 });
    const channels = Array.from({ length: channelCount }, () => tone);
    const samples = platformSamples(await transcodeToPlatformWav(encodeWav({ sampleRate, channels }, encoding), options));
    expect(samples.length).toBe(4000);
    expect(toneAmplitude(samples.subarray(400, 3600), 8000, 800)).toBeCloseTo(0.6, 1);
  });

  it('leaves a file already in the platform format byte for byte as it was', async () => {
    const tone = sineWave({ sampleRate: 8000, frequencyHz: 440, amplitude: 0.7, sampleCount: 4000 });
    const original = encodeWav({ sampleRate: 8000, channels: [tone] }, 'alaw');
    const result = await transcodeToPlatformWav(original, options);
    expect(result.ok && Buffer.from(result.wav).equals(Buffer.from(original))).toBe(true);
  });

  it('reads the container from the content, and yields between blocks when asked', async () => {
    let pauses = 0;
    const tone = sineWave({ sampleRate: 8000, frequencyHz: 440, amplitude: 0.5, sampleCount: 200_000 });
    const result = await transcodeToPlatformWav(encodeWav({ sampleRate: 8000, channels: [tone] }, 'pcm16'), { ...options, pause: async () => void pauses++ });
    expect(result.ok).toBe(true);
    expect(pauses).toBe(Math.ceil(200_000 / 65_536));
  });

  it('refuses audio longer than the bound before decoding it', async () => {
    const long = encodeWav({ sampleRate: 8000, channels: [new Float32Array(8000 * 3)] }, 'pcm8');
    expect(await transcodeToPlatformWav(long, { durationMsMax: 2000 })).toEqual({ ok: false, reason: 'the audio lasts 3 s, longer than the 2 s accepted' });
  });

  it('refuses corrupt, truncated and foreign files with a clear reason', async () => {
    const corrupt = mp3Fixture.slice();
    // Zeros over several frames, headers included (damage inside frame data alone is undetectable: no CRC).
    corrupt.fill(0, 1200, 1700);
    const cases: Array<[Uint8Array, RegExp]> = [
      [corrupt, /MP3 file is corrupt: no frame header at byte \d+/],
      [mp3Fixture.subarray(0, 2000), /MP3 file is truncated/],
      [new TextEncoder().encode('<html>not audio</html>'.repeat(10)), /neither a WAV nor an MP3 file/],
      [new TextEncoder().encode('RIFF\x10\0\0\0WAVEjunk'), /no "fmt " chunk/],
    ];
    for (const [bytes, reason] of cases) {
      const result = await transcodeToPlatformWav(bytes, options);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.reason).toMatch(reason);
    }
  });
});
