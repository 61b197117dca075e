import { alawEncodeSample, mulawEncodeSample } from './g711.ts';
import { wavBytesPerSample, wavTagOf, type PcmAudio, type WavEncoding } from './wav-format.ts';

/**
 * Writes audio as a canonical RIFF/WAVE file in any encoding `parseWav` reads. Non-PCM encodings
 * get the 18-byte fmt chunk (with cbSize) and the `fact` chunk the RIFF specification requires
 * for them, so strict readers accept the platform's A-law files.
 */
export function encodeWav(audio: PcmAudio, encoding: WavEncoding): Uint8Array {
  const channelCount = audio.channels.length;
  const frameCount = audio.channels[0]?.length ?? 0;
  const bytesPerSample = wavBytesPerSample[encoding];
  const data = new Uint8Array(frameCount * channelCount * bytesPerSample);
  const view = new DataView(data.buffer);
  const write = sampleWriter(encoding, view);
  for (let frame = 0; frame < frameCount; frame++) {
    for (let c = 0; c < channelCount; c++) write((frame * channelCount + c) * bytesPerSample, audio.channels[c]![frame]!);
  }
  return wrapWav({ encoding, sampleRate: audio.sampleRate, channelCount, frameCount }, data);
}

/** Wraps already-encoded sample bytes (interleaved) in a WAV header. */
export function wrapWav(format: WavFormat, data: Uint8Array): Uint8Array {
  const header = wavHeader(format, data.length);
  const out = new Uint8Array(header.length + data.length + (data.length & 1));
  out.set(header, 0);
  out.set(data, header.length);
  return out;
}

export interface WavFormat {
  encoding: WavEncoding;
  sampleRate: number;
  channelCount: number;
  frameCount: number;
}

/**
 * The RIFF header of a WAV file whose data chunk holds `dataBytes` bytes, for writers that stream
 * the samples after it (recordings). The RIFF size counts the pad byte an odd data chunk needs.
 */
export function wavHeader(format: WavFormat, dataBytes: number): Uint8Array {
  const { encoding, sampleRate, channelCount, frameCount } = format;
  const bytesPerSample = wavBytesPerSample[encoding];
  const pcm = encoding.startsWith('pcm');
  const fmtSize = pcm ? 16 : 18;
  const factSize = pcm ? 0 : 12;
  const headerSize = 12 + 8 + fmtSize + factSize + 8;
  const out = new Uint8Array(headerSize);
  const view = new DataView(out.buffer);
  let o = 0;
  const tag = (text: string) => {
    for (let i = 0; i < 4; i++) out[o + i] = text.charCodeAt(i);
    o += 4;
  };
  const u32 = (n: number) => {
    view.setUint32(o, n, true);
    o += 4;
  };
  const u16 = (n: number) => {
    view.setUint16(o, n, true);
    o += 2;
  };
  tag('RIFF');
  u32(headerSize + dataBytes + (dataBytes & 1) - 8);
  tag('WAVE');
  tag('fmt ');
  u32(fmtSize);
  u16(wavTagOf(encoding));
  u16(channelCount);
  u32(sampleRate);
  u32(sampleRate * channelCount * bytesPerSample);
  u16(channelCount * bytesPerSample);
  u16(bytesPerSample * 8);
  if (!pcm) u16(0);
  if (!pcm) {
    tag('fact');
    u32(4);
    u32(frameCount);
  }
  tag('data');
  u32(dataBytes);
  return out;
}

function sampleWriter(encoding: WavEncoding, view: DataView): (offset: number, sample: number) => void {
  const int = (sample: number, bits: number) => {
    const max = 2 ** (bits - 1);
    return Math.max(-max, Math.min(max - 1, Math.round(sample * max)));
  };
  switch (encoding) {
    case 'pcm8':
      return (o, s) => view.setUint8(o, int(s, 8) + 128);
    case 'pcm16':
      return (o, s) => view.setInt16(o, int(s, 16), true);
    case 'pcm24':
      return (o, s) => {
        const v = int(s, 24);
        view.setUint8(o, v & 0xff);
        view.setUint8(o + 1, (v >> 8) & 0xff);
        view.setUint8(o + 2, (v >> 16) & 0xff);
      };
    case 'pcm32':
      return (o, s) => view.setInt32(o, int(s, 32), true);
    case 'float32':
      return (o, s) => view.setFloat32(o, s, true);
    case 'float64':
      return (o, s) => view.setFloat64(o, s, true);
    case 'alaw':
      return (o, s) => view.setUint8(o, alawEncodeSample(int(s, 16)));
    case 'mulaw':
      return (o, s) => view.setUint8(o, mulawEncodeSample(int(s, 16)));
  }
}
