// Benchmark of cluster-wide observation (decision 1732), each figure against a baseline measured
// in the same run: (1) a §12.3.6.8 licence query on node B, which reads A's snapshot from the
// Redis board, against the same query on B with no peers (a single node's work); (2) one
// pinning round on A (snapshot, SET, read of the board, peak raise) and the snapshot's size;
// (3) the CC-FS address-lock check of a request in Redis against the in-memory one. Both nodes
// run in this process on one PostgreSQL database (test/support/cluster-pair.ts), A owning VDN 1
// with its 10 demo agents signed in.
// Run: OPENCEC_TEST_PG_URL=postgres://postgres@127.0.0.1:5432/postgres OPENCEC_TEST_REDIS_URL=redis://127.0.0.1:6379 npx tsx bench/cluster-observation.bench.ts [--requests 500]
import { performance } from 'node:perf_hooks';
import { Redis } from 'ioredis';
import { InProcessBus } from '../src/cluster/bus/index.ts';
import { RedisNodeBoard } from '../src/cluster/board/index.ts';
import { RedisAddressLockout } from '../src/cluster/lockout/index.ts';
import { AddressLockout } from '../src/http/auth/index.ts';
import { limits } from '../src/app/limits.ts';
import { localIndicators, noPeers } from '../src/services/system-indicators/node-indicators.ts';
import { createClusterPair } from '../test/support/cluster-pair.ts';
import { cmsRequest, globalKey } from '../test/support/cms-client.ts';

const at = process.argv.indexOf('--requests');
const requests = at > 0 ? Number(process.argv[at + 1]) : 500;
const redisUrl = process.env.OPENCEC_TEST_REDIS_URL ?? 'redis://127.0.0.1:6379';
const prefix = `ocbench${process.pid}:`;
const board = new RedisNodeBoard(redisUrl, prefix, 2_000);
const pair = await createClusterPair(new InProcessBus(), ['--no-flow-control'], board);
const lockout = new RedisAddressLockout({ url: redisUrl, prefix, nodeId: 2, clock: pair.b.app.clock, limits: limits.ccfsAddressLockout, commandTimeoutMs: 2_000, onError: (error) => { throw error; } });
const q = (xs: number[], p: number) => [...xs].sort((x, y) => x - y)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;
const time = async (work: () => Promise<unknown>): Promise<number> => {
  const started = performance.now();
  await work();
  return performance.now() - started;
};
const row = (name: string, xs: number[], base?: number[]) => `${name.padEnd(34)} p50 ${q(xs, 0.5).toFixed(3)} ms  p99 ${q(xs, 0.99).toFixed(3)} ms${base ? `  x${(q(xs, 0.5) / q(base, 0.5)).toFixed(2)} at p50` : ''}`;
try {
  for (let workNo = 101; workNo <= 110; workNo++) {
    await pair.b.app.request({ method: 'PUT', url: `/agentgateway/resource/onlineagent/${workNo}`, body: { password: 'Demo@123', phonenum: `70${workNo}` } });
  }
  const pin = pair.a.app.services.systemIndicators.pin!;
  await pin();
  const licence = () => cmsRequest(pair.b.app, '/rest/cmsapp/v1/openapi/configures/querysystemlicensestatus', { ccId: 1 }, { key: globalKey });
  const peers = pair.b.app.services.systemIndicators.peers;
  const seen = (await licence()).body as { resultDesc: { loginAgentNum: number } };
  if (seen.resultDesc.loginAgentNum !== 10) throw new Error(`B sees ${seen.resultDesc.loginAgentNum} agents, not 10`);
  const clustered: number[] = [];
  const single: number[] = [];
  const pins: number[] = [];
  const memoryLock = new AddressLockout(pair.b.app.clock, limits.ccfsAddressLockout);
  const redisChecks: number[] = [];
  const memoryChecks: number[] = [];
  // Alternate each measurement with its baseline so that both see the same machine load.
  for (let i = 0; i < requests; i++) {
    pair.b.app.services.systemIndicators.peers = peers;
    clustered.push(await time(licence));
    pair.b.app.services.systemIndicators.peers = noPeers;
    single.push(await time(licence));
    pins.push(await time(pin));
    redisChecks.push(await time(() => lockout.locked('10.1.2.3')));
    memoryChecks.push(await time(() => memoryLock.locked('10.1.2.3')));
  }
  pair.b.app.services.systemIndicators.peers = peers;
  const bytes = JSON.stringify(await localIndicators(pair.a.app.services)).length;
  console.log(`${requests} rounds; A owns VDN 1 with 10 agents signed in; snapshot ${bytes} bytes of JSON`);
  console.log(row('licence query on B, no peers', single));
  console.log(row('licence query on B, reading board', clustered, single));
  console.log(row('pinning round on A', pins));
  console.log(row('CC-FS lock check, memory', memoryChecks));
  console.log(row('CC-FS lock check, Redis', redisChecks, memoryChecks));
} finally {
  lockout.close();
  await pair.close();
  await board.close();
  const redis = new Redis(redisUrl);
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length > 0) await redis.del(...keys);
  redis.disconnect();
}
