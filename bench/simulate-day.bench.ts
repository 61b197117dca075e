// Benchmark: a 24-hour day of a 100-agent center through `opencec simulate`'s engine, reported as
// simulated seconds per wall second, beside a fixed CPU baseline measured in the same process (so
// that numbers from different machines compare). Run: npm run bench. Never asserted in tests.
import { createHash } from 'node:crypto';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { simulate } from '../src/app/simulate/simulate-command.ts';
import { checkScenario } from '../src/sim/scenario.ts';

/** A working day: quiet night, morning peak, lunch dip, afternoon peak (calls per hour). */
const dayProfile = [
  [0, 150], [6, 400], [8, 1100], [10, 1250], [12, 900], [13, 1150], [16, 1000], [18, 600], [20, 300], [22, 150],
].map(([fromHour, callsPerHour]) => ({ fromHour: fromHour!, callsPerHour: callsPerHour! }));

const scenario = checkScenario({
  name: '100-agent center, one day',
  durationHours: 24,
  warmupMinutes: 0,
  intervalMinutes: 30,
  skills: [{ skillId: 1, name: 'Voice' }, { skillId: 2, name: 'Billing' }],
  agents: [
    { count: 70, skills: [1], answerDelay: { dist: 'fixed', seconds: 2 }, wrapUp: { dist: 'exponential', meanSeconds: 20 }, breaks: [{ atMinute: 600, minutes: 15 }, { atMinute: 900, minutes: 15 }] },
    { count: 30, skills: [1, 2], answerDelay: { dist: 'fixed', seconds: 2 }, wrapUp: { dist: 'exponential', meanSeconds: 30 } },
  ],
  traffic: [
    { accessCode: '4001', skillId: 1, callsPerHour: dayProfile, handleTime: { dist: 'lognormal', meanSeconds: 240, sdSeconds: 120 }, patience: { dist: 'exponential', meanSeconds: 180 } },
    { accessCode: '4009', skillId: 2, callsPerHour: 120, handleTime: { dist: 'exponential', meanSeconds: 300 }, patience: { dist: 'exponential', meanSeconds: 240 } },
  ],
});

/** Wall and CPU milliseconds of `work`. */
async function timed<T>(work: () => Promise<T> | T): Promise<{ value: T; wallMs: number; cpuMs: number }> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  const value = await work();
  const used = process.cpuUsage(cpu);
  return { value, wallMs: performance.now() - started, cpuMs: (used.user + used.system) / 1000 };
}

function cpuBaseline(): void {
  const block = Buffer.alloc(1024 * 1024, 7);
  const hash = createHash('sha256');
  for (let i = 0; i < 256; i++) hash.update(block);
  hash.digest();
}

const baseline = await timed(cpuBaseline);
const baselineMs = baseline.wallMs;
const day = await timed(() => simulate(scenario, 1));
const result = day.value;
const wallMs = day.wallMs;
const simulatedSeconds = result.simulatedMs / 1000;
const report = {
  benchmark: 'simulate a 24-hour day of a 100-agent center',
  offeredCalls: result.offered,
  eventLogEntries: result.eventLogEntries,
  simulatedHours: +(result.simulatedMs / 3_600_000).toFixed(2),
  wallSeconds: +(wallMs / 1000).toFixed(2),
  simulatedSecondsPerWallSecond: Math.round(simulatedSeconds / (wallMs / 1000)),
  callsPerWallSecond: Math.round(result.offered / (wallMs / 1000)),
  cpuBaselineMs: +baselineMs.toFixed(1),
  /** Wall time of the day in units of the CPU baseline (lower is better, machine-independent). */
  dayInBaselineUnits: +(wallMs / baselineMs).toFixed(1),
  /**
   * The process's CPU time for the day, and in units of the baseline's CPU time: far steadier than
   * wall time on a machine other processes share (issue 8 item 6), where the wall figures above
   * grow with the load average.
   */
  cpuSeconds: +(day.cpuMs / 1000).toFixed(2),
  dayInBaselineCpuUnits: +(day.cpuMs / baseline.cpuMs).toFixed(1),
  loadAverage: os.loadavg().map((l) => +l.toFixed(2)),
  underOneMinute: wallMs < 60_000,
  invariantViolations: result.invariantViolations.length,
};
process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
