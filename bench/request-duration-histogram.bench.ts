// The per-request latency histogram of /metrics (issue 8): prom-client's Histogram.observe against
// RequestDurationHistogram.observe, the same observations in the same process, alternating blocks.
// Run: npx tsx bench/request-duration-histogram.bench.ts. Never asserted in tests.
import os from 'node:os';
import { Histogram, Registry } from 'prom-client';
import { RequestDurationHistogram } from '../src/web/request-duration-histogram.ts';

const buckets = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 15, 35];
const routes = ['/agentgateway/resource/onlineagent/:agentid/agentstatus', '/rest/cmsapp/v1/openapi/vdn/querySkills', 'unmatched'];
const reference = new Histogram({ name: 'a', help: 'a', labelNames: ['method', 'route', 'status_code'], buckets, registers: [new Registry()] });
const ours = new RequestDurationHistogram('b', 'b', buckets, new Registry());
const block = 200_000;
const cpu = (run: () => void) => {
  const started = process.cpuUsage();
  run();
  const used = process.cpuUsage(started);
  return ((used.user + used.system) * 1000) / block; // ns per observation
};
const times = { promClient: [] as number[], ours: [] as number[] };
for (let round = 0; round < 10; round++) {
  times.promClient.push(cpu(() => { for (let i = 0; i < block; i++) reference.observe({ method: 'GET', route: routes[i % 3]!, status_code: String(200) }, (i % 50) / 10_000); }));
  times.ours.push(cpu(() => { for (let i = 0; i < block; i++) ours.observe('GET', routes[i % 3]!, 200, (i % 50) / 10_000); }));
}
const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1]!;
console.log(JSON.stringify({ benchmark: 'request duration histogram observe (CPU ns per call, median of 10 blocks)', loadAverage: os.loadavg().map((n) => +n.toFixed(2)), promClientNs: +median(times.promClient).toFixed(0), oursNs: +median(times.ours).toFixed(0), ratio: +(median(times.ours) / median(times.promClient)).toFixed(3) }, null, 2));
