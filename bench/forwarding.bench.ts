// Benchmark of cluster forwarding (issue 17 item 6, decision 1710): the extra latency of a
// gateway query (agentstatus) sent to a node that does not own the agent's VDN and is forwarded
// to the owner, against the same query sent to the owner, in the same run, one request at a time
// over kept-alive HTTP. Both nodes run in this process on one PostgreSQL database (the pair of
// test/support/cluster-pair.ts), so the figure is the forwarding hop itself: a second request
// parse and route, the raw-body tee and the proxy round trip on 127.0.0.1.
// Run: OPENCEC_TEST_PG_URL=postgres://postgres@127.0.0.1:5432/postgres npx tsx bench/forwarding.bench.ts [--requests 2000]
import { performance } from 'node:perf_hooks';
import { Agent, request } from 'undici';
import { InProcessBus } from '../src/cluster/bus/index.ts';
import { createClusterPair } from '../test/support/cluster-pair.ts';

const at = process.argv.indexOf('--requests');
const requests = at > 0 ? Number(process.argv[at + 1]) : 2000;
const pair = await createClusterPair(new InProcessBus(), ['--no-flow-control']);
const client = new Agent({ keepAliveTimeout: 10_000 });
try {
  const signIn = await pair.a.app.request({ method: 'PUT', url: '/agentgateway/resource/onlineagent/101', body: { password: 'Demo@123', phonenum: '70101' } });
  const guid = String(signIn.headers.guid);
  const path = '/agentgateway/resource/onlineagent/101/agentstatus';
  const once = async (base: string): Promise<number> => {
    const started = performance.now();
    const res = await request(base + path, { headers: { guid }, dispatcher: client });
    const body = (await res.body.json()) as { retcode?: string };
    if (body.retcode !== '0') throw new Error(`unexpected answer ${JSON.stringify(body)}`);
    return performance.now() - started;
  };
  const direct: number[] = [];
  const forwarded: number[] = [];
  for (let i = 0; i < 200; i++) await Promise.all([once(pair.a.url), once(pair.b.url)]);
  // Alternate the two targets so that both see the same machine load.
  for (let i = 0; i < requests; i++) {
    direct.push(await once(pair.a.url));
    forwarded.push(await once(pair.b.url));
  }
  const q = (xs: number[], p: number) => [...xs].sort((x, y) => x - y)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;
  const row = (name: string, xs: number[]) => `${name.padEnd(10)} p50 ${q(xs, 0.5).toFixed(3)} ms  p99 ${q(xs, 0.99).toFixed(3)} ms`;
  console.log(`agentstatus, ${requests} sequential requests each`);
  console.log(row('owner', direct));
  console.log(row('forwarded', forwarded));
  console.log(`extra latency of forwarding: p50 +${(q(forwarded, 0.5) - q(direct, 0.5)).toFixed(3)} ms (x${(q(forwarded, 0.5) / q(direct, 0.5)).toFixed(2)})`);
} finally {
  await client.close();
  await pair.close();
}
