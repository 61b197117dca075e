// A process that opens a SQLite file store, writes enough for the worker to checkpoint, closes the
// store and prints "closed" (test/storage/wal-checkpoint.int.test.ts): the close must finish
// before the process ends, with nothing else keeping the event loop alive.
import path from 'node:path';
import { inTransaction, openStore } from '../../src/store/index.ts';

const [dataDir = '/tmp'] = process.argv.slice(2);
const store = await openStore({ url: path.join(dataDir, 'child.db') });
for (let i = 1; i <= 150; i++) await inTransaction(store, (repos) => repos.idCounters.raiseTo('child', i));
const { checkpoints } = store.flushStats!();
await store.close();
process.stdout.write(`closed after ${checkpoints} checkpoints\n`);
