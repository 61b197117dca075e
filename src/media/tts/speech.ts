import { transcodeToPlatformWav } from '../transcode.ts';
import { espeakVoiceOf, espeakWav } from './espeak-synthesiser.ts';

/** Longest text we synthesise in one piece (a §14.2 voiceContent is at most 1000 characters, ref L69552). */
export const speechTextLengthMax = 1000;
/** Longest synthesised audio (1000 characters at the slowest rate stay well under it). */
const speechDurationMsMax = 20 * 60_000;

export interface SpeechOptions {
  /** A locale of §5.4.5 (en_US, zh_CN, pt_BR, th_TH); default en_US. */
  locale?: string;
  /** §5.4.5 speed −500…500 (ref L6618), 0 normal: mapped onto eSpeak's 80–450 words per minute. */
  speed?: number;
  /** §5.4.5 volume −500…500 (ref L6619), 0 normal: mapped onto eSpeak's amplitude 0–200. */
  volume?: number;
}

export interface Speech {
  /** The platform's format: 8 kHz, mono, A-law, in a WAV container (§5.4.4, ref L6541). */
  wav: Uint8Array;
  durationMs: number;
}

/**
 * Text to speech in the platform's audio format: eSpeak NG renders the text, and the media
 * pipeline resamples it to 8 kHz and compands it to A-law (src/media/transcode.ts). The same
 * text and options give the same bytes.
 */
export async function synthesiseSpeech(text: string, options: SpeechOptions = {}): Promise<Speech> {
  if (text.length > speechTextLengthMax) throw new RangeError(`speech text must be at most ${speechTextLengthMax} characters`);
  const speed = Math.round(175 + (Math.max(-500, Math.min(500, options.speed ?? 0)) / 500) * (options.speed && options.speed < 0 ? 95 : 275));
  const amplitude = Math.round(100 + (Math.max(-500, Math.min(500, options.volume ?? 0)) / 500) * 100);
  const voice = espeakVoiceOf[options.locale ?? 'en_US'] ?? 'en-us';
  const source = await espeakWav(text, { voice, speed, amplitude });
  const converted = await transcodeToPlatformWav(source, { durationMsMax: speechDurationMsMax });
  if (!converted.ok) throw new Error(`speech could not be converted: ${converted.reason}`);
  return { wav: converted.wav, durationMs: converted.durationMs };
}
