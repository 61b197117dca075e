// Benchmark of cluster mode (issue 17, decision 1700): the throughput of a mixed gateway workload
// (saybusy / sayfree / agentstatus) on 1, 2 and 3 nodes of one PostgreSQL and one Redis, with six
// tenants spread over the nodes and each connection sent to its tenant's owner, as ratios to one
// node measured in the same run; the extra latency of a request sent to a node that forwards it
// to the owner; and the takeover time after a SIGKILL (lease move, then the first request served).
// Run: npm run bench:cluster [-- --seconds 5 --ttl-ms 3000]. Needs OPENCEC_TEST_PG_URL and
// OPENCEC_TEST_REDIS_URL. Never asserted in tests: the machine is shared and figures are noisy.
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { rawRequest, runLoad, type LoadResult } from './support/load.ts';
import { clusterEnabled, clusterSkipReason, eventually, startCluster, type ClusterNodeProcess, type TestCluster } from '../test/support/cluster.ts';

const flag = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const seconds = flag('seconds', 5);
const ttlMs = flag('ttl-ms', 3_000);
const tenants = 6;
const agentsPerTenant = 2;

if (!clusterEnabled) {
  process.stdout.write(`bench:cluster skipped: ${clusterSkipReason}\n`);
  process.exit(0);
}

/** Tenant `vdnId` (2…6): work numbers 10000+vdnId·1000+1…, softphones 6<vdn>00<i>, access code 50<vdn>. */
/** Above the demo tenant's range (101–9999). */
const workBase = (vdnId: number) => 10_000 + vdnId * 1000;

function tenantSpec(vdnId: number) {
  const agents = Array.from({ length: agentsPerTenant }, (_, i) => ({ workNo: workBase(vdnId) + i + 1, userAccount: `bench${vdnId}a${i + 1}`, userName: `T${vdnId} ${i + 1}`, password: 'Bench@1234', sipAccount: `6${vdnId}00${i + 1}`, skills: [{ skillId: 1 }] }));
  return { vdnId, name: `bench${vdnId}`, workNoRange: [workBase(vdnId), workBase(vdnId) + 999], appCredentials: [{ appKey: `b${vdnId}-ak`, appSecret: `b${vdnId}-sk` }], adminPassword: 'Bench@123', skills: [{ skillId: 1, name: 'Sales', mediaTypeId: 5 }], agents, accessCodes: [{ accessCode: `50${vdnId}`, mediaTypeId: 5 }], calledRoutes: [{ accessCode: `50${vdnId}`, deviceType: 1, deviceId: 1 }] };
}

const agentsOf = (vdnId: number) => Array.from({ length: agentsPerTenant }, (_, i) => (vdnId === 1 ? { workNo: 101 + i, password: 'Demo@123', phone: `70${101 + i}` } : { workNo: workBase(vdnId) + i + 1, password: 'Bench@1234', phone: `6${vdnId}00${i + 1}` }));

async function createTenants(first: ClusterNodeProcess): Promise<void> {
  const login = await fetch(`${first.url}/agentgateway/resource/config/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ agentId: 1, password: 'Admin@123' }) });
  const guid = ((await login.json()) as { result: { guid: string } }).result.guid;
  for (let vdnId = 2; vdnId <= tenants; vdnId++) {
    const res = await fetch(`${first.url}/opencec/v1/tenants`, { method: 'POST', headers: { 'content-type': 'application/json', guid }, body: JSON.stringify(tenantSpec(vdnId)) });
    const text = await res.text();
    if (!res.ok || !text.includes('"returnCode":"0"')) throw new Error(`creating tenant ${vdnId}: ${res.status} ${text}`);
  }
}

/** Waits until every tenant has an owner and the owners stay put for a whole TTL (idle hand-overs done). */
async function settledOwners(cluster: TestCluster): Promise<Map<number, number>> {
  let last = '';
  let stableSince = performance.now();
  return eventually('the leases to settle', 120_000, async () => {
    const owners = new Map<number, number>();
    for (let vdnId = 1; vdnId <= tenants; vdnId++) {
      const owner = await cluster.ownerOf(vdnId);
      if (!owner) return undefined;
      owners.set(vdnId, owner.nodeId);
    }
    const key = JSON.stringify([...owners]);
    if (key !== last) {
      last = key;
      stableSince = performance.now();
      return undefined;
    }
    return performance.now() - stableSince > ttlMs * 1.5 ? owners : undefined;
  }, 250);
}

async function signIn(node: ClusterNodeProcess, agent: { workNo: number; password: string; phone: string }): Promise<string> {
  const res = await fetch(`${node.url}/agentgateway/resource/onlineagent/${agent.workNo}`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ password: agent.password, phonenum: agent.phone }) });
  const body = (await res.json()) as { retcode: string };
  if (body.retcode !== '0') throw new Error(`sign-in of ${agent.workNo} through node ${node.nodeId}: ${JSON.stringify(body)}`);
  return res.headers.get('guid') ?? '';
}

/** The mixed workload: each connection drives one agent, alternating saybusy, agentstatus, sayfree, agentstatus. */
function mixedRequest(workNo: number, guid: string) {
  const requests = [
    rawRequest('POST', `/agentgateway/resource/onlineagent/${workNo}/saybusy`, { guid }),
    rawRequest('GET', `/agentgateway/resource/onlineagent/${workNo}/agentstatus`, { guid }),
    rawRequest('POST', `/agentgateway/resource/onlineagent/${workNo}/sayfree`, { guid }),
    rawRequest('GET', `/agentgateway/resource/onlineagent/${workNo}/agentstatus`, { guid }),
  ];
  return (n: number) => requests[n % requests.length]!;
}

const accept = (status: number, body: string) => status === 200 && body.includes('"retcode":"0"');

interface Round {
  nodes: number;
  spread: number[];
  load: LoadResult;
  forwarded?: { direct: LoadResult; forwarded: LoadResult };
  takeover?: { leaseMs: number; servedMs: number };
}

async function round(nodeCount: number): Promise<Round> {
  const cluster = await startCluster({ nodes: nodeCount, ttlMs, extraArgs: ['--no-flow-control', '--guid-mode', 'static'], beforeOthers: createTenants });
  try {
    const owners = await settledOwners(cluster);
    const nodeOf = (vdnId: number) => cluster.nodes.find((n) => n.nodeId === owners.get(vdnId))!;
    const drivers: Array<{ node: ClusterNodeProcess; next: (n: number) => Buffer }> = [];
    for (let vdnId = 1; vdnId <= tenants; vdnId++) {
      for (const agent of agentsOf(vdnId)) drivers.push({ node: nodeOf(vdnId), next: mixedRequest(agent.workNo, await signIn(nodeOf(vdnId), agent)) });
    }
    // One load generator per node, each with the connections of the tenants that node owns.
    const loads = await Promise.all(
      cluster.nodes.map((node) => {
        const mine = drivers.filter((d) => d.node === node);
        if (mine.length === 0) return Promise.resolve(undefined);
        return runLoad({ port: node.port, connections: mine.length, durationMs: seconds * 1000, request: (c, n) => mine[c]!.next(n), accept });
      }),
    );
    const done = loads.filter((l): l is LoadResult => l !== undefined);
    const load: LoadResult = { requests: done.reduce((s, l) => s + l.requests, 0), errors: done.reduce((s, l) => s + l.errors, 0), perSecond: done.reduce((s, l) => s + l.perSecond, 0), p50Ms: Math.max(...done.map((l) => l.p50Ms)), p99Ms: Math.max(...done.map((l) => l.p99Ms)), maxMs: Math.max(...done.map((l) => l.maxMs)), firstError: done.find((l) => l.firstError)?.firstError };
    const spread = cluster.nodes.map((node) => [...owners.values()].filter((id) => id === node.nodeId).length);
    const result: Round = { nodes: nodeCount, spread, load };
    if (nodeCount >= 2) {
      // One agent's query, sent to its owner and to another node that forwards it.
      const owner = nodeOf(1);
      const other = cluster.nodes.find((n) => n !== owner)!;
      const driver = drivers.find((d) => d.node === owner)!;
      const query = (_: number, n: number) => driver.next(n * 2 + 1);
      const direct = await runLoad({ port: owner.port, connections: 1, durationMs: seconds * 500, request: query, accept });
      const forwarded = await runLoad({ port: other.port, connections: 1, durationMs: seconds * 500, request: query, accept });
      result.forwarded = { direct, forwarded };
    }
    if (nodeCount === 3) result.takeover = await measureTakeover(cluster, nodeOf(1), agentsOf(1)[0]!);
    return result;
  } finally {
    await cluster.close();
  }
}

async function measureTakeover(cluster: TestCluster, owner: ClusterNodeProcess, agent: { workNo: number }): Promise<{ leaseMs: number; servedMs: number }> {
  const before = (await cluster.ownerOf(1))!;
  const survivor = cluster.nodes.find((n) => n !== owner)!;
  const killedAt = performance.now();
  await owner.kill();
  await eventually('VDN 1 to move', 60_000, async () => ((await cluster.ownerOf(1))?.nodeId ?? before.nodeId) !== before.nodeId || undefined, 20);
  const leaseMs = performance.now() - killedAt;
  await eventually('a survivor to serve VDN 1', 60_000, async () => {
    const res = await fetch(`${survivor.url}/agentgateway/resource/onlineagent/${agent.workNo}/agentstatus`, { headers: { guid: 'bench' } }).catch(() => undefined);
    // Any documented gateway answer from the new owner (even "wrong GUID") means VDN 1 is served again.
    return res && res.status === 200 && (await res.text()).includes('retcode') ? true : undefined;
  }, 20);
  return { leaseMs, servedMs: performance.now() - killedAt };
}

const rounds: Round[] = [];
for (const nodes of [1, 2, 3]) rounds.push(await round(nodes));
const base = rounds[0]!.load.perSecond;
process.stdout.write(`cluster benchmark: ${tenants} tenants × ${agentsPerTenant} agents, ${seconds} s per load, lease TTL ${ttlMs} ms, load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}, ${os.cpus().length} cores\n`);
for (const r of rounds) {
  process.stdout.write(`  ${r.nodes} node(s): tenants per node ${r.spread.join('/')}: ${r.load.perSecond.toFixed(0)} req/s (×${(r.load.perSecond / base).toFixed(2)} of one node), p50 ${r.load.p50Ms.toFixed(1)} ms, p99 ${r.load.p99Ms.toFixed(1)} ms, errors ${r.load.errors}${r.load.firstError ? ` (${r.load.firstError.slice(0, 120)})` : ''}\n`);
  if (r.forwarded) {
    const { direct, forwarded } = r.forwarded;
    process.stdout.write(`    forwarded agentstatus: p50 ${forwarded.p50Ms.toFixed(2)} ms vs ${direct.p50Ms.toFixed(2)} ms direct (direct errors ${direct.errors}) (+${(forwarded.p50Ms - direct.p50Ms).toFixed(2)} ms), p99 ${forwarded.p99Ms.toFixed(2)} vs ${direct.p99Ms.toFixed(2)} ms, errors ${forwarded.errors}${forwarded.firstError ? ` (${forwarded.firstError.slice(0, 120)})` : ''}\n`);
  }
  if (r.takeover) process.stdout.write(`    takeover after SIGKILL: lease moved in ${r.takeover.leaseMs.toFixed(0)} ms, VDN served again in ${r.takeover.servedMs.toFixed(0)} ms (bound TTL + TTL/3 = ${Math.round(ttlMs * 4 / 3)} ms + recovery)\n`);
}
