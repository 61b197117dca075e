// Benchmark: the callback outbox's due query with ordering keys (decision 0464: a §6.3.6 turn
// waits while an earlier turn of its call is pending). Measures listDue + nextDueAtMs per second on
// a table of delivered history and pending deliveries, with every pending delivery keyed (200
// calls x 25 turns, one head each) against a baseline measured in the same run: the same rows
// without keys (the unordered outbox). Run: npx tsx bench/outbox-order.bench.ts [history] [seconds] [store-url].
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { createRepositories, openStore } from '../src/store/index.ts';

const history = Number(process.argv[2] ?? 50_000);
const seconds = Math.min(Number(process.argv[3] ?? 2), 20);
const url = process.argv[4] ?? 'sqlite::memory:';
const calls = 200;
const turns = 25;

async function table(keyed: boolean) {
  const store = await openStore({ url });
  const repos = createRepositories(store.db);
  const row = (n: number, status: string, orderKey: string | null) => ({
    id: String(9_000_000_000_000_000_000n + BigInt(n)), vdnId: 1, kind: 'asr-result', url: 'http://127.0.0.1:9/cb', body: '{}', attempts: status === 'pending' ? 0 : 1,
    maxAttempts: 5, nextAttemptAtMs: n, status, lastError: null, createdAtMs: n, retryDelayMs: null, orderKey,
  });
  await store.db.deleteFrom('callbackDelivery').execute();
  const rows = Array.from({ length: history }, (_, n) => row(n, 'delivered', keyed ? `k${n % calls}` : null));
  for (let t = 0; t < turns; t++) for (let c = 0; c < calls; c++) rows.push(row(history + t * calls + c, 'pending', keyed ? `k${c}` : null));
  for (let i = 0; i < rows.length; i += 500) await store.db.insertInto('callbackDelivery').values(rows.slice(i, i + 500)).execute();
  return { store, repos };
}

async function rate(keyed: boolean): Promise<{ perSecond: number; due: number }> {
  const { store, repos } = await table(keyed);
  let due = 0;
  let n = 0;
  const until = performance.now() + seconds * 1000;
  while (performance.now() < until) {
    due = (await repos.callbacks.listDue(Number.MAX_SAFE_INTEGER, 50)).length;
    await repos.callbacks.nextDueAtMs();
    n += 1;
  }
  await store.close();
  return { perSecond: n / seconds, due };
}

const rounds = [];
for (let r = 0; r < 3; r++) {
  const baseline = await rate(false);
  const ordered = await rate(true);
  rounds.push({ baseline, ordered, ratio: ordered.perSecond / baseline.perSecond });
}
const median = rounds.map((r) => r.ratio).sort((a, b) => a - b)[1]!;
console.log(`store ${url.split(':')[0]}, ${history} delivered + ${calls * turns} pending, load avg ${os.loadavg()[0]!.toFixed(1)}`);
for (const r of rounds) console.log(`unordered ${r.baseline.perSecond.toFixed(0)}/s (${r.baseline.due} due), ordered ${r.ordered.perSecond.toFixed(0)}/s (${r.ordered.due} due), ratio ${r.ratio.toFixed(2)}`);
console.log(`median ratio ordered / unordered: ${median.toFixed(2)}`);
