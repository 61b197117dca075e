// Benchmark (issue 9, item 6): p99 latency of a CC-CMS real-time skill query (skill/rindex, all 12
// codes of 10 skills) and of an agent-batch query (agentgroup/agentstatusinfobyagentids, 100
// agents) with 1,000 signed-in agents on 100 skills, against a bare Fastify route answered in
// the same process and the same way (inject, no network), so that the ratio shows what the
// signature check, validation and the views cost. Run: npx tsx bench/cms-realtime.bench.ts
// [-- --requests 2000]. Reported, never asserted.
import Fastify from 'fastify';
import { performance } from 'node:perf_hooks';
import { internalSessionOptions, signIn } from '../src/engine/index.ts';
import { provisionTenant, type TenantSpec } from '../src/tenancy/index.ts';
import { signedHeaders } from '../test/support/cms-client.ts';
import { createTestApp } from '../test/support/test-app.ts';

const at = process.argv.indexOf('--requests');
const requests = at > 0 ? Number(process.argv[at + 1]) : 2_000;
const agents = 1_000;
const skills = 100;
const release = { transferType: 'Release' as const };

const spec: TenantSpec = {
  vdnId: 9,
  name: 'bench',
  workNoRange: [20001, 21000],
  appCredentials: [{ appKey: 'bench-ak', appSecret: 'bench-sk' }],
  adminPassword: 'Bench@123',
  settings: { callbackTrustlist: ['http://127.0.0.1'] },
  skills: Array.from({ length: skills }, (_, i) => ({ skillId: i + 1, name: `S${i + 1}`, description: '', mediaTypeId: 5, maxWaitTime: 600, maxWaitNum: 1000, maxAgentWrapupTime: 0, skillParam: { noAgents: release, busy: release, timeOut: release } })),
  agents: Array.from({ length: agents }, (_, i) => ({
    workNo: 20001 + i,
    userAccount: `bench${i}`,
    userName: `Bench ${i}`,
    password: 'Bench@123',
    ctiPassword: 'Bench@123',
    email: `b${i}@bench.local`,
    agentType: 99,
    ccRoleId: 2,
    sipAccount: `9${20001 + i}`,
    sipPwd: 'Bench@123',
    skills: [{ skillId: (i % skills) + 1, agentWeight: 1, skillWeight: 1 }],
  })),
  accessCodes: [],
  ivrFlows: [],
  calledRoutes: [],
  satisfaction: { enabled: false },
};

const app = await createTestApp();
await provisionTenant(app.services, spec);
const engine = await app.services.cti.registry.get(9);
engine.run(() => {
  for (let i = 0; i < agents; i++) signIn(engine, { workNo: 20001 + i, password: 'Bench@123', mode: 'login', status: 4, options: internalSessionOptions({ phonenum: `9${20001 + i}` }) });
});
console.log(`signed in: ${engine.agents.size} agents on ${skills} skills`);

const key = { accessKey: 'bench-ak', secretKey: 'bench-sk' };
const skillBody = JSON.stringify({ ccId: 1, vdn: 9, skillIds: [1, 11, 21, 31, 41, 51, 61, 71, 81, 91], indexIds: ['IDX_COUNT_REAL_SKILL_QUEUE', 'IDX_COUNT_REAL_SKILL_HANDLE', 'IDX_DURATION_SKILL_MAX_QUEUE_ACK', 'IDX_COUNT_20S_CALL_FOR_5MIN', 'IDX_COUNT_REAL_AGENT_SIGN_IN', 'IDX_COUNT_REAL_AGENT_CONNECT', 'IDX_COUNT_REAL_AGENT_SET_IDLE', 'IDX_COUNT_REAL_AGENT_USABLE', 'IDX_COUNT_REAL_AGENT_SET_BUSY', 'IDX_COUNT_REAL_AGENT_ACW', 'IDX_COUNT_REAL_AGENT_REST', 'IDX_COUNT_REAL_AGENT_STUDY'] });
const agentBody = JSON.stringify({ ccId: 1, vdn: 9, agentIds: Array.from({ length: 100 }, (_, i) => 20001 + i * 10) });

async function p99(label: string, send: () => Promise<number>): Promise<number> {
  for (let i = 0; i < 100; i++) await send();
  const times: number[] = [];
  for (let i = 0; i < requests; i++) {
    const start = performance.now();
    const status = await send();
    times.push(performance.now() - start);
    if (status !== 200) throw new Error(`${label}: HTTP ${status}`);
  }
  times.sort((a, b) => a - b);
  const value = times[Math.min(times.length - 1, Math.floor(times.length * 0.99))]!;
  console.log(`${label.padEnd(34)} p50 ${times[Math.floor(times.length / 2)]!.toFixed(3)} ms  p99 ${value.toFixed(3)} ms`);
  return value;
}

const cms = (url: string, body: string) => async () => (await app.http.inject({ method: 'POST', url, payload: body, headers: signedHeaders(app, 'POST', url, body, key) })).statusCode;
const bare = Fastify();
bare.post('/bare', async () => ({ resultCode: '0100000', resultDesc: [] }));
await bare.ready();

const bareP99 = await p99('bare Fastify route', async () => (await bare.inject({ method: 'POST', url: '/bare', payload: skillBody, headers: { 'content-type': 'application/json' } })).statusCode);
const skillP99 = await p99('skill/rindex (10 skills × 12 codes)', cms('/rest/cmsapp/v1/openapi/skill/rindex', skillBody));
const agentP99 = await p99('agent batch (100 agents)', cms('/rest/cmsapp/v1/openapi/agentgroup/agentstatusinfobyagentids', agentBody));
console.log(`ratios to the bare route (p99): skill ${(skillP99 / bareP99).toFixed(1)}×, agent batch ${(agentP99 / bareP99).toFixed(1)}×`);
await bare.close();
await app.close();
