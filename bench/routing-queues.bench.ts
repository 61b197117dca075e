// Benchmark (issue 8, item 3): the cost of a routed call with 5,000 signed-in agents, all on one
// skill queue versus spread over 500 queues (10 agents each), through the simulator's engine.
// `docs/architecture.md` promises that routing does not grow with the number of queues: the
// report gives wall time per offered call for both and their ratio (goal: within 10 %), the median
// of alternating repeats. Run: npm run bench:routing [-- --rounds 3]. Never asserted in tests.
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { simulate } from '../src/app/simulate/simulate-command.ts';
import { checkScenario } from '../src/sim/scenario.ts';
import { median } from './support/load.ts';

const flag = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const rounds = flag('rounds', 3);
const agents = 5_000;
const callsPerHour = flag('calls-per-hour', 12_000);

function scenario(queues: number) {
  const perQueue = agents / queues;
  return checkScenario({
    name: `${agents} agents on ${queues} queues`,
    durationHours: 0.5,
    warmupMinutes: 0,
    intervalMinutes: 30,
    skills: Array.from({ length: queues }, (_, i) => ({ skillId: i + 1 })),
    agents: Array.from({ length: queues }, (_, i) => ({
      count: perQueue,
      skills: [i + 1],
      answerDelay: { dist: 'fixed', seconds: 2 },
      wrapUp: { dist: 'exponential', meanSeconds: 20 },
    })),
    traffic: Array.from({ length: queues }, (_, i) => ({
      accessCode: String(40_000 + i),
      skillId: i + 1,
      callsPerHour: callsPerHour / queues,
      handleTime: { dist: 'exponential', meanSeconds: 300 },
      patience: { dist: 'exponential', meanSeconds: 180 },
    })),
  });
}

/** Wall time per offered call, from the first simulated chunk (after sign-in) to the end. */
async function costPerCall(queues: number): Promise<{ usPerCall: number; offered: number }> {
  let routingStarted: number | undefined;
  const result = await simulate(scenario(queues), 1, () => (routingStarted ??= performance.now()));
  const wallMs = performance.now() - (routingStarted ?? performance.now());
  return { usPerCall: (wallMs * 1000) / result.offered, offered: result.offered };
}

const one: number[] = [];
const many: number[] = [];
let offered = { one: 0, many: 0 };
for (let round = 0; round < rounds; round++) {
  const a = await costPerCall(1);
  const b = await costPerCall(500);
  one.push(a.usPerCall);
  many.push(b.usPerCall);
  offered = { one: a.offered, many: b.offered };
}
const report = {
  benchmark: 'cost per routed call, 5,000 agents, 1 vs 500 queues',
  rounds,
  offeredCallsPerRun: offered,
  loadAverage: os.loadavg().map((l) => +l.toFixed(2)),
  usPerCallOneQueue: +median(one).toFixed(1),
  usPerCall500Queues: +median(many).toFixed(1),
  /** 500 queues over 1 queue, median of the rounds' ratios (1.0 = no growth). */
  ratio: +median(one.map((u, i) => many[i]! / u)).toFixed(2),
};
process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
