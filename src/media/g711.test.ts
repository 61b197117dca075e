// Goal: our G.711 codecs agree with the standard's tables. Method: known code points, exhaustive
// round trips over all 256 codes, monotonicity, and the signal-to-noise ratio of a companded tone.
import { describe, expect, it } from 'vitest';
import { alawDecodeSample, alawEncode, alawEncodeSample, mulawDecodeSample, mulawEncodeSample } from './g711.ts';
import { sineWave } from './tone.ts';

describe('A-law', () => {
  it('maps the standard reference points', () => {
    // G.711: 0xD5 is the smallest positive step, 0x55 the smallest negative; 0xAA / 0x2A the largest.
    expect(alawEncodeSample(0)).toBe(0xd5);
    expect(alawEncodeSample(-1)).toBe(0x55);
    expect(alawDecodeSample(0xd5)).toBe(8);
    expect(alawDecodeSample(0x55)).toBe(-8);
    expect(alawEncodeSample(32767)).toBe(0xaa);
    expect(alawEncodeSample(-32768)).toBe(0x2a);
    expect(alawDecodeSample(0xaa)).toBe(32256);
    expect(alawDecodeSample(0x2a)).toBe(-32256);
  });

  it('decodes every code to a value that encodes back to the same code', () => {
    for (let code = 0; code < 256; code++) expect(alawEncodeSample(alawDecodeSample(code))).toBe(code);
  });

  it('is monotonic: a larger sample never decodes smaller', () => {
    let previous = -Infinity;
    for (let pcm = -32768; pcm <= 32767; pcm += 7) {
      const decoded = alawDecodeSample(alawEncodeSample(pcm));
      expect(decoded).toBeGreaterThanOrEqual(previous);
      previous = decoded;
    }
  });

  it('keeps a full-scale tone at about 38 dB SNR, as 8-bit companding should', () => {
    const tone = sineWave({ sampleRate: 8000, frequencyHz: 1000, amplitude: 0.7, sampleCount: 8000, phase: 0.3 });
    const codes = alawEncode(tone);
    let signal = 0;
    let noise = 0;
    for (let i = 0; i < tone.length; i++) {
      const error = alawDecodeSample(codes[i]!) / 32768 - tone[i]!;
      signal += tone[i]! ** 2;
      noise += error ** 2;
    }
    expect(10 * Math.log10(signal / noise)).toBeGreaterThan(35);
  });

  it('clips beyond full scale and reads NaN as silence', () => {
    expect(alawEncode(Float32Array.of(2, -2, Number.NaN))).toEqual(Uint8Array.of(0xaa, 0x2a, 0xd5));
  });
});

describe('µ-law', () => {
  it('maps the standard reference points', () => {
    expect(mulawEncodeSample(0)).toBe(0xff);
    expect(mulawDecodeSample(0xff)).toBe(0);
    expect(mulawDecodeSample(0x80)).toBe(32124);
    expect(mulawDecodeSample(0x00)).toBe(-32124);
  });

  it('decodes every code to a value that encodes back to the same code (except negative zero)', () => {
    for (let code = 0; code < 256; code++) {
      if (code === 0x7f) continue; // −0 decodes to 0, which encodes as +0 (0xFF)
      expect(mulawEncodeSample(mulawDecodeSample(code))).toBe(code);
    }
  });
});
