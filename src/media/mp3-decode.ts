import { MPEGDecoder } from 'mpg123-decoder';
import type { Mp3Scan } from './mp3-frames.ts';

/** Frames handed to the decoder at once: about 7 s of 44.1 kHz audio, a few hundred kB of PCM. */
const framesPerBlock = 256;

export type Mp3DecodeResult = { ok: true; sampleRate: number; sampleCount: number } | { ok: false; reason: string };

/**
 * Decodes a scanned MP3 stream with libmpg123 compiled to WebAssembly (the `mpg123-decoder`
 * package: no native build, no network; decision 0302), block by block so that a long file never
 * sits in memory as floating-point PCM. `onBlock` receives each block's channels; it may be async
 * (the caller yields to the event loop there). Gapless trimming follows the LAME/Xing header.
 */
export async function decodeMp3(
  bytes: Uint8Array,
  scan: Mp3Scan,
  onBlock: (channels: Float32Array[], sampleRate: number) => void | Promise<void>,
): Promise<Mp3DecodeResult> {
  const decoder = new MPEGDecoder();
  await decoder.ready;
  try {
    let sampleCount = 0;
    let sampleRate = scan.sampleRate;
    for (let first = 0; first < scan.frameCount; first += framesPerBlock) {
      const last = Math.min(first + framesPerBlock, scan.frameCount);
      const from = scan.frameOffsets[first]!;
      const to = last < scan.frameCount ? scan.frameOffsets[last]! : scan.endOffset;
      const decoded = decoder.decode(bytes.subarray(from, to));
      if (decoded.errors.length > 0) {
        const error = decoded.errors[0]!;
        return { ok: false, reason: `the MP3 file could not be decoded near frame ${first + 1}: ${error.message}` };
      }
      if (decoded.samplesDecoded === 0) continue;
      sampleRate = decoded.sampleRate || sampleRate;
      sampleCount += decoded.samplesDecoded;
      // The decoder always outputs two channels; a mono stream's second one is a copy.
      const channels = decoded.channelData.slice(0, scan.channelCount).map((channel) => channel.subarray(0, decoded.samplesDecoded));
      await onBlock(channels, sampleRate);
    }
    if (sampleCount === 0) return { ok: false, reason: 'the MP3 file contains no audio' };
    return { ok: true, sampleRate, sampleCount };
  } finally {
    decoder.free();
  }
}
