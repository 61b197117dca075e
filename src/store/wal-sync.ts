import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { WalCheckpointer, type CheckpointStats } from './wal-checkpointer.ts';

/**
 * Flushes a SQLite write-ahead log to disk off the event loop (decision 0020). The database runs
 * with `synchronous = NORMAL`, so a commit only writes the log; `sync()` resolves once everything
 * committed before the call is on disk. A flush runs on libuv's thread pool; callers that arrive
 * while one runs share the next one, so one flush makes many commits durable (group commit).
 */
/** What the flushes did so far, for the benchmarks (issue 8: how many commits share a flush). */
export interface WalFlushStats extends CheckpointStats {
  /** Commits that asked to be made durable. */
  syncs: number;
  /** fdatasync calls made for them. */
  flushes: number;
  /** Wall time spent in those calls, summed. */
  flushMsTotal: number;
}

export class WalSync {
  private readonly counts = { syncs: 0, flushes: 0, flushMsTotal: 0 };
  /** Copies the log back into the database off the event loop (decision 0022). */
  private readonly checkpointer: WalCheckpointer;
  private fd: number | undefined;
  private current: Promise<void> | undefined;
  private next: Promise<void> | undefined;

  constructor(private readonly databaseFile: string) {
    this.checkpointer = new WalCheckpointer(databaseFile);
  }

  get stats(): WalFlushStats {
    return { ...this.counts, ...this.checkpointer.stats };
  }

  sync(): Promise<void> {
    this.counts.syncs++;
    // The running flush may have started before the caller's commit: it needs the one after.
    if (!this.current) return this.begin();
    this.next ??= this.current.then(() => {
      this.next = undefined;
      return this.begin();
    });
    return this.next;
  }

  async close(): Promise<void> {
    await this.next;
    await this.current;
    // Before the main connection closes: the last connection to close checkpoints and removes the log.
    await this.checkpointer.close();
    const fd = this.fd;
    if (fd !== undefined) await new Promise<void>((resolve) => fs.close(fd, () => resolve()));
    this.fd = undefined;
  }

  private begin(): Promise<void> {
    const flush = this.flush().finally(() => {
      if (this.current === flush) this.current = undefined;
    });
    this.current = flush;
    return flush;
  }

  private async flush(): Promise<void> {
    if (this.fd === undefined) {
      // SQLite creates the log at the first write and keeps it (reused after checkpoints) until
      // the last connection closes; its directory entry is made durable once.
      this.fd = await new Promise<number>((resolve, reject) => fs.open(`${this.databaseFile}-wal`, 'r', (error, fd) => (error ? reject(error) : resolve(fd))));
      await syncDirectory(path.dirname(this.databaseFile));
    }
    const fd = this.fd;
    const startedAt = performance.now();
    const synced = new Promise<void>((resolve, reject) => fs.fdatasync(fd, (error) => (error ? reject(error) : resolve())));
    // Our own fdatasync stays what makes the commits durable; the checkpoint runs beside it.
    const checkpoint = this.checkpointer.alongsideFlush();
    await (checkpoint ? Promise.all([synced, checkpoint]) : synced);
    this.counts.flushes++;
    this.counts.flushMsTotal += performance.now() - startedAt;
  }
}

async function syncDirectory(directory: string): Promise<void> {
  const handle = await fs.promises.open(directory, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
