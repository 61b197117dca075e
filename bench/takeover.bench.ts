// Benchmark (issue 17, decision 1720): the recovery part of a takeover. An owner on a SQLite file
// has N agents signed in and a call up for every fourth one; it is abandoned, and a new app on the
// same file takes the VDN over (ends the calls with their CDR legs closed, rebuilds the sessions
// with their GUIDs and Agent_Recover). Reports the takeover's wall time per session, beside the
// same app's sign-in time per agent (a baseline measured in the same run). Run:
// npx tsx bench/takeover.bench.ts [-- --agents 300 --rounds 3]. Never asserted in tests.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { takeOverVdn } from '../src/services/cti/takeover.ts';
import { demoPassword, demoTenant } from '../src/tenancy/index.ts';
import { createTestApp } from '../test/support/test-app.ts';
import { median } from './support/load.ts';

const flag = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const agents = flag('agents', 300);
const rounds = flag('rounds', 3);

function tenantFile(dir: string): string {
  const tenant = demoTenant();
  for (let i = 0; i < agents; i++) {
    const workNo = 1001 + i;
    tenant.agents.push({ ...tenant.agents[0]!, workNo, userAccount: `bench${workNo}`, userName: `Bench ${workNo}`, email: `bench${workNo}@demo.opencec.local`, sipAccount: `8${workNo}` });
  }
  const file = path.join(dir, 'tenant.json');
  fs.writeFileSync(file, JSON.stringify(tenant));
  return file;
}

async function round(): Promise<{ signInMsPerAgent: number; takeoverMsPerSession: number; sessions: number; calls: number }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'opencec-bench-takeover-'));
  const store = path.join(dir, 'opencec.db');
  const owner = await createTestApp({ storeUrl: store, tenantFile: tenantFile(dir) });
  const signInStarted = performance.now();
  for (let i = 0; i < agents; i++) {
    const workNo = 1001 + i;
    const res = await owner.request({ method: 'PUT', url: `/agentgateway/resource/onlineagent/${workNo}`, body: { password: demoPassword, phonenum: `8${workNo}`, status: i % 4 === 0 ? 4 : 3 } });
    if (res.body?.retcode !== '0') throw new Error(`sign-in ${workNo}: ${res.text}`);
  }
  const signInMs = performance.now() - signInStarted;
  for (let i = 0; i < agents; i += 4) await owner.request({ method: 'POST', url: '/sim/v1/calls', body: { caller: '13800000001', called: '4001' } });
  owner.clock.advance(5_000);
  await owner.services.settle();
  const next = await createTestApp({ storeUrl: store, recoverAtStart: false });
  next.clock.advance(owner.clock.now() - next.clock.now() + 1_000);
  const started = performance.now();
  const result = await takeOverVdn(next.services, 1, { resumeSessions: true });
  const takeoverMs = performance.now() - started;
  await next.close();
  await owner.services.store.close();
  fs.rmSync(dir, { recursive: true, force: true });
  return { signInMsPerAgent: signInMs / agents, takeoverMsPerSession: takeoverMs / result.sessions, ...result };
}

const results = [];
for (let i = 0; i < rounds; i++) results.push(await round());
const takeover = median(results.map((r) => r.takeoverMsPerSession));
const signIn = median(results.map((r) => r.signInMsPerAgent));
process.stdout.write(
  `${JSON.stringify(
    {
      benchmark: 'takeover recovery of one VDN',
      agents,
      sessions: results[0]!.sessions,
      calls: results[0]!.calls,
      takeoverMsPerSession: +takeover.toFixed(3),
      signInMsPerAgent: +signIn.toFixed(3),
      takeoverToSignInRatio: +(takeover / signIn).toFixed(2),
      takeoverMsTotal: +(takeover * results[0]!.sessions).toFixed(1),
      loadAverage: os.loadavg()[0]!.toFixed(2),
    },
    null,
    2,
  )}\n`,
);
