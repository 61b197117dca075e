import { encodeWav, parseWav, readWavFrames, StreamingResampler } from '../../media/index.ts';
import { espeakVoiceOf, espeakWav } from '../../media/tts/espeak-synthesiser.ts';

/** 10.21 answers 16 kHz WAV (ref L38760). */
export const ttsSampleRate = 16000;

/** The five voices of ref L38676; all are Mandarin, so English text falls back to an English voice. */
export const ttsVoices = ['cn_chengshuxing_common', 'cn_kefuman_common', 'cn_roumeiqian_common', 'cn_tianmeiru_common', 'cn_ziranzhen_common'] as const;

export interface TtsResult {
  voiceData: string;
  sentences: { st: number; et: number; offset: number; len: number }[];
}

/**
 * CEC §10.21 (ref L38641–38764, decision 1009): eSpeak NG synthesises each sentence (the `text2wav`
 * WebAssembly build), resampled to 16 kHz 16-bit mono PCM. `sentences` give each sentence's time
 * span in ms and its place in the text in UTF-8 bytes (the example's `len 48` is 16 Chinese
 * characters). Pitch is not adjustable in this synthesiser.
 */
export async function textToVoice(text: string, config: { speed: number; volume: number }): Promise<TtsResult> {
  const parts = text.match(/[^。！？.!?]+[。！？.!?]*/gu)?.filter((p) => p.trim() !== '') ?? [text];
  const speed = Math.round(175 + (config.speed / 500) * (config.speed < 0 ? 95 : 275));
  const amplitude = Math.round(config.volume * 2);
  const pcm: Float32Array[] = [];
  const sentences: TtsResult['sentences'] = [];
  let samples = 0;
  let offset = 0;
  for (const part of parts) {
    const voice = /[\u3400-\u9fff]/u.test(part) ? espeakVoiceOf.zh_CN! : espeakVoiceOf.en_US!;
    const parsed = parseWav(await espeakWav(part, { voice, speed, amplitude }));
    if (!parsed.ok || parsed.wav.kind !== 'pcm') throw new Error('the synthesiser produced no PCM audio');
    const [mono] = readWavFrames(parsed.wav, 0, parsed.wav.frameCount);
    const resampler = new StreamingResampler(parsed.wav.sampleRate, ttsSampleRate);
    const out = [resampler.push(mono!), resampler.finish()];
    const length = out[0]!.length + out[1]!.length;
    const len = Buffer.byteLength(part, 'utf8');
    sentences.push({ st: Math.round((samples / ttsSampleRate) * 1000), et: Math.round(((samples + length) / ttsSampleRate) * 1000), offset, len });
    pcm.push(...out);
    samples += length;
    offset += len;
  }
  const joined = new Float32Array(samples);
  let at = 0;
  for (const block of pcm) {
    joined.set(block, at);
    at += block.length;
  }
  const wav = encodeWav({ sampleRate: ttsSampleRate, channels: [joined] }, 'pcm16');
  return { voiceData: Buffer.from(wav).toString('base64'), sentences };
}
