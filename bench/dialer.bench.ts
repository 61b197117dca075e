// Benchmark (issue 11, "Performance"): the engine's dialer in virtual time.
//  1. Pacing decisions per second: the predictive pacer (`pace`) over varied states, against a
//     same-process yardstick (a JSON round trip of the same state objects).
//  2. A dialling hour of 50 agents on a 6,000-number list (the proof's day): attempts per wall
//     second, predictive against progressive on the same list and seed (the baseline).
//  3. A 100,000-number list dialled in simulation: wall time, attempts, list penetration, peak
//     memory, and the cost per attempt against the 6,000-number run (1.0 = no growth with the list).
// Run: npm run bench:dialer [-- --rounds 3 --list 100000 --agents 700 --hours 3]. Never asserted in tests.
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { defaultPacerParams, pace, type PacerState } from '../src/domain/outbound/dialing/pacer.ts';
import { createRng } from '../src/domain/time/index.ts';
import { runOutboundDay, type OutboundDay } from '../src/sim/run-outbound.ts';
import { median } from './support/load.ts';

const flag = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const rounds = flag('rounds', 3);
const listSize = flag('list', 100_000);
const bigAgents = flag('agents', 700);
const bigHours = flag('hours', 3);

/** States a 50-agent campaign goes through, drawn once so both loops see the same ones. */
function pacerStates(count: number): PacerState[] {
  const rng = createRng(7);
  return Array.from({ length: count }, () => {
    const busy = Math.floor(rng.next() * 50);
    const matured = Math.floor(rng.next() * 2000);
    const answered = Math.floor(rng.next() * 1000);
    return {
      idleAgents: 50 - busy, busyAgents: busy, dialling: Math.floor(rng.next() * 60), waitingAnswered: Math.floor(rng.next() * 3),
      maturedAttempts: matured, maturedAnswered: Math.floor(matured * rng.next() * 0.6),
      answeredToday: answered, abandonedToday: Math.floor(answered * rng.next() * 0.03),
      avgHandleSeconds: 60 + rng.next() * 200, handledCalls: answered, avgAnswerDelaySeconds: 4 + rng.next() * 8, capacity: 100,
    };
  });
}

function perSecond(states: readonly PacerState[], work: (s: PacerState) => unknown): number {
  let sink = 0;
  const start = performance.now();
  for (let i = 0; i < 5; i++) for (const s of states) sink += work(s) ? 1 : 0;
  const ms = performance.now() - start;
  if (sink < 0) process.stdout.write('');
  return (5 * states.length) / (ms / 1000);
}

const day = (mode: 'predictive' | 'progressive', agents: number, numbers: number, hours: number): OutboundDay => ({
  agents,
  skillId: 1,
  wrapUp: { dist: 'exponential', meanSeconds: 15 },
  durationHours: hours,
  campaigns: [{ campaignId: 1, mode, skillId: 1, numbers, answerRate: 0.35, busyRate: 0.15, noAnswerRate: 0.4, handleTime: { dist: 'exponential', meanSeconds: 120 }, maxAlertingTime: 25 }],
});

function timed(d: OutboundDay) {
  const start = performance.now();
  const result = runOutboundDay(d, 1);
  const wallMs = performance.now() - start;
  const c = result.campaigns[0]!;
  return { wallMs, attempts: c.attempts, perSecond: c.attempts / (wallMs / 1000), usPerAttempt: (wallMs * 1000) / c.attempts, penetration: c.penetration, abandonRate: c.abandonRate, occupancy: c.occupancy };
}

const states = pacerStates(20_000);
const paced: number[] = [];
const yardstick: number[] = [];
const predictive: Array<ReturnType<typeof timed>> = [];
const progressive: Array<ReturnType<typeof timed>> = [];
for (let round = 0; round < rounds; round++) {
  paced.push(perSecond(states, (s) => pace(s, defaultPacerParams).dial));
  yardstick.push(perSecond(states, (s) => JSON.parse(JSON.stringify(s)).dialling));
  predictive.push(timed(day('predictive', 50, 6_000, 1)));
  progressive.push(timed(day('progressive', 50, 6_000, 1)));
}
const rssBefore = process.memoryUsage().rss;
const big = timed(day('predictive', bigAgents, listSize, bigHours));
const peakRssMb = process.resourceUsage().maxRSS / 1024;
const mid = (runs: Array<ReturnType<typeof timed>>, key: 'perSecond' | 'usPerAttempt') => median(runs.map((r) => r[key]));

const report = {
  benchmark: 'engine dialer in virtual time',
  rounds,
  loadAverage: os.loadavg().map((l) => +l.toFixed(2)),
  pacing: {
    decisionsPerSecond: Math.round(median(paced)),
    yardstickPerSecond: Math.round(median(yardstick)),
    /** Pacing decisions per JSON round trip of the same state (higher is cheaper). */
    ratioToYardstick: +median(paced.map((p, i) => p / yardstick[i]!)).toFixed(2),
  },
  hour50Agents6000Numbers: {
    predictiveAttemptsPerWallSecond: Math.round(mid(predictive, 'perSecond')),
    progressiveAttemptsPerWallSecond: Math.round(mid(progressive, 'perSecond')),
    /** Predictive over progressive wall cost per attempt (the pacer's overhead; 1.0 = none). */
    costRatioPredictiveToProgressive: +median(predictive.map((p, i) => p.usPerAttempt / progressive[i]!.usPerAttempt)).toFixed(2),
    predictiveAbandonRate: +predictive[0]!.abandonRate.toFixed(4),
    occupancy: { predictive: +predictive[0]!.occupancy.toFixed(3), progressive: +progressive[0]!.occupancy.toFixed(3) },
  },
  bigList: {
    numbers: listSize,
    agents: bigAgents,
    simulatedHours: bigHours,
    wallSeconds: +(big.wallMs / 1000).toFixed(1),
    attempts: big.attempts,
    penetration: +big.penetration.toFixed(3),
    attemptsPerWallSecond: Math.round(big.perSecond),
    peakRssMb: Math.round(peakRssMb),
    rssGrowthMb: Math.round((process.memoryUsage().rss - rssBefore) / 1_048_576),
    /** Cost per attempt on the big list over the 6,000-number hour (1.0 = no growth with list size). */
    costPerAttemptRatio: +(big.usPerAttempt / mid(predictive, 'usPerAttempt')).toFixed(2),
  },
};
process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
