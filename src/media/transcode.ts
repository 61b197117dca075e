import { downmixToMono } from './downmix.ts';
import { alawEncode } from './g711.ts';
import { decodeMp3 } from './mp3-decode.ts';
import { scanMp3 } from './mp3-frames.ts';
import { StreamingResampler } from './resampler.ts';
import { parseWav, readWavFrames, type WavAudio } from './wav-decode.ts';
import { wrapWav } from './wav-encode.ts';

/** CEC §5.4.4 (ref L6541): the platform plays A-law, mono, 8-bit, 8000 Hz. */
export const platformSampleRate = 8000;

/** WAV frames read per block: under a second at 96 kHz, so memory stays small for any channel count. */
const wavFramesPerBlock = 65_536;

export interface TranscodeOptions {
  /** The longest audio accepted (decision 0302), checked from the headers before decoding. */
  durationMsMax: number;
  /** Awaited between blocks, so that converting a long file does not hold the event loop. */
  pause?: () => Promise<void>;
}

export interface TranscodeSource {
  container: 'wav' | 'mp3';
  /** The source's sample encoding ("pcm16", "alaw", "mpeg1-layer3", ...). */
  encoding: string;
  sampleRate: number;
  channelCount: number;
}

export type TranscodeResult =
  | { ok: true; wav: Uint8Array; sampleCount: number; durationMs: number; source: TranscodeSource }
  | { ok: false; reason: string };

/**
 * Converts an uploaded WAV or MP3 file to the platform's format: decode (any WAV encoding we read,
 * or MPEG audio), mix down to mono, resample to 8 kHz with an anti-aliasing filter, compand to
 * A-law and wrap in a WAV header. The container is recognised from the content, as FFmpeg does
 * for the reference's platform; a file that is neither is refused.
 */
export async function transcodeToPlatformWav(bytes: Uint8Array, options: TranscodeOptions): Promise<TranscodeResult> {
  const riff = bytes.length >= 4 && (ascii4(bytes) === 'RIFF' || ascii4(bytes) === 'RF64');
  if (riff) {
    const parsed = parseWav(bytes);
    if (!parsed.ok) return parsed;
    if (parsed.wav.kind === 'mpeg') return transcodeMp3(parsed.wav.data, options, 'wav');
    return transcodeWav(parsed.wav, options);
  }
  return transcodeMp3(bytes, options, 'mp3');
}

async function transcodeWav(wav: WavAudio, options: TranscodeOptions): Promise<TranscodeResult> {
  const durationMs = (wav.frameCount / wav.sampleRate) * 1000;
  if (durationMs > options.durationMsMax) return tooLong(durationMs, options);
  const sink = new PlatformSink();
  for (let first = 0; first < wav.frameCount; first += wavFramesPerBlock) {
    sink.push(readWavFrames(wav, first, wavFramesPerBlock), wav.sampleRate);
    await options.pause?.();
  }
  return sink.finish({ container: 'wav', encoding: wav.encoding, sampleRate: wav.sampleRate, channelCount: wav.channelCount });
}

async function transcodeMp3(bytes: Uint8Array, options: TranscodeOptions, container: 'wav' | 'mp3'): Promise<TranscodeResult> {
  const scanned = scanMp3(bytes);
  if (!scanned.ok) {
    const notAudio = container === 'mp3' && scanned.reason.startsWith('no MPEG audio frame');
    return notAudio ? { ok: false, reason: 'the file is neither a WAV nor an MP3 file' } : scanned;
  }
  const { scan } = scanned;
  const durationMs = ((scan.frameCount * scan.samplesPerFrame) / scan.sampleRate) * 1000;
  if (durationMs > options.durationMsMax) return tooLong(durationMs, options);
  const sink = new PlatformSink();
  const decoded = await decodeMp3(bytes, scan, async (channels, sampleRate) => {
    sink.push(channels, sampleRate);
    await options.pause?.();
  });
  if (!decoded.ok) return decoded;
  const header = bytes[scan.firstFrameOffset + 1]!;
  const version = ((header >> 3) & 3) === 3 ? 'mpeg1' : 'mpeg2';
  const layer = 4 - ((header >> 1) & 3);
  return sink.finish({ container, encoding: `${version}-layer${layer}`, sampleRate: decoded.sampleRate, channelCount: scan.channelCount });
}

/** Downmix → resample → A-law, block by block, collecting the encoded bytes. */
class PlatformSink {
  private resampler: StreamingResampler | undefined;
  private readonly chunks: Uint8Array[] = [];
  private sampleCount = 0;

  push(channels: Float32Array[], sampleRate: number): void {
    this.resampler ??= new StreamingResampler(sampleRate, platformSampleRate);
    this.emit(this.resampler.push(downmixToMono(channels)));
  }

  finish(source: TranscodeSource): TranscodeResult {
    if (this.resampler) this.emit(this.resampler.finish());
    if (this.sampleCount === 0) return { ok: false, reason: 'the file contains no audio' };
    const data = new Uint8Array(this.sampleCount);
    let offset = 0;
    for (const chunk of this.chunks) {
      data.set(chunk, offset);
      offset += chunk.length;
    }
    const wav = wrapWav({ encoding: 'alaw', sampleRate: platformSampleRate, channelCount: 1, frameCount: this.sampleCount }, data);
    return { ok: true, wav, sampleCount: this.sampleCount, durationMs: Math.round((this.sampleCount / platformSampleRate) * 1000), source };
  }

  private emit(samples: Float32Array): void {
    if (samples.length === 0) return;
    this.chunks.push(alawEncode(samples));
    this.sampleCount += samples.length;
  }
}

function tooLong(durationMs: number, options: TranscodeOptions): TranscodeResult {
  return { ok: false, reason: `the audio lasts ${Math.round(durationMs / 1000)} s, longer than the ${Math.round(options.durationMsMax / 1000)} s accepted` };
}

function ascii4(bytes: Uint8Array): string {
  return String.fromCharCode(bytes[0]!, bytes[1]!, bytes[2]!, bytes[3]!);
}
