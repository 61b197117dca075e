/**
 * A streaming band-limited resampler (windowed-sinc interpolation, Kaiser window), for converting
 * uploads to the platform's 8 kHz (CEC §5.4.4, ref L6541). Downsampling low-passes below the new
 * Nyquist frequency first, so a 44.1 kHz recording does not fold its 4–22 kHz content back into
 * the telephone band. The filter is centred (zero phase), so output sample n lies exactly at
 * input time n·inRate/outRate. Blocks go in with `push` and come out as soon as every input
 * sample they need has arrived; `finish` flushes the tail, treating what follows as silence.
 */
export class StreamingResampler {
  private readonly step: number;
  private readonly phaseCount: number;
  /** Input samples either side of an output instant that the kernel reaches. */
  private readonly halfWidth: number;
  /** phaseCount rows of 2·halfWidth taps: row p is the kernel at fractional offset p/phaseCount. */
  private readonly table: Float32Array;
  private readonly outStep: number;
  private buffer = new Float32Array(0);
  /** Absolute index of buffer[0] in the input stream. */
  private bufferStart = 0;
  private bufferLength = 0;
  private inputCount = 0;
  private outputCount = 0;

  constructor(
    readonly inRate: number,
    readonly outRate: number,
    options: { zeroCrossings?: number; rolloff?: number; kaiserBeta?: number } = {},
  ) {
    if (!(inRate > 0 && outRate > 0) || !Number.isInteger(inRate) || !Number.isInteger(outRate)) throw new RangeError('sample rates must be positive integers');
    const g = gcd(inRate, outRate);
    this.step = inRate / g;
    this.outStep = outRate / g;
    // Exact phases when the ratio is a small fraction (44.1 kHz → 8 kHz needs 80); otherwise
    // 4096 phases, a timing error below 1/8192 sample, far under the noise of 8-bit A-law.
    this.phaseCount = Math.min(this.outStep, 4096);
    if (inRate === outRate) {
      this.halfWidth = 0;
      this.table = new Float32Array(0);
      return;
    }
    const zeroCrossings = options.zeroCrossings ?? 16;
    const cutoff = 0.5 * Math.min(1, outRate / inRate) * (options.rolloff ?? 0.92);
    this.halfWidth = Math.ceil(zeroCrossings / (2 * cutoff));
    this.table = kernelTable(this.phaseCount, this.halfWidth, cutoff, options.kaiserBeta ?? 8);
  }

  /** Feeds input samples; returns the output samples now computable. */
  push(block: Float32Array): Float32Array {
    if (this.inRate === this.outRate) {
      this.inputCount += block.length;
      this.outputCount += block.length;
      return block.slice();
    }
    this.append(block);
    this.inputCount += block.length;
    return this.produce(false);
  }

  /** Returns the last output samples; the stream is then complete. */
  finish(): Float32Array {
    if (this.inRate === this.outRate) return new Float32Array(0);
    return this.produce(true);
  }

  /** Output samples a stream of `inputCount` samples yields in all. */
  static outputLength(inputCount: number, inRate: number, outRate: number): number {
    return Math.ceil((inputCount * outRate) / inRate);
  }

  private produce(final: boolean): Float32Array {
    const total = final ? StreamingResampler.outputLength(this.inputCount, this.inRate, this.outRate) : Number.POSITIVE_INFINITY;
    const out: number[] = [];
    const taps = 2 * this.halfWidth;
    for (;;) {
      const n = this.outputCount;
      if (n >= total) break;
      const numerator = n * this.step;
      const base = Math.floor(numerator / this.outStep);
      // The kernel covers input base-halfWidth+1 .. base+halfWidth (one more when a quantised
      // phase rounds up to the next sample); wait for all of it unless the stream has ended.
      if (!final && base + this.halfWidth + 1 >= this.inputCount) break;
      let phase = Math.round(((numerator % this.outStep) * this.phaseCount) / this.outStep);
      let first = base - this.halfWidth + 1;
      if (phase === this.phaseCount) {
        phase = 0;
        first += 1;
      }
      out.push(this.convolve(first - this.bufferStart, phase * taps, taps));
      this.outputCount = n + 1;
    }
    this.discardBefore(Math.floor((this.outputCount * this.step) / this.outStep) - this.halfWidth);
    return Float32Array.from(out);
  }

  /** One output sample: the kernel row at `row` against the buffer from `offset` (may overhang). */
  private convolve(offset: number, row: number, taps: number): number {
    const { buffer, table } = this;
    let sum = 0;
    if (offset >= 0 && offset + taps <= this.bufferLength) {
      for (let k = 0; k < taps; k++) sum += buffer[offset + k]! * table[row + k]!;
      return sum;
    }
    // At the stream's edges, input before the start and after the end is silence.
    const from = Math.max(0, -offset);
    const to = Math.min(taps, this.bufferLength - offset);
    for (let k = from; k < to; k++) sum += buffer[offset + k]! * table[row + k]!;
    return sum;
  }

  private append(block: Float32Array): void {
    const needed = this.bufferLength + block.length;
    if (needed > this.buffer.length) {
      const grown = new Float32Array(Math.max(needed, this.buffer.length * 2, 4096));
      grown.set(this.buffer.subarray(0, this.bufferLength));
      this.buffer = grown;
    }
    this.buffer.set(block, this.bufferLength);
    this.bufferLength = needed;
  }

  /** Drops buffered input before absolute index `keepFrom`, which no later output needs. */
  private discardBefore(keepFrom: number): void {
    const drop = Math.min(Math.max(0, keepFrom - this.bufferStart), this.bufferLength);
    if (drop === 0) return;
    this.buffer.copyWithin(0, drop, this.bufferLength);
    this.bufferLength -= drop;
    this.bufferStart += drop;
  }
}

/** Taps of a Kaiser-windowed sinc low-pass at `cutoff` (cycles per input sample), per phase, each row summing to 1. */
function kernelTable(phaseCount: number, halfWidth: number, cutoff: number, beta: number): Float32Array {
  const taps = 2 * halfWidth;
  const table = new Float32Array(phaseCount * taps);
  const i0Beta = besselI0(beta);
  for (let p = 0; p < phaseCount; p++) {
    const fraction = p / phaseCount;
    let sum = 0;
    for (let k = 0; k < taps; k++) {
      // Distance from the output instant (base + fraction) to input sample base - halfWidth + 1 + k.
      const distance = fraction + halfWidth - 1 - k;
      const x = distance / halfWidth;
      const window = Math.abs(x) >= 1 ? 0 : besselI0(beta * Math.sqrt(1 - x * x)) / i0Beta;
      const value = 2 * cutoff * sinc(2 * cutoff * distance) * window;
      table[p * taps + k] = value;
      sum += value;
    }
    for (let k = 0; k < taps; k++) table[p * taps + k]! /= sum;
  }
  return table;
}

function sinc(x: number): number {
  if (x === 0) return 1;
  const px = Math.PI * x;
  return Math.sin(px) / px;
}

/** Modified Bessel function of the first kind, order 0, by its power series. */
function besselI0(x: number): number {
  let sum = 1;
  let term = 1;
  const half = x / 2;
  for (let k = 1; k < 50; k++) {
    term *= (half / k) * (half / k);
    sum += term;
    if (term < sum * 1e-12) break;
  }
  return sum;
}

function gcd(a: number, b: number): number {
  while (b !== 0) [a, b] = [b, a % b];
  return a;
}
