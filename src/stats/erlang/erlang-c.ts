/**
 * Erlang C (M/M/N): the classic staffing model of a queue whose callers never give up. Inputs in
 * the units contact centers use; outputs as fractions and seconds.
 */
export interface QueueInputs {
  /** Offered calls per hour. */
  callsPerHour: number;
  /** Average handle time in seconds (talk + wrap-up). */
  ahtSeconds: number;
  agents: number;
  /** Service-level target: answered within this many seconds. */
  targetSeconds: number;
}

export interface QueuePrediction {
  /** Offered load in Erlangs (calls per second × AHT). */
  offeredErlangs: number;
  /** Probability that a caller waits at all. */
  pWait: number;
  /** Fraction of callers answered within the target. */
  serviceLevel: number;
  /** Average wait of answered callers, in seconds. */
  asa: number;
  /** Fraction of callers who abandon (0 in Erlang C). */
  pAbandon: number;
  /** Agents' busy fraction. */
  occupancy: number;
  /** Time-average number of callers waiting. */
  averageQueueLength: number;
  /** False when the load meets or exceeds the agents (Erlang C has no steady state then). */
  stable: boolean;
}

/**
 * The Erlang C probability of waiting, computed with the Erlang B recursion
 * (B(k) = A·B(k−1) / (k + A·B(k−1))) so that large agent counts neither overflow nor lose precision.
 */
export function erlangCProbability(agents: number, erlangs: number): number {
  if (agents <= 0) return 1;
  if (erlangs <= 0) return 0;
  if (erlangs >= agents) return 1;
  let b = 1;
  for (let k = 1; k <= agents; k++) b = (erlangs * b) / (k + erlangs * b);
  return b / (1 - (erlangs / agents) * (1 - b));
}

export function erlangC(inputs: QueueInputs): QueuePrediction {
  const { agents, ahtSeconds, targetSeconds } = inputs;
  const erlangs = (inputs.callsPerHour / 3600) * ahtSeconds;
  if (!(erlangs < agents)) {
    return { offeredErlangs: erlangs, pWait: 1, serviceLevel: 0, asa: Number.POSITIVE_INFINITY, pAbandon: 0, occupancy: 1, averageQueueLength: Number.POSITIVE_INFINITY, stable: false };
  }
  const c = erlangCProbability(agents, erlangs);
  const spare = agents - erlangs;
  return {
    offeredErlangs: erlangs,
    pWait: c,
    serviceLevel: 1 - c * Math.exp((-spare * targetSeconds) / ahtSeconds),
    asa: (c * ahtSeconds) / spare,
    pAbandon: 0,
    occupancy: erlangs / agents,
    averageQueueLength: (c * erlangs) / spare,
    stable: true,
  };
}
