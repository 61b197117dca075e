import type { Rng } from '../domain/time/index.ts';
import { exponential } from './distribution.ts';
import type { Scenario } from './scenario.ts';

/** Only the rate matters here, so that chat flows (chat-traffic.ts) share the arrival process. */
type Flow = Pick<Scenario['traffic'][number], 'callsPerHour'>;

/** The arrival rate of a flow at `hour` (calls per hour). */
export function rateAt(flow: Flow, hour: number): number {
  if (typeof flow.callsPerHour === 'number') return flow.callsPerHour;
  let rate = 0;
  for (const period of [...flow.callsPerHour].sort((a, b) => a.fromHour - b.fromHour)) if (period.fromHour <= hour) rate = period.callsPerHour;
  return rate;
}

/** The hours at which a flow's rate changes (for exact piecewise-constant Poisson arrivals). */
function boundaries(flow: Flow): number[] {
  return typeof flow.callsPerHour === 'number' ? [] : [...new Set(flow.callsPerHour.map((p) => p.fromHour))].sort((a, b) => a - b);
}

/**
 * The next arrival of a Poisson process whose rate is constant between boundaries: an exponential
 * gap at the current rate, restarted at the next boundary when it would cross one (the process is
 * memoryless). Returns null when no arrival falls before `endMs`.
 */
export function nextArrivalMs(flow: Flow, fromMs: number, startMs: number, endMs: number, rng: Rng): number | null {
  const marks = boundaries(flow).map((h) => startMs + h * 3_600_000);
  let t = fromMs;
  for (let guard = 0; guard < 10_000 && t < endMs; guard++) {
    const rate = rateAt(flow, (t - startMs) / 3_600_000);
    const nextMark = marks.find((m) => m > t) ?? endMs;
    if (rate <= 0) {
      t = nextMark;
      continue;
    }
    const arrival = t + exponential(rng, 3_600_000 / rate);
    if (arrival < nextMark) return arrival < endMs ? Math.round(arrival) : null;
    t = nextMark;
  }
  return null;
}

/** The mean rate of a flow over the scenario (for Erlang predictions). */
export function meanRate(flow: Flow, durationHours: number): number {
  if (typeof flow.callsPerHour === 'number') return flow.callsPerHour;
  const steps = 1000;
  let sum = 0;
  for (let i = 0; i < steps; i++) sum += rateAt(flow, ((i + 0.5) / steps) * durationHours);
  return sum / steps;
}
