// Goal (decision 0022): a SQLite file store copies its write-ahead log back into the database on
// a worker thread, and the log starts over instead of growing, while every committed write stays
// in the store. Method: many small write transactions through the store, as the record writer
// makes them; the worker's checkpoints are counted, the log's size is bounded well below what the
// writes appended, and a reopened store reads every value back.
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { createRepositories, inTransaction, openStore } from '../../src/store/index.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A write transaction per step, each touching a few pages, like a record-writer batch. */
const transactions = 400;

describe('SQLite checkpoints off the event loop', () => {
  it('checkpoints on a worker, starts the log over and keeps every committed write', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'opencec-wal-'));
    dirs.push(dir);
    const file = path.join(dir, 'opencec.db');
    const store = await openStore({ url: file });
    const walBytes = () => fs.statSync(`${file}-wal`).size;
    // The migrations' own frames: the log's high-water mark before the test's writes.
    const walBytesBefore = walBytes();
    let walBytesMax = 0;
    for (let i = 1; i <= transactions; i++) {
      await inTransaction(store, async (repos) => {
        await repos.idCounters.raiseTo(`wal-test:${i % 50}`, i);
        await repos.idCounters.raiseTo('wal-test:last', i);
      });
      walBytesMax = Math.max(walBytesMax, walBytes());
    }
    const stats = store.flushStats!();
    expect(stats.flushes).toBeGreaterThanOrEqual(transactions);
    expect(stats.checkpoints).toBeGreaterThanOrEqual(Math.floor(transactions / 64) - 1);
    // Without restarts the log would grow by at least one frame (4 KB page + header) per transaction.
    expect(walBytesMax).toBeLessThan(walBytesBefore + (transactions / 2) * 4096);
    await store.close();

    const reopened = await openStore({ url: file });
    try {
      const repos = createRepositories(reopened.db);
      expect(await repos.idCounters.current('wal-test:last')).toBe(transactions);
      expect(await repos.idCounters.current('wal-test:7')).toBe(transactions - 43);
    } finally {
      await reopened.close();
    }
  });

  it('lets a process that closes its store end normally', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'opencec-wal-'));
    dirs.push(dir);
    const child = path.resolve(import.meta.dirname, '../support/wal-checkpoint-child.ts');
    // execFile rejects on a non-zero exit (13: the close was still pending when the loop emptied).
    const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', child, dir], { timeout: 60_000 });
    expect(stdout).toMatch(/^closed after [1-9]\d* checkpoints$/m);
  });
});
