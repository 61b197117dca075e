import fs from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

/**
 * Flushes a SQLite write-ahead log to disk off the event loop (decision 0020). The database runs
 * with `synchronous = NORMAL`, so a commit only writes the log; `sync()` resolves once everything
 * committed before the call is on disk. A flush runs on libuv's thread pool; callers that arrive
 * while one runs share the next one, so one flush makes many commits durable (group commit).
 */
/** What the flushes did so far, for the benchmarks (issue 8: how many commits share a flush). */
export interface WalFlushStats {
  /** Commits that asked to be made durable. */
  syncs: number;
  /** fdatasync calls made for them. */
  flushes: number;
  /** Wall time spent in those calls, summed. */
  flushMsTotal: number;
}

export class WalSync {
  readonly stats: WalFlushStats = { syncs: 0, flushes: 0, flushMsTotal: 0 };
  private fd: number | undefined;
  private current: Promise<void> | undefined;
  private next: Promise<void> | undefined;

  constructor(private readonly databaseFile: string) {}

  sync(): Promise<void> {
    this.stats.syncs++;
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
    await new Promise<void>((resolve, reject) => fs.fdatasync(fd, (error) => (error ? reject(error) : resolve())));
    this.stats.flushes++;
    this.stats.flushMsTotal += performance.now() - startedAt;
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
