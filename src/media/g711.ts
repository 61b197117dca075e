/**
 * G.711 companding (ITU-T G.711, 1988): A-law, the platform's voice format (CEC §5.4.4, ref L6541:
 * "A-law compression algorithm, mono, sampling bit: 8 bits, sampling frequency: 8000 Hz"), and
 * µ-law, which uploaded WAV files may carry. Written from the standard's segment tables: a sign,
 * a 3-bit segment (the position of the leading one) and a 4-bit mantissa.
 */

/** Largest magnitude A-law represents, in 13-bit units (segment 7, mantissa 15, mid-step). */
const alawMagnitudeMax = 4095;

/** Encodes one linear sample (16-bit range, -32768..32767) as an A-law byte. */
export function alawEncodeSample(pcm16: number): number {
  // A-law works on 13 bits; the negative side uses one's complement, so -1 has magnitude 0.
  const pcm13 = clampInt(pcm16, -32768, 32767) >> 3;
  const positive = pcm13 >= 0;
  const magnitude = Math.min(positive ? pcm13 : ~pcm13, alawMagnitudeMax);
  const segment = magnitude < 32 ? 0 : 31 - Math.clz32(magnitude) - 4;
  const mantissa = (magnitude >> Math.max(segment, 1)) & 0x0f;
  const code = (positive ? 0x80 : 0) | (segment << 4) | mantissa;
  // G.711 inverts the even bits of every A-law byte on the line.
  return code ^ 0x55;
}

/** Decodes one A-law byte to a linear sample in the 16-bit range (the middle of its step). */
export function alawDecodeSample(alaw: number): number {
  const code = (alaw & 0xff) ^ 0x55;
  const segment = (code >> 4) & 0x07;
  const mantissa = code & 0x0f;
  const magnitude = segment === 0 ? (mantissa << 1) | 1 : ((mantissa << 1) | 1 | 0x20) << (segment - 1);
  return (code & 0x80 ? magnitude : -magnitude) << 3;
}

/** µ-law bias and clip level (G.711 Table 2a): the bias makes segment boundaries powers of two. */
const mulawBias = 0x84;
const mulawClip = 32635;

/** Encodes one linear sample (16-bit range) as a µ-law byte. */
export function mulawEncodeSample(pcm16: number): number {
  const value = clampInt(pcm16, -32768, 32767);
  const sign = value < 0 ? 0x80 : 0;
  const biased = Math.min(Math.abs(value), mulawClip) + mulawBias;
  const exponent = 31 - Math.clz32(biased) - 7;
  const mantissa = (biased >> (exponent + 3)) & 0x0f;
  return ~(sign | (exponent << 4) | mantissa) & 0xff;
}

/** Decodes one µ-law byte to a linear sample in the 16-bit range. */
export function mulawDecodeSample(mulaw: number): number {
  const code = ~mulaw & 0xff;
  const exponent = (code >> 4) & 0x07;
  const magnitude = ((((code & 0x0f) << 3) + mulawBias) << exponent) - mulawBias;
  return code & 0x80 ? -magnitude : magnitude;
}

/** Encodes samples in [-1, 1] (clipped beyond) as A-law bytes. */
export function alawEncode(samples: Float32Array): Uint8Array {
  const out = new Uint8Array(samples.length);
  for (let i = 0; i < samples.length; i++) out[i] = alawEncodeSample(Math.round(samples[i]! * 32768));
  return out;
}

/** Clamps to [min, max]; a NaN (from a corrupt float sample) becomes silence. */
function clampInt(value: number, min: number, max: number): number {
  if (Number.isNaN(value)) return 0;
  if (value < min) return min;
  return value > max ? max : Math.trunc(value);
}
