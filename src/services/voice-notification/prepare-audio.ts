import { readFile } from 'node:fs/promises';
import { parseWav } from '../../media/index.ts';
import type { RecordingStore } from '../../media/recordings/index.ts';
import { synthesiseSpeech } from '../../media/tts/index.ts';
import type { PlayItem } from './play-items.ts';

/** What the call plays, each item as a file of the recording store or the voice store, with its length. */
export interface PreparedAudio {
  /** Where each item's audio is: the voice file's path, or the store key of the synthesised speech. */
  files: string[];
  durationsMs: number[];
}

/** The length of a stored platform WAV (8 kHz A-law, §5.4.4), read from its header. */
async function fileDurationMs(storagePath: string): Promise<number> {
  const parsed = parseWav(new Uint8Array(await readFile(storagePath)));
  if (!parsed.ok || parsed.wav.kind !== 'pcm') throw new Error(`the voice file ${storagePath} cannot be read`);
  return Math.round((parsed.wav.frameCount / parsed.wav.sampleRate) * 1000);
}

/**
 * Prepares the audio of a notification before the call starts (the engine then only counts time):
 * voice files are measured, texts are synthesised to real 8 kHz A-law files under
 * `voice-notification/{vdnId}/{callSerialNo}/{n}.wav` and measured.
 */
export async function prepareAudio(store: RecordingStore, vdnId: number, callSerialNo: string, items: readonly PlayItem[]): Promise<PreparedAudio> {
  const files: string[] = [];
  const durationsMs: number[] = [];
  for (const [index, item] of items.entries()) {
    if (item.kind === 'file') {
      files.push(item.storagePath);
      durationsMs.push(await fileDurationMs(item.storagePath));
      continue;
    }
    const speech = await synthesiseSpeech(item.text, { locale: item.locale, speed: item.speed, volume: item.volume });
    const key = `voice-notification/${vdnId}/${callSerialNo}/${index + 1}.wav`;
    await store.write(key, [speech.wav]);
    files.push(key);
    durationsMs.push(speech.durationMs);
  }
  return { files, durationsMs };
}
