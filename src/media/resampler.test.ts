// Goal: conversion to 8 kHz keeps the voice band, removes what would alias into it, and does not
// depend on how the input is cut into blocks. Method: generated tones measured with Goertzel.
import { describe, expect, it } from 'vitest';
import { StreamingResampler } from './resampler.ts';
import { rms, sineWave, toneAmplitude } from './tone.ts';

function resampleAll(input: Float32Array, inRate: number, outRate: number, blockSizes: number[] = [input.length]): Float32Array {
  const resampler = new StreamingResampler(inRate, outRate);
  const parts: Float32Array[] = [];
  let offset = 0;
  for (let i = 0; offset < input.length; i++) {
    const size = blockSizes[i % blockSizes.length]!;
    parts.push(resampler.push(input.subarray(offset, offset + size)));
    offset += size;
  }
  parts.push(resampler.finish());
  const out = new Float32Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

describe('StreamingResampler', () => {
  it.each([44_100, 48_000, 22_050, 16_000, 11_025, 44_056])('keeps a 1 kHz tone at %i Hz → 8 kHz at its level and timing', (inRate) => {
    const input = sineWave({ sampleRate: inRate, frequencyHz: 1000, amplitude: 0.5, sampleCount: inRate });
    const out = resampleAll(input, inRate, 8000);
    expect(out.length).toBe(8000);
    const middle = out.subarray(800, 7200);
    expect(toneAmplitude(middle, 8000, 1000)).toBeCloseTo(0.5, 2);
    // Zero phase: output sample 2 (0.25 ms) is the tone at 0.25 ms, a quarter period in.
    expect(out[2]).toBeCloseTo(0.5, 1);
  });

  it('removes content above the new Nyquist frequency instead of folding it into the voice band', () => {
    // 6 kHz at 44.1 kHz would alias to 2 kHz at 8 kHz without the low-pass filter.
    const input = sineWave({ sampleRate: 44_100, frequencyHz: 6000, amplitude: 0.5, sampleCount: 44_100 });
    const out = resampleAll(input, 44_100, 8000).subarray(800, 7200);
    expect(toneAmplitude(out, 8000, 2000)).toBeLessThan(0.5 / 1000);
    expect(rms(out)).toBeLessThan(0.5 / 1000);
  });

  it('gives the same samples whatever the block sizes', () => {
    const input = sineWave({ sampleRate: 44_100, frequencyHz: 440, amplitude: 0.8, sampleCount: 20_000 });
    const whole = resampleAll(input, 44_100, 8000);
    const pieces = resampleAll(input, 44_100, 8000, [1, 7, 333, 4096, 2]);
    expect(pieces.length).toBe(whole.length);
    for (let i = 0; i < whole.length; i++) expect(pieces[i]).toBeCloseTo(whole[i]!, 6);
  });

  it('upsamples a 4 kHz recording without changing its tone', () => {
    const input = sineWave({ sampleRate: 4000, frequencyHz: 500, amplitude: 0.5, sampleCount: 4000 });
    const out = resampleAll(input, 4000, 8000);
    expect(out.length).toBe(8000);
    expect(toneAmplitude(out.subarray(800, 7200), 8000, 500)).toBeCloseTo(0.5, 2);
  });

  it('passes samples through untouched when the rates are equal', () => {
    const input = Float32Array.of(0.1, -0.2, 0.3);
    expect(resampleAll(input, 8000, 8000)).toEqual(input);
  });

  it('refuses a rate that is not a positive integer', () => {
    expect(() => new StreamingResampler(0, 8000)).toThrow(RangeError);
    expect(() => new StreamingResampler(44_100.5, 8000)).toThrow(RangeError);
  });
});
