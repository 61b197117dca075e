import type { RecordingStore, StoredFile } from './recording-store.ts';

/** Enough of a file to hold the RIFF header, fmt chunk and the data chunk's header of our WAVs. */
export const wavHeaderBytesMax = 512;

/**
 * The playing time of a stored WAV, read from its header (the fmt chunk's byte rate and the data
 * chunk's size), so that a playback ends when the file's real audio does (§13.1.1.1). A data size
 * past the end of the file counts to the end; undefined when the header is not a WAV's.
 */
export async function storedWavDurationMs(store: RecordingStore, key: string, file: StoredFile): Promise<number | undefined> {
  const chunks: Buffer[] = [];
  for await (const chunk of store.read(key, { start: 0, end: Math.min(file.sizeBytes, wavHeaderBytesMax) - 1 })) chunks.push(chunk as Buffer);
  return wavHeaderDurationMs(Buffer.concat(chunks), file.sizeBytes);
}

/** The playing time a WAV's first bytes (`head`, up to `wavHeaderBytesMax`) declare for a file of `sizeBytes`. */
export function wavHeaderDurationMs(head: Buffer, sizeBytes: number): number | undefined {
  if (head.length < 12 || head.toString('latin1', 0, 4) !== 'RIFF' || head.toString('latin1', 8, 12) !== 'WAVE') return undefined;
  let byteRate = 0;
  for (let offset = 12; offset + 8 <= head.length; ) {
    const id = head.toString('latin1', offset, offset + 4);
    const size = head.readUInt32LE(offset + 4);
    if (id === 'fmt ' && offset + 20 <= head.length) byteRate = head.readUInt32LE(offset + 16);
    if (id === 'data') {
      if (byteRate <= 0) return undefined;
      const dataBytes = Math.min(size, sizeBytes - offset - 8);
      return Math.round((dataBytes / byteRate) * 1_000);
    }
    offset += 8 + size + (size & 1);
  }
  return undefined;
}
