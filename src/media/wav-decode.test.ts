// Goal: every WAV encoding we promise is read correctly, lenient where writers are sloppy and
// clear where a file cannot be read. Method: write generated signals with our encoder (and by
// hand for odd layouts), read them back, compare with the quantisation error of each encoding.
import { describe, expect, it } from 'vitest';
import { parseWav, readWavFrames, type WavAudio } from './wav-decode.ts';
import { encodeWav, wrapWav } from './wav-encode.ts';
import type { WavEncoding } from './wav-format.ts';
import { sineWave } from './tone.ts';

const tolerance: Record<WavEncoding, number> = { pcm8: 1 / 64, pcm16: 1e-4, pcm24: 1e-6, pcm32: 1e-8, float32: 1e-7, float64: 1e-12, alaw: 0.02, mulaw: 0.02 };

function pcm(bytes: Uint8Array): WavAudio {
  const parsed = parseWav(bytes);
  if (!parsed.ok || parsed.wav.kind !== 'pcm') throw new Error(parsed.ok ? 'not PCM' : parsed.reason);
  return parsed.wav;
}

describe('parseWav / readWavFrames', () => {
  for (const encoding of Object.keys(tolerance) as WavEncoding[]) {
    it(`reads ${encoding} with ${encoding === 'pcm8' ? 'the unsigned offset' : 'its full precision'}`, () => {
      const left = sineWave({ sampleRate: 22_050, frequencyHz: 440, amplitude: 0.6, sampleCount: 500 });
      const right = sineWave({ sampleRate: 22_050, frequencyHz: 660, amplitude: 0.3, sampleCount: 500 });
      const wav = pcm(encodeWav({ sampleRate: 22_050, channels: [left, right] }, encoding));
      expect(wav).toMatchObject({ encoding, sampleRate: 22_050, channelCount: 2, frameCount: 500 });
      const [l, r] = readWavFrames(wav, 0, 500);
      for (let i = 0; i < 500; i++) {
        expect(Math.abs(l![i]! - left[i]!)).toBeLessThanOrEqual(tolerance[encoding]);
        expect(Math.abs(r![i]! - right[i]!)).toBeLessThanOrEqual(tolerance[encoding]);
      }
    });
  }

  it('reads frames block by block from any offset, clipped to the end', () => {
    const signal = Float32Array.from({ length: 10 }, (_, i) => i / 16);
    const wav = pcm(encodeWav({ sampleRate: 8000, channels: [signal] }, 'pcm16'));
    expect(Array.from(readWavFrames(wav, 7, 100)[0]!)).toEqual([7 / 16, 8 / 16, 9 / 16]);
  });

  it('reads WAVE_FORMAT_EXTENSIBLE through its sub-format, 24-bit samples in 32-bit slots', () => {
    const fmt = new DataView(new ArrayBuffer(40));
    fmt.setUint16(0, 0xfffe, true);
    fmt.setUint16(2, 1, true);
    fmt.setUint32(4, 48_000, true);
    fmt.setUint32(8, 48_000 * 4, true);
    fmt.setUint16(12, 4, true);
    fmt.setUint16(14, 32, true);
    fmt.setUint16(16, 22, true);
    fmt.setUint16(18, 24, true);
    fmt.setUint16(24, 0x0001, true); // KSDATAFORMAT_SUBTYPE_PCM
    const data = new DataView(new ArrayBuffer(8));
    data.setInt32(0, 0x40000000, true);
    data.setInt32(4, -0x40000000, true);
    const wav = pcm(riff([['fmt ', new Uint8Array(fmt.buffer)], ['data', new Uint8Array(data.buffer)]]));
    expect(wav.encoding).toBe('pcm32');
    expect(Array.from(readWavFrames(wav, 0, 2)[0]!)).toEqual([0.5, -0.5]);
  });

  it('skips other chunks, odd-sized ones with their pad byte, and accepts RF64 with an unknown data size', () => {
    const body = encodeWav({ sampleRate: 8000, channels: [Float32Array.of(0.25, -0.25)] }, 'pcm16');
    const fmt = body.subarray(12, 12 + 8 + 16);
    const samples = body.subarray(12 + 8 + 16 + 8);
    const withList = riff([['LIST', Uint8Array.of(1, 2, 3)], ['fmt ', fmt.subarray(8)], ['data', samples]]);
    expect(readWavFrames(pcm(withList), 0, 2)[0]).toEqual(Float32Array.of(0.25, -0.25));
    const rf64 = riff([['fmt ', fmt.subarray(8)], ['data', samples]], 'RF64');
    new DataView(rf64.buffer).setUint32(rf64.length - samples.length - 4, 0xffffffff, true);
    expect(pcm(rf64).frameCount).toBe(2);
  });

  it('takes a data chunk declared longer than the file to run to its end (streaming writers)', () => {
    const wav = encodeWav({ sampleRate: 8000, channels: [new Float32Array(100)] }, 'pcm16');
    const truncated = wav.subarray(0, wav.length - 50);
    expect(pcm(truncated).frameCount).toBe(75);
  });

  it('refuses what it cannot read, saying why', () => {
    const good = encodeWav({ sampleRate: 8000, channels: [new Float32Array(4)] }, 'pcm16');
    const adpcm = good.slice();
    new DataView(adpcm.buffer).setUint16(20, 0x0002, true);
    const noChannels = good.slice();
    new DataView(noChannels.buffer).setUint16(22, 0, true);
    const slowRate = good.slice();
    new DataView(slowRate.buffer).setUint32(24, 100, true);
    const cases: Array<[Uint8Array, RegExp]> = [
      [new TextEncoder().encode('hello'), /too short/],
      [new TextEncoder().encode('RIFF\0\0\0\0AVI LIST'), /not a RIFF\/WAVE/],
      [riff([['data', new Uint8Array(4)]]), /no "fmt " chunk/],
      [riff([['fmt ', good.subarray(20, 36)]]), /no "data" chunk/],
      [adpcm, /MS ADPCM.*not supported/],
      [noChannels, /0 channels/],
      [slowRate, /sample rate 100 Hz/],
      [wrapWav({ encoding: 'pcm16', sampleRate: 8000, channelCount: 1, frameCount: 0 }, new Uint8Array(0)), /no audio/],
      [riff([['fmt ', Uint8Array.of(1, 0, 1, 0)]]), /shorter than 16 bytes/],
    ];
    for (const [bytes, reason] of cases) {
      const parsed = parseWav(bytes);
      expect(parsed.ok).toBe(false);
      if (!parsed.ok) expect(parsed.reason).toMatch(reason);
    }
  });

  it('hands MPEG audio in a WAV container (format 0x55) over as MP3 data', () => {
    const fmt = new DataView(new ArrayBuffer(16));
    fmt.setUint16(0, 0x55, true);
    fmt.setUint16(2, 2, true);
    fmt.setUint32(4, 44_100, true);
    const parsed = parseWav(riff([['fmt ', new Uint8Array(fmt.buffer)], ['data', Uint8Array.of(0xff, 0xfb, 0x90, 0x64)]]));
    expect(parsed).toEqual({ ok: true, wav: { kind: 'mpeg', data: Uint8Array.of(0xff, 0xfb, 0x90, 0x64) } });
  });
});

/** Builds a RIFF file from chunks (each padded to an even length). */
function riff(chunks: Array<[string, Uint8Array]>, magic = 'RIFF'): Uint8Array {
  const size = 4 + chunks.reduce((n, [, body]) => n + 8 + body.length + (body.length & 1), 0);
  const out = new Uint8Array(8 + size);
  const view = new DataView(out.buffer);
  const ascii = (text: string, at: number) => [...text].forEach((c, i) => (out[at + i] = c.charCodeAt(0)));
  ascii(magic, 0);
  view.setUint32(4, size, true);
  ascii('WAVE', 8);
  let offset = 12;
  for (const [id, body] of chunks) {
    ascii(id, offset);
    view.setUint32(offset + 4, body.length, true);
    out.set(body, offset + 8);
    offset += 8 + body.length + (body.length & 1);
  }
  return out;
}
