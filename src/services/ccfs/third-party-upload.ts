import { parseWav } from '../../media/index.ts';

/** Third-Party Upload File Size Limit, default 5 MB (ref L68604). */
export const thirdPartyUploadBytesMax = 5 * 1024 * 1024;

/** Why an upload is refused, as the 13.2.3.1 code the check names. */
export type UploadRefusal = '0300035' | '0300036' | '0300037' | '0300038' | '0300039' | '0300041';

/**
 * CEC §13.2.1.13 (ref L68604): "only WAV voice files in the following format are supported: 8 bit,
 * 8000 Hz, 64 kbit/s, and mono", within the size limit. The size is checked first (0300041, so
 * that nothing larger is parsed), then in the order of the codes: not a WAV (0300035), a header
 * that cannot be read (0300039), channels (0300036), sample size (0300037), sample rate (0300038). 8-bit means A-law, µ-law or unsigned PCM: each
 * makes 64 kbit/s at 8 kHz mono.
 */
export function checkThirdPartyWav(bytes: Uint8Array): UploadRefusal | undefined {
  if (bytes.length > thirdPartyUploadBytesMax) return '0300041';
  const isRiff = bytes.length >= 12 && Buffer.from(bytes.subarray(0, 4)).toString('latin1') === 'RIFF' && Buffer.from(bytes.subarray(8, 12)).toString('latin1') === 'WAVE';
  if (!isRiff) return '0300035';
  const parsed = parseWav(bytes);
  if (!parsed.ok || parsed.wav.kind !== 'pcm') return '0300039';
  const wav = parsed.wav;
  if (wav.channelCount !== 1) return '0300036';
  if (wav.bytesPerSample !== 1) return '0300037';
  if (wav.sampleRate !== 8_000) return '0300038';
  return undefined;
}

/** The uploaded file's name: `{8 random characters}_{epoch ms}.wav` like the example (ref L68650). */
export function uploadedFileName(randomHex: string, nowMs: number): string {
  return `${randomHex.slice(0, 8)}_${nowMs}.wav`;
}
