/**
 * Walks the frames of an MPEG audio stream (ISO/IEC 11172-3 and 13818-3 frame headers) to check
 * that an upload is a whole, well-formed MP3 before it is decoded: a corrupt or truncated file is
 * refused with the byte where it goes wrong, and the duration is known before any decoding work.
 */
export interface Mp3Scan {
  /** Where the first frame starts (after ID3v2 tags and any leading junk we skipped). */
  readonly firstFrameOffset: number;
  /** Where the last whole frame ends. */
  readonly endOffset: number;
  readonly frameCount: number;
  readonly sampleRate: number;
  readonly channelCount: 1 | 2;
  readonly samplesPerFrame: number;
  /** Frame boundaries, for feeding the decoder whole frames. */
  readonly frameOffsets: readonly number[];
}

export type Mp3ScanResult = { ok: true; scan: Mp3Scan } | { ok: false; reason: string };

export interface Mp3FrameHeader {
  version: 1 | 2 | 2.5;
  layer: 1 | 2 | 3;
  bitrateKbps: number;
  sampleRate: number;
  channelCount: 1 | 2;
  frameBytes: number;
  samplesPerFrame: number;
}

const bitratesKbps: Record<string, readonly number[]> = {
  '1-1': [32, 64, 96, 128, 160, 192, 224, 256, 288, 320, 352, 384, 416, 448],
  '1-2': [32, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320, 384],
  '1-3': [32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224, 256, 320],
  '2-1': [32, 48, 56, 64, 80, 96, 112, 128, 144, 160, 176, 192, 224, 256],
  '2-2': [8, 16, 24, 32, 40, 48, 56, 64, 80, 96, 112, 128, 144, 160],
};
const sampleRates: Record<number, readonly number[]> = { 1: [44100, 48000, 32000], 2: [22050, 24000, 16000], 2.5: [11025, 12000, 8000] };

/** How far into a file we look for the first frame (some tools leave junk before it). */
const leadingJunkBytesMax = 64 * 1024;
/** Consecutive frames that must chain for a sync word to count as the start of the stream. */
const syncConfirmFrames = 3;

/** Decodes the 4-byte frame header at `offset`, or undefined when there is none there. */
export function readMp3FrameHeader(bytes: Uint8Array, offset: number): Mp3FrameHeader | undefined {
  if (offset + 4 > bytes.length) return undefined;
  const b1 = bytes[offset + 1]!;
  const b2 = bytes[offset + 2]!;
  const b3 = bytes[offset + 3]!;
  if (bytes[offset] !== 0xff || (b1 & 0xe0) !== 0xe0) return undefined;
  const versionBits = (b1 >> 3) & 3;
  const layerBits = (b1 >> 1) & 3;
  const bitrateIndex = b2 >> 4;
  const rateIndex = (b2 >> 2) & 3;
  // Reserved version, layer or sample rate, and the "bad" bitrate index, mark a false sync.
  // Free-format streams (index 0) have no computable frame length; encoders no longer write them.
  if (versionBits === 1 || layerBits === 0 || rateIndex === 3 || bitrateIndex === 0 || bitrateIndex === 15) return undefined;
  const version = versionBits === 3 ? 1 : versionBits === 2 ? 2 : 2.5;
  const layer = (4 - layerBits) as 1 | 2 | 3;
  const table = version === 1 ? `1-${layer}` : `2-${layer === 1 ? 1 : 2}`;
  const bitrateKbps = bitratesKbps[table]![bitrateIndex - 1]!;
  const sampleRate = sampleRates[version]![rateIndex]!;
  const padding = (b2 >> 1) & 1;
  const channelCount = b3 >> 6 === 3 ? 1 : 2;
  let frameBytes: number;
  let samplesPerFrame: number;
  if (layer === 1) {
    frameBytes = (Math.floor((12 * bitrateKbps * 1000) / sampleRate) + padding) * 4;
    samplesPerFrame = 384;
  } else if (layer === 2 || version === 1) {
    frameBytes = Math.floor((144 * bitrateKbps * 1000) / sampleRate) + padding;
    samplesPerFrame = 1152;
  } else {
    // MPEG-2 and 2.5 Layer III frames hold one granule: half the samples, half the bytes.
    frameBytes = Math.floor((72 * bitrateKbps * 1000) / sampleRate) + padding;
    samplesPerFrame = 576;
  }
  return { version, layer, bitrateKbps, sampleRate, channelCount, frameBytes, samplesPerFrame };
}

/** Validates the whole stream: ID3v2 tags, then back-to-back frames, then only known trailing tags. */
export function scanMp3(bytes: Uint8Array): Mp3ScanResult {
  const start = findStreamStart(bytes, skipId3v2(bytes));
  if (start === undefined) return { ok: false, reason: 'no MPEG audio frame was found: the file is not an MP3 file' };
  const first = readMp3FrameHeader(bytes, start)!;
  const frameOffsets: number[] = [];
  let offset = start;
  let channelCount = first.channelCount;
  while (offset < bytes.length) {
    const header = readMp3FrameHeader(bytes, offset);
    if (!header) {
      if (isTrailer(bytes, offset)) break;
      return { ok: false, reason: `the MP3 file is corrupt: no frame header at byte ${offset} (frame ${frameOffsets.length + 1})` };
    }
    if (header.version !== first.version || header.layer !== first.layer || header.sampleRate !== first.sampleRate) {
      return { ok: false, reason: `the MP3 file is corrupt: the frame at byte ${offset} changes format (${header.sampleRate} Hz, layer ${header.layer})` };
    }
    if (offset + header.frameBytes > bytes.length) {
      return { ok: false, reason: `the MP3 file is truncated: frame ${frameOffsets.length + 1} at byte ${offset} needs ${header.frameBytes} bytes, ${bytes.length - offset} remain` };
    }
    if (header.channelCount === 2) channelCount = 2;
    frameOffsets.push(offset);
    offset += header.frameBytes;
  }
  return {
    ok: true,
    scan: { firstFrameOffset: start, endOffset: offset, frameCount: frameOffsets.length, sampleRate: first.sampleRate, channelCount, samplesPerFrame: first.samplesPerFrame, frameOffsets },
  };
}

/** Whether the bytes look like MPEG audio: an ID3v2 tag or a frame sync at the start. */
export function looksLikeMp3(bytes: Uint8Array): boolean {
  return isAscii(bytes, 0, 'ID3') || readMp3FrameHeader(bytes, 0) !== undefined;
}

function skipId3v2(bytes: Uint8Array): number {
  let offset = 0;
  // Several tags may follow each other; each is "ID3", version, flags and a syncsafe size.
  while (isAscii(bytes, offset, 'ID3') && offset + 10 <= bytes.length) {
    const size = ((bytes[offset + 6]! & 0x7f) << 21) | ((bytes[offset + 7]! & 0x7f) << 14) | ((bytes[offset + 8]! & 0x7f) << 7) | (bytes[offset + 9]! & 0x7f);
    const footer = bytes[offset + 5]! & 0x10 ? 10 : 0;
    offset += 10 + size + footer;
  }
  return offset;
}

/** The first offset where `syncConfirmFrames` frames of one format chain (or run to the end). */
function findStreamStart(bytes: Uint8Array, from: number): number | undefined {
  const limit = Math.min(bytes.length, from + leadingJunkBytesMax);
  for (let offset = from; offset < limit; offset++) {
    const header = readMp3FrameHeader(bytes, offset);
    if (!header) continue;
    let next = offset + header.frameBytes;
    let chained = 1;
    while (chained < syncConfirmFrames && next < bytes.length) {
      const following = readMp3FrameHeader(bytes, next);
      if (!following || following.sampleRate !== header.sampleRate || following.layer !== header.layer) break;
      next += following.frameBytes;
      chained++;
    }
    // A stream shorter than the confirmation run is accepted only where no junk precedes it.
    const shortStream = offset === from && (next >= bytes.length || isTrailer(bytes, next));
    if (chained >= syncConfirmFrames || shortStream) return offset;
  }
  return undefined;
}

/** ID3v1, APEv2 and Lyrics3 tags, or zero padding, may follow the last frame. */
function isTrailer(bytes: Uint8Array, offset: number): boolean {
  if (isAscii(bytes, offset, 'TAG') || isAscii(bytes, offset, 'APETAGEX') || isAscii(bytes, offset, 'LYRICSBEGIN')) return true;
  for (let i = offset; i < bytes.length; i++) if (bytes[i] !== 0) return false;
  return true;
}

function isAscii(bytes: Uint8Array, offset: number, text: string): boolean {
  if (offset + text.length > bytes.length) return false;
  for (let i = 0; i < text.length; i++) if (bytes[offset + i] !== text.charCodeAt(i)) return false;
  return true;
}
