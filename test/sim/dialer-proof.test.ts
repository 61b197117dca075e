// Goal: the proof of issue 11 item 6: on a simulated day with 50 agents, the predictive dialer
// keeps its abandoned-by-dialer rate within the 3 % ceiling with 95 % confidence over seeds, while
// its agents are busier than those of a progressive (preempted) campaign on the same list and seed.
// Method: runOutboundDay (the engine's dialer and routing in virtual time, the in-memory outbound
// service) over an 8-hour working day (the campaign's calling window: about 29,000 attempts and
// 9,900 answered calls a run, the ceiling being per campaign per day) for 10 seeds. Called parties
// answer 35 % (busy 15 %, never answering 40 %, invalid 10 %) after about 8 s, talk time is
// exponential with mean 120 s, wrap-up 15 s.
// The statement: the one-sided 95 % upper confidence bound on the mean daily abandon rate over
// seeds (Student t, 9 degrees of freedom: 1.833) is at or under the ceiling, and so is every
// seed's day. What we chose to keep it fast: 10 seeds of a full day rather than 20 (a day costs
// about 8× an hour; profiled in src/sim: the retry queue insertion was the service's hot spot).
import { describe, expect, it } from 'vitest';
import { runOutboundDay, type OutboundDay } from '../../src/sim/run-outbound.ts';

const seeds = Array.from({ length: 10 }, (_, i) => i + 1);
const day = (mode: 'predictive' | 'progressive'): OutboundDay => ({
  agents: 50,
  skillId: 1,
  wrapUp: { dist: 'exponential', meanSeconds: 15 },
  durationHours: 8,
  campaigns: [{ campaignId: 1, mode, skillId: 1, numbers: 48_000, answerRate: 0.35, busyRate: 0.15, noAnswerRate: 0.4, handleTime: { dist: 'exponential', meanSeconds: 120 }, maxAlertingTime: 25 }],
});

const ceiling = 0.03;
const results = seeds.map((seed) => ({ seed, predictive: runOutboundDay(day('predictive'), seed).campaigns[0]!, progressive: runOutboundDay(day('progressive'), seed).campaigns[0]! }));

describe('the predictive dialer on a simulated day (8 hours, 50 agents, 10 seeds)', () => {
  it('keeps the abandon rate within the ceiling: the day of every seed, and a one-sided 95 % bound on the mean', () => {
    const rates = results.map((r) => r.predictive.abandonRate);
    expect(rates.filter((r) => r <= ceiling).length).toBe(seeds.length);
    const mean = rates.reduce((a, b) => a + b, 0) / rates.length;
    const sd = Math.sqrt(rates.reduce((a, b) => a + (b - mean) ** 2, 0) / (rates.length - 1));
    // Student t, 9 degrees of freedom, one-sided 95 %: 1.833.
    expect(mean + (1.833 * sd) / Math.sqrt(rates.length)).toBeLessThanOrEqual(ceiling);
    for (const r of results) expect(r.predictive.answered).toBeGreaterThan(7000);
  });

  it('gives its agents more work than progressive dialling on the same list and seed', () => {
    for (const r of results) {
      expect(r.predictive.occupancy, `seed ${r.seed}`).toBeGreaterThan(r.progressive.occupancy);
      expect(r.predictive.idleSecondsBetweenCalls, `seed ${r.seed}`).toBeLessThan(r.progressive.idleSecondsBetweenCalls);
      // Progressive dialling has an agent on every call: nothing to abandon.
      expect(r.progressive.abandoned).toBe(0);
    }
    const mean = (f: (r: (typeof results)[number]) => number) => results.reduce((a, r) => a + f(r), 0) / results.length;
    expect(mean((r) => r.predictive.occupancy - r.progressive.occupancy)).toBeGreaterThan(0.05);
  });

  it('reports the list measures: attempts, connects and penetration grow with the pace', () => {
    for (const r of results) {
      expect(r.predictive.attempts).toBeGreaterThan(r.progressive.attempts);
      expect(r.predictive.connects).toBeGreaterThan(r.progressive.connects);
      expect(r.predictive.penetration).toBeGreaterThan(r.progressive.penetration);
      expect(r.predictive.penetration).toBeLessThanOrEqual(1);
    }
  });
});
