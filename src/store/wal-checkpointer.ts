import { createRequire } from 'node:module';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';

/** What the worker's checkpoints did so far, for the benchmarks. */
export interface CheckpointStats {
  /** Checkpoints the worker ran. */
  checkpoints: number;
  /** Wall time the worker spent in them, summed (not the event loop's). */
  checkpointMsTotal: number;
}

/** The main connection's own automatic checkpoint, in pages: the fallback (SQLite's default is 1,000). */
export const autoCheckpointPages = 16_000;

// CommonJS run by the worker: its own connection, one PASSIVE checkpoint per request.
const workerSource = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
db.pragma('synchronous = NORMAL');
db.pragma('busy_timeout = 1000');
parentPort.on('message', (message) => {
  if (message === 'close') {
    db.close();
    parentPort.close();
    return;
  }
  try {
    db.pragma('wal_checkpoint(PASSIVE)');
    parentPort.postMessage({ ok: true });
  } catch (error) {
    parentPort.postMessage({ ok: false, error: String(error) });
  }
});
`;

const driverPath = createRequire(import.meta.url).resolve('better-sqlite3');

/**
 * Copies a SQLite write-ahead log back into the database on a worker thread (decision 0022).
 * SQLite's own automatic checkpoint runs inside the COMMIT that crosses its threshold, on the
 * event loop, and with `synchronous = NORMAL` it syncs the log and the database file there: every
 * thousand pages or so a state command's commit stopped the whole server for two disk flushes.
 * The worker holds its own connection to the file and runs PASSIVE checkpoints, which never take
 * the writer's lock: the main connection keeps committing meanwhile. SQLite syncs the database
 * before it marks frames as copied, and restarts the log only once every frame is copied, so
 * what a commit made durable stays durable. The main connection keeps an automatic checkpoint at
 * a far higher threshold (`autoCheckpointPages`), a bound on the log should the worker fall behind or fail.
 */
export class WalCheckpointer {
  readonly stats: CheckpointStats = { checkpoints: 0, checkpointMsTotal: 0 };
  private worker: Worker | undefined;
  private failed = false;
  private pending: ((ok: boolean) => void) | undefined;
  private flushesSince = 0;

  /** `everyFlushes`: WAL flushes between checkpoints (a state command's batch writes about 15 pages). */
  constructor(
    private readonly databaseFile: string,
    private readonly everyFlushes = 64,
  ) {}

  /**
   * Runs beside every `everyFlushes`-th flush of the log (a checkpoint syncs the log too), and
   * resolves when done, so that the writers waiting on that flush, the record writer among them,
   * begin their next transaction only after it: a writer that begins once every frame is copied
   * starts the log over instead of growing it. Never fails: without the worker, the main
   * connection's automatic checkpoint bounds the log.
   */
  alongsideFlush(): Promise<void> | undefined {
    if (this.failed) return undefined;
    ++this.flushesSince;
    // Started half-way to the first checkpoint: after the server's own start (a few flushes), and
    // early enough that its start-up (a thread, a connection) is not a flush's.
    if (!this.worker && this.flushesSince < this.everyFlushes / 2) return undefined;
    const worker = this.started();
    if (this.flushesSince < this.everyFlushes) return undefined;
    this.flushesSince = 0;
    const startedAt = performance.now();
    // Referenced while a checkpoint runs: a flush awaiting it must keep the process alive.
    worker.ref();
    return new Promise<void>((resolve) => {
      this.pending = (ok) => {
        worker.unref();
        if (ok) {
          this.stats.checkpoints++;
          this.stats.checkpointMsTotal += performance.now() - startedAt;
        }
        resolve();
      };
      worker.postMessage('checkpoint');
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    if (!worker) return;
    const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
    // Referenced until it has closed its connection, or the process could end before the close does.
    worker.ref();
    worker.postMessage('close');
    await exited;
  }

  private started(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(workerSource, { eval: true, workerData: { driver: driverPath, file: this.databaseFile } });
    worker.unref();
    const settle = (ok: boolean) => {
      const pending = this.pending;
      this.pending = undefined;
      pending?.(ok);
    };
    worker.on('message', (result: { ok: boolean }) => settle(result.ok));
    // A worker that fails or ends is not replaced: the main connection's own checkpoint takes over.
    const lost = () => {
      this.failed = true;
      this.worker = undefined;
      settle(false);
    };
    worker.on('error', lost);
    worker.on('exit', lost);
    this.worker = worker;
    return worker;
  }
}
