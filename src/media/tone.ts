/**
 * Pure tones: generating one (prompts, the simulator's stand-in for speech) and measuring the
 * amplitude of one frequency in a signal (Goertzel's single-bin DFT), which is how tests check
 * that conversion kept the voice band and removed what would alias into it.
 */
export function sineWave(options: { sampleRate: number; frequencyHz: number; amplitude: number; sampleCount: number; phase?: number }): Float32Array {
  const { sampleRate, frequencyHz, amplitude, sampleCount } = options;
  const out = new Float32Array(sampleCount);
  const step = (2 * Math.PI * frequencyHz) / sampleRate;
  for (let i = 0; i < sampleCount; i++) out[i] = amplitude * Math.sin(step * i + (options.phase ?? 0));
  return out;
}

/** Peak amplitude of the `frequencyHz` component of `samples` (exact for whole periods). */
export function toneAmplitude(samples: Float32Array, sampleRate: number, frequencyHz: number): number {
  const omega = (2 * Math.PI * frequencyHz) / sampleRate;
  const coefficient = 2 * Math.cos(omega);
  let previous = 0;
  let beforePrevious = 0;
  for (let i = 0; i < samples.length; i++) {
    const current = samples[i]! + coefficient * previous - beforePrevious;
    beforePrevious = previous;
    previous = current;
  }
  const power = previous * previous + beforePrevious * beforePrevious - coefficient * previous * beforePrevious;
  return (2 * Math.sqrt(Math.max(0, power))) / samples.length;
}

/** Root-mean-square level of a signal. */
export function rms(samples: Float32Array): number {
  let sum = 0;
  for (let i = 0; i < samples.length; i++) sum += samples[i]! * samples[i]!;
  return samples.length === 0 ? 0 : Math.sqrt(sum / samples.length);
}
