import { erlangA } from './erlang-a.ts';
import { erlangC, type QueueInputs, type QueuePrediction } from './erlang-c.ts';

/** Erlang C, or Erlang A when callers have a finite mean patience. */
export function predict(inputs: QueueInputs & { patienceSeconds?: number | null }): QueuePrediction & { model: 'Erlang C' | 'Erlang A' } {
  const { patienceSeconds, ...base } = inputs;
  return patienceSeconds ? { ...erlangA({ ...base, patienceSeconds }), model: 'Erlang A' } : { ...erlangC(base), model: 'Erlang C' };
}

/** Agents searched at most when sizing (a bound on the loop, far above any single queue). */
const agentsSearchMax = 20_000;

/**
 * The fewest agents whose predicted service level reaches `goal` (a fraction), or null when no
 * number up to the search bound does.
 */
export function agentsFor(inputs: Omit<QueueInputs, 'agents'> & { patienceSeconds?: number | null; goal: number }): number | null {
  const erlangs = (inputs.callsPerHour / 3600) * inputs.ahtSeconds;
  for (let agents = Math.max(1, Math.floor(erlangs)); agents <= agentsSearchMax; agents++) {
    const p = predict({ ...inputs, agents });
    if (p.stable && p.serviceLevel >= inputs.goal) return agents;
  }
  return null;
}
