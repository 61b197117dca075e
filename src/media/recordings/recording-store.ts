import { createReadStream } from 'node:fs';
import { mkdir, open, readdir, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';

/** A stored file's size, for Content-Length and range checks. */
export interface StoredFile {
  readonly sizeBytes: number;
}

/** An inclusive byte range, as HTTP `Range: bytes=start-end` names it. */
export interface ByteRange {
  readonly start: number;
  readonly end: number;
}

/**
 * Where recordings, bill packages and third-party IVR files live (issue 10 item 2: "storage goes
 * behind a port: the local filesystem now, an object store later"). Keys are relative POSIX paths
 * (`record/1/0/20260105/101/0800001.wav`); a key never leaves the store's root.
 */
export interface RecordingStore {
  /** Writes a file from chunks so that readers see all of it or nothing (write aside, rename). */
  write(key: string, chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>): Promise<StoredFile>;
  stat(key: string): Promise<StoredFile | undefined>;
  /** Streams the file, or the inclusive `range` of it. */
  read(key: string, range?: ByteRange): Readable;
  remove(key: string): Promise<boolean>;
  /** Names of the files directly in the folder `prefix` (not recursive), sorted. */
  list(prefix: string): Promise<string[]>;
}

/** Thrown for a key that is not a plain relative path (`..`, absolute, empty segments). */
export class StoreKeyError extends Error {}

/** Whether `key` is a relative path of plain segments, safe to join to a root. */
export function isSafeStoreKey(key: string): boolean {
  if (key === '' || key.startsWith('/') || key.includes('\\') || key.includes('\0')) return false;
  return key.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..');
}

/** Distinguishes the partial files of concurrent writes of one key. */
let partialSeq = 0;

/** The local-filesystem store: every key is a file under `root`. */
export class LocalRecordingStore implements RecordingStore {
  constructor(private readonly root: string) {}

  async write(key: string, chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>): Promise<StoredFile> {
    const target = this.pathOf(key);
    await mkdir(path.dirname(target), { recursive: true });
    const partial = `${target}.${process.pid}-${++partialSeq}.partial`;
    const handle = await open(partial, 'w');
    let sizeBytes = 0;
    try {
      for await (const chunk of chunks) {
        await handle.write(chunk);
        sizeBytes += chunk.length;
      }
      await handle.sync();
    } catch (error) {
      await handle.close();
      await rm(partial, { force: true });
      throw error;
    }
    await handle.close();
    await rename(partial, target);
    return { sizeBytes };
  }

  async stat(key: string): Promise<StoredFile | undefined> {
    if (!isSafeStoreKey(key)) return undefined;
    try {
      const info = await stat(this.pathOf(key));
      return info.isFile() ? { sizeBytes: info.size } : undefined;
    } catch {
      return undefined;
    }
  }

  read(key: string, range?: ByteRange): Readable {
    return createReadStream(this.pathOf(key), range ? { start: range.start, end: range.end } : {});
  }

  async remove(key: string): Promise<boolean> {
    if ((await this.stat(key)) === undefined) return false;
    await rm(this.pathOf(key), { force: true });
    return true;
  }

  async list(prefix: string): Promise<string[]> {
    if (!isSafeStoreKey(prefix)) return [];
    try {
      const entries = await readdir(this.pathOf(prefix), { withFileTypes: true });
      return entries.filter((e) => e.isFile() && !e.name.endsWith('.partial')).map((e) => e.name).sort();
    } catch {
      return [];
    }
  }

  private pathOf(key: string): string {
    if (!isSafeStoreKey(key)) throw new StoreKeyError(`not a store key: ${key}`);
    return path.join(this.root, ...key.split('/'));
  }
}
