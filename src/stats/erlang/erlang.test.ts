// Goal: the Erlang formulas give the published values. Method: textbook vectors for Erlang C, and
// for Erlang A the limits it must meet (infinite patience → Erlang C) and values computed
// independently by solving the M/M/N+M chain numerically.
import { describe, expect, it } from 'vitest';
import { erlangA, erlangC, erlangCProbability } from './index.ts';

describe('Erlang C', () => {
  it('matches the classic vector: 100 calls per 30 min, AHT 3 min, 14 agents', () => {
    const p = erlangC({ callsPerHour: 200, ahtSeconds: 180, agents: 14, targetSeconds: 20 });
    expect(p.offeredErlangs).toBeCloseTo(10, 10);
    expect(p.pWait).toBeCloseTo(0.1741, 4);
    expect(p.serviceLevel).toBeCloseTo(0.888, 3);
    expect(p.occupancy).toBeCloseTo(0.714, 3);
    expect(p.asa).toBeCloseTo((0.17405 * 180) / 4, 1);
  });

  it('matches other textbook values', () => {
    // A = 2 Erlangs on 3 agents: C = 4/9 (exact).
    expect(erlangCProbability(3, 2)).toBeCloseTo(4 / 9, 12);
    // One agent is M/M/1: C = ρ.
    expect(erlangCProbability(1, 0.7)).toBeCloseTo(0.7, 12);
    // Large centers do not overflow: 500 agents at 480 Erlangs.
    const big = erlangCProbability(500, 480);
    expect(big).toBeGreaterThan(0);
    expect(big).toBeLessThan(1);
  });

  it('reports an unstable queue when the load reaches the agents', () => {
    expect(erlangC({ callsPerHour: 280, ahtSeconds: 180, agents: 14, targetSeconds: 20 }).stable).toBe(false);
  });
});

describe('Erlang A', () => {
  it('tends to Erlang C as patience grows', () => {
    const c = erlangC({ callsPerHour: 200, ahtSeconds: 180, agents: 14, targetSeconds: 20 });
    const a = erlangA({ callsPerHour: 200, ahtSeconds: 180, agents: 14, targetSeconds: 20, patienceSeconds: 1e9 });
    expect(a.pWait).toBeCloseTo(c.pWait, 5);
    expect(a.serviceLevel).toBeCloseTo(c.serviceLevel, 5);
    expect(a.asa).toBeCloseTo(c.asa, 3);
    expect(a.pAbandon).toBeLessThan(1e-6);
  });

  it('agrees with a direct numerical solution of M/M/N+M', () => {
    const inputs = { callsPerHour: 220, ahtSeconds: 180, agents: 11, targetSeconds: 20, patienceSeconds: 60 };
    const a = erlangA(inputs);
    const direct = solveChain(inputs);
    expect(a.pWait).toBeCloseTo(direct.pWait, 9);
    expect(a.pAbandon).toBeCloseTo(direct.pAbandon, 9);
    expect(a.averageQueueLength).toBeCloseTo(direct.meanQueue, 9);
    // Abandonment keeps an overloaded queue stable, unlike Erlang C.
    expect(a.stable).toBe(true);
    expect(a.serviceLevel).toBeGreaterThan(0);
    expect(a.serviceLevel).toBeLessThan(1 - a.pAbandon);
  });

  it('computes the service level consistently with a Monte Carlo of the caller\'s own wait', () => {
    const inputs = { callsPerHour: 200, ahtSeconds: 180, agents: 12, targetSeconds: 20, patienceSeconds: 120 };
    const a = erlangA(inputs);
    expect(a.serviceLevel).toBeCloseTo(monteCarloServiceLevel(inputs), 2);
  });
});

/** Balance equations of the M/M/N+M chain, solved by brute force (independent of the module). */
function solveChain(i: { callsPerHour: number; ahtSeconds: number; agents: number; patienceSeconds: number }) {
  const lambda = i.callsPerHour / 3600;
  const mu = 1 / i.ahtSeconds;
  const theta = 1 / i.patienceSeconds;
  const p = [1];
  for (let k = 1; k < 3000; k++) p.push((p[k - 1]! * lambda) / (Math.min(k, i.agents) * mu + Math.max(0, k - i.agents) * theta));
  const total = p.reduce((s, x) => s + x, 0);
  const q = p.map((x) => x / total);
  const pWait = q.slice(i.agents).reduce((s, x) => s + x, 0);
  const meanQueue = q.reduce((s, x, k) => s + Math.max(0, k - i.agents) * x, 0);
  return { pWait, meanQueue, pAbandon: (theta * meanQueue) / lambda };
}

/**
 * For an arrival: draw its state from the stationary distribution, then race its patience against
 * the stages ahead of it (seeded generator; 200,000 draws).
 */
function monteCarloServiceLevel(i: { callsPerHour: number; ahtSeconds: number; agents: number; targetSeconds: number; patienceSeconds: number }) {
  const lambda = i.callsPerHour / 3600;
  const mu = 1 / i.ahtSeconds;
  const theta = 1 / i.patienceSeconds;
  const p = [1];
  for (let k = 1; k < 2000; k++) p.push((p[k - 1]! * lambda) / (Math.min(k, i.agents) * mu + Math.max(0, k - i.agents) * theta));
  const total = p.reduce((s, x) => s + x, 0);
  let seed = 12345;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const exp = (rate: number) => -Math.log(1 - random()) / rate;
  let good = 0;
  const draws = 200_000;
  for (let d = 0; d < draws; d++) {
    let u = random() * total;
    let k = 0;
    while (u > p[k]! && k < p.length - 1) u -= p[k++]!;
    if (k < i.agents) {
      good++;
      continue;
    }
    const patience = exp(theta);
    let t = 0;
    for (let ahead = k - i.agents; ahead >= 0; ahead--) t += exp(i.agents * mu + ahead * theta);
    if (t <= patience && t <= i.targetSeconds) good++;
  }
  return good / draws;
}
