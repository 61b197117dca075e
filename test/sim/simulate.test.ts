// Goal: the simulator runs the real engine deterministically and agrees with queueing theory.
// Method: short seeded runs for determinism and invariants; for accuracy, a longer run whose
// measured service level and ASA must lie within four standard errors of Erlang C, the standard
// error estimated by batch means over hourly intervals (the intervals are autocorrelated, so a
// naive binomial error would be too small).
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/app/simulate/simulate-command.ts';
import { checkScenario, simpleScenario, ScenarioError } from '../../src/sim/scenario.ts';
import type { SimulationResult } from '../../src/sim/run-simulation.ts';

function batchStandardError(result: SimulationResult, value: (p: SimulationResult['intervals'][number]) => number | null, batches: number): number {
  const points = result.intervals.slice(Math.ceil(result.intervals.length / 20));
  const size = Math.floor(points.length / batches);
  const means: number[] = [];
  for (let b = 0; b < batches; b++) {
    const chunk = points.slice(b * size, (b + 1) * size);
    const values = chunk.map(value).filter((v): v is number => v !== null);
    means.push(values.reduce((s, v) => s + v, 0) / values.length);
  }
  const mean = means.reduce((s, v) => s + v, 0) / means.length;
  const variance = means.reduce((s, v) => s + (v - mean) ** 2, 0) / (means.length - 1);
  return Math.sqrt(variance / means.length);
}

describe('opencec simulate', () => {
  it('gives the same event log for the same seed, and another for another seed', async () => {
    const scenario = simpleScenario({ agents: 5, callsPerHour: 80, ahtSeconds: 180, patienceSeconds: 60, durationHours: 2, seed: 7 });
    const a = await simulate(scenario, 7);
    const b = await simulate(scenario, 7);
    const c = await simulate(scenario, 8);
    expect(a.eventLogHash).toBe(b.eventLogHash);
    expect(a.offered).toBe(b.offered);
    expect(c.eventLogHash).not.toBe(a.eventLogHash);
    expect(a.invariantViolations).toEqual([]);
    expect(a.offered).toBeGreaterThan(100);
    expect(a.answered + a.abandoned).toBe(a.offered);
  });

  it('agrees with Erlang C within statistical error (14 agents, 200 calls/h, AHT 180 s)', async () => {
    const scenario = simpleScenario({ agents: 14, callsPerHour: 200, ahtSeconds: 180, patienceSeconds: null, durationHours: 60, seed: 11 });
    scenario.intervalMinutes = 60;
    const r = await simulate(scenario, 11);
    expect(r.invariantViolations).toEqual([]);
    expect(r.erlang.model).toBe('Erlang C');
    const slError = batchStandardError(r, (p) => (p.offered ? p.answeredWithinTarget / p.offered : null), 10);
    const asaError = batchStandardError(r, (p) => (p.answered ? p.answeredWaitSumMs / 1000 / p.answered : null), 10);
    expect(Math.abs(r.serviceLevel - r.erlang.serviceLevel)).toBeLessThan(4 * slError + 0.002);
    expect(Math.abs(r.asa - r.erlang.asa)).toBeLessThan(4 * asaError + 0.1);
    expect(r.pAbandon).toBe(0);
  }, 120_000);

  it('agrees with Erlang A when callers have exponential patience', async () => {
    const scenario = simpleScenario({ agents: 12, callsPerHour: 200, ahtSeconds: 180, patienceSeconds: 120, durationHours: 60, seed: 5 });
    scenario.intervalMinutes = 60;
    const r = await simulate(scenario, 5);
    expect(r.erlang.model).toBe('Erlang A');
    const abandonError = batchStandardError(r, (p) => (p.offered ? p.abandoned / p.offered : null), 10);
    const slError = batchStandardError(r, (p) => (p.offered ? p.answeredWithinTarget / p.offered : null), 10);
    expect(Math.abs(r.pAbandon - r.erlang.pAbandon)).toBeLessThan(4 * abandonError + 0.002);
    expect(Math.abs(r.serviceLevel - r.erlang.serviceLevel)).toBeLessThan(4 * slError + 0.002);
  }, 120_000);

  it('runs scenario files with several skills, time-varying rates, wrap-up and breaks', async () => {
    const scenario = checkScenario({
      name: 'two queues',
      durationHours: 3,
      warmupMinutes: 10,
      skills: [{ skillId: 1 }, { skillId: 2 }],
      agents: [
        { count: 4, skills: [1], answerDelay: { dist: 'fixed', seconds: 3 }, wrapUp: { dist: 'lognormal', meanSeconds: 30, sdSeconds: 10 }, breaks: [{ atMinute: 60, minutes: 10 }] },
        { count: 3, skills: [1, 2] },
      ],
      traffic: [
        { accessCode: '5001', skillId: 1, callsPerHour: [{ fromHour: 0, callsPerHour: 40 }, { fromHour: 1, callsPerHour: 80 }], handleTime: { dist: 'exponential', meanSeconds: 150 } },
        { accessCode: '5002', skillId: 2, callsPerHour: 20, handleTime: { dist: 'fixed', seconds: 120 }, patience: { dist: 'exponential', meanSeconds: 90 } },
      ],
    });
    const r = await simulate(scenario, 3);
    expect(r.invariantViolations).toEqual([]);
    expect(r.offered).toBeGreaterThan(150);
    // The second hour has twice the rate of the first.
    const firstHour = r.intervals.slice(0, 4).reduce((s, p) => s + p.offered, 0);
    const secondHour = r.intervals.slice(4, 8).reduce((s, p) => s + p.offered, 0);
    expect(secondHour).toBeGreaterThan(firstHour);
  }, 60_000);

  it('refuses invalid scenarios with a message naming the field', () => {
    expect(() => checkScenario({ durationHours: 1, skills: [], agents: [], traffic: [] })).toThrow(ScenarioError);
    expect(() =>
      checkScenario({ durationHours: 1, skills: [{ skillId: 1 }], agents: [{ count: 1, skills: [2] }], traffic: [{ accessCode: '1', skillId: 1, callsPerHour: 1, handleTime: { dist: 'fixed', seconds: 1 } }] }),
    ).toThrow(/unknown skill 2/);
  });
});
