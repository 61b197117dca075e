// Benchmark of the API edge (issue 8): state commands (saybusy/sayfree), a configuration query
// with a Bearer token (querySkills) and gateway queries (agentstatus), each beside a bare Fastify
// 5 route measured in the same run, 10 connections, as ratios of the bare route's throughput and
// with p99 latencies. Each server runs in its own child process; rounds alternate between them and
// the report takes the median ratio over rounds. Run: npm run bench:http [-- --seconds 2 --rounds 3].
// Never asserted in tests: the machine is shared and wall-clock figures are noisy.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { median, rawRequest, runLoad, type LoadResult } from './support/load.ts';
import { spawnServer } from '../test/support/server-process.ts';
import { probeFdatasync, type FlushLatency } from './support/fdatasync-probe.ts';

const flag = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const seconds = flag('seconds', 2);
const rounds = flag('rounds', 3);
const connections = flag('connections', 10);
const storeAt = process.argv.indexOf('--store');
const storeUrl = storeAt > 0 ? process.argv[storeAt + 1] : undefined;
const profile = process.argv.includes('--cpu-prof');
const onlyAt = process.argv.indexOf('--only');
const only = onlyAt > 0 ? process.argv[onlyAt + 1] : undefined;

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'opencec-bench-'));
const bare = await spawnServer('bare', dataDir);
const server = await spawnServer('opencec', dataDir, profile ? ['--cpu-prof', '--cpu-prof-dir', path.resolve('bench/profiles')] : [], storeUrl);
const base = `http://127.0.0.1:${server.port}`;

async function json(method: string, url: string, body?: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${base}${url}`, { method, headers: { 'content-type': 'application/json', ...headers }, body: body === undefined ? undefined : JSON.stringify(body) });
  return { headers: res.headers, body: (await res.json()) as Record<string, unknown> };
}

// The demo tenant's agents 101–110 sign in, one per connection; a token for querySkills.
const workNos = Array.from({ length: connections }, (_, i) => 101 + (i % 10));
const guids = new Map<number, string>();
for (const workNo of new Set(workNos)) {
  const res = await json('PUT', `/agentgateway/resource/onlineagent/${workNo}`, { password: 'Demo@123', phonenum: `70${workNo}` });
  if (res.body.retcode !== '0') throw new Error(`sign-in of ${workNo} failed: ${JSON.stringify(res.body)}`);
  guids.set(workNo, res.headers.get('guid') ?? '');
}
const token = String((await json('POST', '/apigovernance/api/oauth/tokenByAkSk', { app_key: 'demo-ak', app_secret: 'demo-sk' })).body.AccessToken);

const gatewayOk = (_: number, body: string) => body.includes('"retcode":"0"');
const agentRequests = (suffix: (n: number) => string, method: string) => {
  const cache = new Map<string, Buffer>();
  // Counted across runs, so that a run ending after saybusy starts the next with sayfree.
  const sent = workNos.map(() => 0);
  return (connection: number) => {
    const workNo = workNos[connection]!;
    const url = `/agentgateway/resource/onlineagent/${workNo}/${suffix(sent[connection]!++)}`;
    let buffer = cache.get(url);
    if (!buffer) cache.set(url, (buffer = rawRequest(method, url, { guid: guids.get(workNo)! })));
    return buffer;
  };
};

const scenarios = {
  bareGet: { port: bare.port, request: () => rawRequest('GET', '/bare') },
  barePost: { port: bare.port, request: () => rawRequest('POST', '/bare', {}, { limit: 10, offset: 0 }) },
  stateCommands: { port: server.port, request: agentRequests((n) => (n % 2 === 0 ? 'saybusy' : 'sayfree'), 'POST'), accept: gatewayOk },
  configQuery: {
    port: server.port,
    request: () => rawRequest('POST', '/apiaccess/rest/cc-management/v1/skill/querySkills', { authorization: `Bearer ${token}` }, { limit: 10, offset: 0 }),
    accept: (_: number, body: string) => body.includes('"returnCode":"0"'),
  },
  gatewayQuery: { port: server.port, request: agentRequests(() => 'agentstatus', 'GET'), accept: gatewayOk },
};
type Name = keyof typeof scenarios;
const measured = (Object.keys(scenarios) as Name[]).filter((name) => !only || name === only || name.startsWith('bare'));
const prebuilt = (name: Name) => {
  const s: { port: number; request: (connection: number) => Buffer; accept?: (status: number, body: string) => boolean } = scenarios[name];
  const once = name.startsWith('bare') || name === 'configQuery' ? s.request(0) : undefined;
  return { ...s, request: once ? () => once : s.request };
};

type Measured = LoadResult & { cpuMicrosPerRequest: number; flushes?: { perReply: number; commitsPerFlush: number; meanFlushMs: number } };
const results: Record<Name, Measured[]> = { bareGet: [], barePost: [], stateCommands: [], configQuery: [], gatewayQuery: [] };
const diskFlushes: FlushLatency[] = [];
const serverOf = (name: Name) => (name.startsWith('bare') ? bare : server);
for (const name of measured) await runLoad({ ...prebuilt(name), connections, durationMs: 500 });
for (let round = 0; round < rounds; round++) {
  for (const name of measured) {
    // The disk's own flush, just before the commands that wait for it (SQLite file store only).
    if (name === 'stateCommands' && !storeUrl) diskFlushes.push(await probeFdatasync(dataDir, 1000));
    // The serving process's own CPU time around the run, per reply, and its WAL flushes.
    const before = await serverOf(name).usage();
    const result = await runLoad({ ...prebuilt(name), connections, durationMs: seconds * 1000 });
    const after = await serverOf(name).usage();
    if (result.errors > 0) throw new Error(`${name}: ${result.errors} failed replies, first: ${result.firstError}`);
    const cpuMicrosPerRequest = (after.cpuMicros - before.cpuMicros) / result.requests;
    const f0 = before.flushStats;
    const f1 = after.flushStats;
    const flushCount = f0 && f1 ? f1.flushes - f0.flushes : 0;
    const flushes = f0 && f1 && flushCount > 0
      ? { perReply: +(flushCount / result.requests).toFixed(3), commitsPerFlush: +((f1.syncs - f0.syncs) / flushCount).toFixed(2), meanFlushMs: +((f1.flushMsTotal - f0.flushMsTotal) / flushCount).toFixed(3) }
      : undefined;
    results[name].push({ ...result, cpuMicrosPerRequest, ...(flushes ? { flushes } : {}) });
  }
}

const ratio = (name: Name, baseline: Name) => results[name].length === 0 ? undefined : +median(results[name].map((r, i) => r.perSecond / results[baseline][i]!.perSecond)).toFixed(2);
// Bare CPU per reply over ours: the throughput ratio a CPU-bound server would reach on idle cores.
const cpuRatio = (name: Name, baseline: Name) => results[name].length === 0 ? undefined : +median(results[name].map((r, i) => results[baseline][i]!.cpuMicrosPerRequest / r.cpuMicrosPerRequest)).toFixed(2);
const summary = (name: Name) => results[name].length === 0 ? undefined : ({
  perSecond: Math.round(median(results[name].map((r) => r.perSecond))),
  p50Ms: +median(results[name].map((r) => r.p50Ms)).toFixed(2),
  p99Ms: +median(results[name].map((r) => r.p99Ms)).toFixed(2),
  maxMs: Math.max(...results[name].map((r) => r.maxMs)),
  serverCpuMicrosPerRequest: +median(results[name].map((r) => r.cpuMicrosPerRequest)).toFixed(1),
});
const medianOf = (values: number[]) => (values.length === 0 ? undefined : +median(values).toFixed(3));
const stateFlushes = results.stateCommands.flatMap((r) => (r.flushes ? [r.flushes] : []));
// How the state commands' latency compares with the disk's flush measured just before them.
const durability = diskFlushes.length === 0 ? undefined : {
  fdatasync: { p50Ms: medianOf(diskFlushes.map((d) => d.p50Ms)), p99Ms: medianOf(diskFlushes.map((d) => d.p99Ms)), meanMs: medianOf(diskFlushes.map((d) => d.meanMs)) },
  serverFlushMeanMs: medianOf(stateFlushes.map((f) => f.meanFlushMs)),
  repliesPerFlush: medianOf(stateFlushes.map((f) => 1 / f.perReply)),
  commitsPerFlush: medianOf(stateFlushes.map((f) => f.commitsPerFlush)),
  replyP50InFlushes: medianOf(results.stateCommands.map((r, i) => r.p50Ms / diskFlushes[i]!.p50Ms)),
  // 10 connections in a closed loop, each reply after at least one flush: the best the disk allows.
  perSecondIfOneFlushPerReply: medianOf(diskFlushes.map((d) => (connections * 1000) / d.meanMs)),
};
const report = {
  benchmark: 'API edge vs bare Fastify 5 (closed loop, keep-alive)',
  store: storeUrl?.startsWith('postgres') ? 'postgres' : 'sqlite file',
  connections,
  secondsPerRun: seconds,
  rounds,
  loadAverage: os.loadavg().map((l) => +l.toFixed(2)),
  cores: os.availableParallelism(),
  bareGet: summary('bareGet'),
  barePost: summary('barePost'),
  stateCommands: { ...summary('stateCommands'), ratioToBare: ratio('stateCommands', 'barePost'), cpuRatioToBare: cpuRatio('stateCommands', 'barePost'), durability },
  configQuery: { ...summary('configQuery'), ratioToBare: ratio('configQuery', 'barePost'), cpuRatioToBare: cpuRatio('configQuery', 'barePost') },
  gatewayQuery: { ...summary('gatewayQuery'), ratioToBare: ratio('gatewayQuery', 'bareGet'), cpuRatioToBare: cpuRatio('gatewayQuery', 'bareGet') },
};
process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
await Promise.all([bare.stop(), server.stop()]);
fs.rmSync(dataDir, { recursive: true, force: true });
