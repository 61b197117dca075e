import { alawDecodeSample, mulawDecodeSample } from './g711.ts';
import { wavBytesPerSample, wavFormatTag, type WavEncoding } from './wav-format.ts';

/** A parsed WAV file: its format and where its samples are; samples are read block by block. */
export interface WavAudio {
  readonly kind: 'pcm';
  readonly encoding: WavEncoding;
  readonly sampleRate: number;
  readonly channelCount: number;
  readonly frameCount: number;
  /** Bytes from one frame to the next (all channels of one instant). */
  readonly blockAlign: number;
  readonly bytesPerSample: number;
  readonly data: Uint8Array;
}

/** A WAV container around MPEG audio (format 0x55): the payload is decoded as MP3. */
export interface WavWrappedMpeg {
  readonly kind: 'mpeg';
  readonly data: Uint8Array;
}

export type WavParseResult = { ok: true; wav: WavAudio | WavWrappedMpeg } | { ok: false; reason: string };

/** Sample rates we accept: beyond these a header is more likely corrupt than real. */
export const wavSampleRateMin = 1000;
export const wavSampleRateMax = 768_000;
/** More channels than this is not a voice recording (7.1.4.4 object audio has 16). */
export const wavChannelCountMax = 64;

interface FmtChunk {
  tag: number;
  channelCount: number;
  sampleRate: number;
  blockAlign: number;
  bitsPerSample: number;
}

/**
 * Parses a RIFF/WAVE (or RF64) file. Lenient where writers commonly are sloppy: an oversized or
 * "unknown" (0 or 0xFFFFFFFF) data size runs to the end of the file, odd chunks may lack their pad
 * byte, and WAVE_FORMAT_EXTENSIBLE is read through its sub-format. Strict where the audio could
 * not be read: a missing fmt or data chunk, an encoding we cannot decode, inconsistent sizes.
 */
export function parseWav(bytes: Uint8Array): WavParseResult {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 12) return { ok: false, reason: 'the WAV file is too short to hold a RIFF header' };
  const magic = ascii(bytes, 0, 4);
  if ((magic !== 'RIFF' && magic !== 'RF64') || ascii(bytes, 8, 4) !== 'WAVE') {
    return { ok: false, reason: 'the file is not a RIFF/WAVE file' };
  }
  let fmt: FmtChunk | undefined;
  let data: Uint8Array | undefined;
  for (let offset = 12; offset + 8 <= bytes.length; ) {
    const id = ascii(bytes, offset, 4);
    const declared = view.getUint32(offset + 4, true);
    const bodyStart = offset + 8;
    const available = bytes.length - bodyStart;
    if (id === 'data') {
      const unknownSize = declared === 0 || declared === 0xffffffff || declared > available;
      data = bytes.subarray(bodyStart, bodyStart + (unknownSize ? available : declared));
      if (fmt) break;
      offset = bodyStart + data.length + (data.length & 1);
      continue;
    }
    if (declared > available) return { ok: false, reason: `the WAV chunk "${printable(id)}" at byte ${offset} runs past the end of the file` };
    if (id === 'fmt ') {
      const parsed = parseFmt(view, bodyStart, declared);
      if (typeof parsed === 'string') return { ok: false, reason: parsed };
      fmt = parsed;
    }
    offset = bodyStart + declared + (declared & 1);
  }
  if (!fmt) return { ok: false, reason: 'the WAV file has no "fmt " chunk' };
  if (!data) return { ok: false, reason: 'the WAV file has no "data" chunk' };
  if (fmt.tag === wavFormatTag.mpegLayer3) return { ok: true, wav: { kind: 'mpeg', data } };
  return describePcm(fmt, data);
}

function parseFmt(view: DataView, start: number, size: number): FmtChunk | string {
  if (size < 16) return 'the WAV "fmt " chunk is shorter than 16 bytes';
  let tag = view.getUint16(start, true);
  const fmt = {
    channelCount: view.getUint16(start + 2, true),
    sampleRate: view.getUint32(start + 4, true),
    blockAlign: view.getUint16(start + 12, true),
    bitsPerSample: view.getUint16(start + 14, true),
  };
  if (tag === wavFormatTag.extensible) {
    // The sub-format GUID starts with the classic format tag (KSDATAFORMAT_SUBTYPE_*).
    if (size < 40) return 'the WAV "fmt " chunk is WAVE_FORMAT_EXTENSIBLE but shorter than 40 bytes';
    tag = view.getUint16(start + 24, true);
  }
  return { tag, ...fmt };
}

function describePcm(fmt: FmtChunk, data: Uint8Array): WavParseResult {
  const { channelCount, sampleRate } = fmt;
  if (channelCount < 1 || channelCount > wavChannelCountMax) return { ok: false, reason: `the WAV file declares ${channelCount} channels (1 to ${wavChannelCountMax} are supported)` };
  if (sampleRate < wavSampleRateMin || sampleRate > wavSampleRateMax) {
    return { ok: false, reason: `the WAV sample rate ${sampleRate} Hz is outside ${wavSampleRateMin}–${wavSampleRateMax} Hz` };
  }
  // The container width comes from blockAlign when it is consistent (24-bit samples in 32-bit
  // slots are common in WAVE_FORMAT_EXTENSIBLE files), otherwise from the bit depth.
  const bytesPerSample = fmt.blockAlign > 0 && fmt.blockAlign % channelCount === 0 ? fmt.blockAlign / channelCount : Math.ceil(fmt.bitsPerSample / 8);
  const encoding = encodingOf(fmt.tag, bytesPerSample);
  if (!encoding) return { ok: false, reason: `the WAV encoding (format ${formatName(fmt.tag)}, ${bytesPerSample * 8}-bit) is not supported; use PCM, IEEE float, A-law or µ-law` };
  const blockAlign = bytesPerSample * channelCount;
  const frameCount = Math.floor(data.length / blockAlign);
  if (frameCount === 0) return { ok: false, reason: 'the WAV file contains no audio' };
  return { ok: true, wav: { kind: 'pcm', encoding, sampleRate, channelCount, frameCount, blockAlign, bytesPerSample: wavBytesPerSample[encoding], data } };
}

function encodingOf(tag: number, bytesPerSample: number): WavEncoding | undefined {
  if (tag === wavFormatTag.pcm) return (['pcm8', 'pcm16', 'pcm24', 'pcm32'] as const)[bytesPerSample - 1];
  if (tag === wavFormatTag.float) return bytesPerSample === 4 ? 'float32' : bytesPerSample === 8 ? 'float64' : undefined;
  if (tag === wavFormatTag.alaw && bytesPerSample === 1) return 'alaw';
  if (tag === wavFormatTag.mulaw && bytesPerSample === 1) return 'mulaw';
  return undefined;
}

function formatName(tag: number): string {
  const names: Record<number, string> = { 0x0002: 'MS ADPCM', 0x0011: 'IMA ADPCM', 0x0031: 'GSM 6.10', 0x0050: 'MPEG-1 Layer I/II' };
  return names[tag] ?? `0x${tag.toString(16).padStart(4, '0')}`;
}

/**
 * Reads `count` frames from `first` as one Float32Array per channel, samples in [-1, 1].
 * 8-bit PCM is unsigned (offset 128) as the RIFF specification defines; wider PCM is signed.
 */
export function readWavFrames(wav: WavAudio, first: number, count: number): Float32Array[] {
  const frames = Math.max(0, Math.min(count, wav.frameCount - first));
  const view = new DataView(wav.data.buffer, wav.data.byteOffset, wav.data.byteLength);
  const read = sampleReader(wav.encoding, view);
  const channels = Array.from({ length: wav.channelCount }, () => new Float32Array(frames));
  for (let frame = 0; frame < frames; frame++) {
    const base = (first + frame) * wav.blockAlign;
    for (let c = 0; c < wav.channelCount; c++) channels[c]![frame] = read(base + c * wav.bytesPerSample);
  }
  return channels;
}

function sampleReader(encoding: WavEncoding, view: DataView): (offset: number) => number {
  switch (encoding) {
    case 'pcm8':
      return (o) => (view.getUint8(o) - 128) / 128;
    case 'pcm16':
      return (o) => view.getInt16(o, true) / 32768;
    case 'pcm24':
      return (o) => ((view.getUint8(o + 2) << 24) | (view.getUint8(o + 1) << 16) | (view.getUint8(o) << 8)) / 2147483648;
    case 'pcm32':
      return (o) => view.getInt32(o, true) / 2147483648;
    case 'float32':
      return (o) => finiteOrSilence(view.getFloat32(o, true));
    case 'float64':
      return (o) => finiteOrSilence(view.getFloat64(o, true));
    case 'alaw':
      return (o) => alawDecodeSample(view.getUint8(o)) / 32768;
    case 'mulaw':
      return (o) => mulawDecodeSample(view.getUint8(o)) / 32768;
  }
}

/** A NaN or infinite float sample (a corrupt file) is read as silence rather than poisoning the mix. */
function finiteOrSilence(value: number): number {
  return Number.isFinite(value) ? value : 0;
}

function ascii(bytes: Uint8Array, offset: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(offset, offset + length));
}

function printable(text: string): string {
  return text.replace(/[^\x20-\x7e]/g, '?');
}
