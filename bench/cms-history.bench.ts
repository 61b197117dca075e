// Benchmark: historical skill and agent queries (§12.3.2.7, §12.3.2.9, §12.3.2.4) and the inbound
// daily settlement (§12.3.2.10) over 30 days of a simulated 100-agent center, and the roll-up's
// cost per written CDR leg against writing the same rows without it, in the same run. The simulated day (hours set by HOURS, default 24) is replayed 30 times,
// shifted by whole days, and the roll-up rebuilt from those raw records. Reported, never asserted.
// Run: npx tsx bench/cms-history.bench.ts
import { performance } from 'node:perf_hooks';
import { authorizationHeader } from '../src/auth/signature-v2.ts';
import type { OpenCecApp } from '../src/app/build-app.ts';
import { simulate } from '../src/app/simulate/simulate-command.ts';
import { checkScenario } from '../src/sim/scenario.ts';
import { rebuildRollup, rollUpWritten } from '../src/stats/historical/index.ts';
import { inTransaction } from '../src/store/index.ts';

const hours = Number(process.argv[2] ?? 24);
const days = 30;
const dayMs = 86_400_000;
const scenario = checkScenario({
  name: '100-agent center',
  durationHours: hours,
  warmupMinutes: 0,
  skills: [{ skillId: 1, name: 'Voice' }, { skillId: 2, name: 'Billing' }],
  agents: [
    { count: 70, skills: [1], answerDelay: { dist: 'fixed', seconds: 2 }, wrapUp: { dist: 'exponential', meanSeconds: 20 } },
    { count: 30, skills: [1, 2], answerDelay: { dist: 'fixed', seconds: 2 }, wrapUp: { dist: 'exponential', meanSeconds: 30 } },
  ],
  traffic: [
    { accessCode: '4001', skillId: 1, callsPerHour: 900, handleTime: { dist: 'lognormal', meanSeconds: 240, sdSeconds: 120 }, patience: { dist: 'exponential', meanSeconds: 180 } },
    { accessCode: '4009', skillId: 2, callsPerHour: 120, handleTime: { dist: 'exponential', meanSeconds: 300 }, patience: { dist: 'exponential', meanSeconds: 240 } },
  ],
});

const shifted = (ms: number | null, k: number) => (ms === null ? null : ms + k * dayMs);

async function replicate(app: OpenCecApp): Promise<{ legs: number; calls: number; operations: number }> {
  const db = app.services.store.db;
  const cdrs = await db.selectFrom('cdr').selectAll().execute();
  const ops = await db.selectFrom('agentOperation').selectAll().execute();
  for (let k = 1; k < days; k++) {
    await inTransaction(app.services.store, async (repos) => {
      await repos.ctiRecords.insertCdrs(cdrs.map((r) => ({ ...r, id: `${r.id}~${k}`, callId: `${r.callId}~${k}`, waitBeginMs: shifted(r.waitBeginMs, k), waitEndMs: shifted(r.waitEndMs, k), ackBeginMs: shifted(r.ackBeginMs, k), ackEndMs: shifted(r.ackEndMs, k), callBeginMs: shifted(r.callBeginMs, k), callEndMs: shifted(r.callEndMs, k), openedAtMs: r.openedAtMs + k * dayMs, closedAtMs: shifted(r.closedAtMs, k) })));
      await repos.ctiRecords.insertOperations(ops.map((o) => ({ ...o, id: `${o.id}~${k}`, beginMs: o.beginMs + k * dayMs, endMs: o.endMs + k * dayMs })));
    });
  }
  const started = performance.now();
  const rebuilt = await inTransaction(app.services.store, (repos) => rebuildRollup(repos, 1));
  process.stdout.write(`rebuilt the roll-up of ${days} days (${rebuilt.calls} calls, ${rebuilt.operations} operations) in ${(performance.now() - started).toFixed(0)} ms\n`);
  return { legs: cdrs.length, calls: rebuilt.calls / days, operations: ops.length };
}

async function timed(app: OpenCecApp, path: string, body: unknown, runs = 20): Promise<string> {
  const raw = JSON.stringify(body);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const headers = { host: 'localhost', 'content-type': 'application/json;charset=UTF-8', 'content-length': String(Buffer.byteLength(raw)) };
    const authorization = authorizationHeader({ method: 'POST', path, query: [], headers, body: raw }, { accessKey: 'global-ak', secretKey: 'global-sk', timestamp: new Date(app.services.clock.now()).toISOString(), signedHeaders: ['content-length', 'content-type', 'host'] });
    const started = performance.now();
    const res = await app.http.inject({ method: 'POST', url: path, headers: { ...headers, authorization }, payload: raw });
    samples.push(performance.now() - started);
    if (!res.body.includes('"0100000"')) throw new Error(res.body);
  }
  samples.sort((a, b) => a - b);
  return `p50 ${samples[Math.floor(runs / 2)]!.toFixed(1)} ms, p99 ${samples[Math.ceil(runs * 0.99) - 1]!.toFixed(1)} ms`;
}

/**
 * Writes the day's rows again (new ids) in batches as the record writer does, with or without the
 * roll-up step. Returns wall-clock and CPU microseconds per leg: on a shared machine the CPU figure
 * is the steadier of the two.
 */
async function writeCost(app: OpenCecApp, withRollup: boolean, tag: string): Promise<{ wallUs: number; cpuUs: number }> {
  const db = app.services.store.db;
  const cdrs = await db.selectFrom('cdr').selectAll().where('id', 'not like', '%~%').where('id', 'not like', '%#%').execute();
  const byCall = new Map<string, typeof cdrs>();
  for (const r of cdrs) byCall.set(r.callId, [...(byCall.get(r.callId) ?? []), r]);
  const calls = [...byCall.values()];
  const started = performance.now();
  const cpuStarted = process.cpuUsage();
  for (let i = 0; i < calls.length; i += 200) {
    const batch = calls.slice(i, i + 200).flat().map((r) => ({ ...r, id: `${r.id}${tag}`, callId: `${r.callId}${tag}` }));
    await inTransaction(app.services.store, async (repos) => {
      await repos.ctiRecords.insertCdrs(batch);
      if (withRollup) await rollUpWritten(repos, { finishedCalls: batch.filter((r) => r.callIdNum === -1).map((r) => ({ vdnId: 1, callId: r.callId })), operations: [] });
    });
  }
  const cpu = process.cpuUsage(cpuStarted);
  return { wallUs: ((performance.now() - started) * 1000) / cdrs.length, cpuUs: (cpu.user + cpu.system) / cdrs.length };
}

const simStarted = performance.now();
await simulate(scenario, 1, undefined, async (app) => {
  process.stdout.write(`simulated ${hours} h in ${((performance.now() - simStarted) / 1000).toFixed(0)} s\n`);
  const { legs, calls } = await replicate(app);
  process.stdout.write(`${hours} h simulated: ${calls} calls, ${legs} CDR legs a day, replayed over ${days} days\n`);
  const agents = Array.from({ length: 100 }, (_, i) => 101 + i);
  const month = { beginMonthTime: '202601', endMonthTime: '202602' };
  const range = { beginDayTime: '2026-01-05 00:00:00', endDayTime: '2026-02-04 00:00:00' };
  const skillCodes = ['IDX_COUNT_SKILL_REQUEST', 'IDX_COUNT_SKILL_CONNECTED', 'IDX_COUNT_SKILL_CONNECTED_IN_20', 'IDX_DURATION_SKILL_AVG_QUEUE_ACK', 'IDX_RATE_SKILL_CONNECTED', 'IDX_DURATION_SKILL_MAX_QUEUE_ACK'];
  const agentCodes = ['IDX_COUNT_AGENT_CONNECTED', 'IDX_DURATION_AGENT_CONVERSATION_IN', 'IDX_DURATION_AGENT_SIGN_IN', 'IDX_DURATION_AGENT_FREE'];
  const api = '/rest/cmsapp/v1/openapi/hisindex';
  process.stdout.write(`skillformonth, 2 skills × 30 days: ${await timed(app, `${api}/skillformonth`, { vdn: 1, skillIds: [1, 2], indexIds: skillCodes, ...month })}\n`);
  process.stdout.write(`skillforday, 2 skills × 30 days:   ${await timed(app, `${api}/skillforday`, { vdn: 1, skillIds: [1, 2], indexIds: skillCodes, ...range })}\n`);
  process.stdout.write(`agentformonth, 100 agents × 30 days: ${await timed(app, `${api}/agentformonth`, { vdn: 1, agentIds: agents, indexIds: agentCodes, ...month }, 10)}\n`);
  process.stdout.write(`agentforday, 100 agents × 30 days:   ${await timed(app, `${api}/agentforday`, { vdn: 1, agentIds: agents, indexIds: agentCodes, ...range }, 10)}\n`);
  const settlement = { calleeNos: ['4001', '4009'], beginLogDay: '2026-01-05', endLogDay: '2026-02-03', callTypes: [0], subCcNo: 1, vdn: 1 };
  process.stdout.write(`callinday settlement, 2 numbers × 30 days: ${await timed(app, '/rest/cmsapp/v1/callinday/querymanualindexesbycondition', settlement)}\n`);
  const without = await writeCost(app, false, '#a');
  const withRollup = await writeCost(app, true, '#b');
  // A second pair evens out warm-up (statement caches, JIT) between the two sides; the lower of each is reported.
  const without2 = await writeCost(app, false, '#c');
  const withRollup2 = await writeCost(app, true, '#d');
  for (const measure of ['wallUs', 'cpuUs'] as const) {
    const plain = Math.min(without[measure], without2[measure]);
    const rolled = Math.min(withRollup[measure], withRollup2[measure]);
    const unit = measure === 'wallUs' ? 'µs' : 'CPU µs';
    process.stdout.write(`writing CDR legs: ${plain.toFixed(1)} ${unit}/leg without roll-up, ${rolled.toFixed(1)} ${unit}/leg with it: roll-up cost per leg × ${(rolled / plain).toFixed(2)} of a plain leg write\n`);
  }
});
