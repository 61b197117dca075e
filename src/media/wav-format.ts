/**
 * The sample encodings a RIFF/WAVE file may carry that we decode and encode, with their format
 * tags (Microsoft RIFF specification, "WAVE format categories") and container widths.
 */
export type WavEncoding = 'pcm8' | 'pcm16' | 'pcm24' | 'pcm32' | 'float32' | 'float64' | 'alaw' | 'mulaw';

export const wavFormatTag = {
  pcm: 0x0001,
  float: 0x0003,
  alaw: 0x0006,
  mulaw: 0x0007,
  /** MPEG-1 Layer III inside a WAV container (WAVE_FORMAT_MPEGLAYER3). */
  mpegLayer3: 0x0055,
  extensible: 0xfffe,
} as const;

/** Bytes one sample of one channel takes in the data chunk. */
export const wavBytesPerSample: Record<WavEncoding, number> = {
  pcm8: 1,
  pcm16: 2,
  pcm24: 3,
  pcm32: 4,
  float32: 4,
  float64: 8,
  alaw: 1,
  mulaw: 1,
};

export function wavTagOf(encoding: WavEncoding): number {
  if (encoding === 'alaw') return wavFormatTag.alaw;
  if (encoding === 'mulaw') return wavFormatTag.mulaw;
  return encoding.startsWith('float') ? wavFormatTag.float : wavFormatTag.pcm;
}

/** Decoded audio: one Float32Array of samples in [-1, 1] per channel, all of one length. */
export interface PcmAudio {
  sampleRate: number;
  channels: Float32Array[];
}
