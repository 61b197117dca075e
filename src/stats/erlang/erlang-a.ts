import type { QueueInputs, QueuePrediction } from './erlang-c.ts';

/** Callers waiting beyond this many are so improbable that the distribution is cut there. */
const waitingStatesMax = 20_000;
const negligible = 1e-15;

/**
 * Erlang A (Palm's M/M/N+M): callers give up after an exponential patience of mean
 * `patienceSeconds`. The stationary distribution of the birth–death chain gives P(wait) and,
 * with the abandonment rate θ·E[queue], P(abandon). A caller who finds j others waiting reaches an
 * agent after j+1 stages of rates b_i = Nμ + iθ + θ (the queue ahead shrinks by services and
 * abandons; the caller itself abandons at θ), each passed with probability (b_i − θ)/b_i; its
 * wait is the sum of those exponential stages, whose distribution is computed by uniformisation.
 */
export function erlangA(inputs: QueueInputs & { patienceSeconds: number }): QueuePrediction {
  const { agents: n, ahtSeconds, targetSeconds, patienceSeconds } = inputs;
  const lambda = inputs.callsPerHour / 3600;
  const mu = 1 / ahtSeconds;
  const theta = 1 / patienceSeconds;
  const erlangs = lambda / mu;
  if (n <= 0 || lambda <= 0) {
    return { offeredErlangs: erlangs, pWait: n <= 0 ? 1 : 0, serviceLevel: n <= 0 ? 0 : 1, asa: 0, pAbandon: n <= 0 ? 1 : 0, occupancy: 0, averageQueueLength: 0, stable: true };
  }
  const weights = stationaryWeights(n, erlangs, lambda, mu, theta);
  const total = weights.busy.reduce((s, w) => s + w, 0) + weights.free;
  const waiting = weights.busy.map((w) => w / total);
  const pWait = waiting.reduce((s, p) => s + p, 0);
  const meanQueue = waiting.reduce((s, p, j) => s + j * p, 0);
  const pAbandon = (theta * meanQueue) / lambda;
  let servedWithinTarget = 1 - pWait;
  let servedWaitSum = 0;
  for (let j = 0; j < waiting.length; j++) {
    const p = waiting[j]!;
    if (p < negligible) continue;
    let reach = 1;
    let meanWait = 0;
    for (let i = 0; i <= j; i++) {
      const b = n * mu + i * theta + theta;
      reach *= (b - theta) / b;
      meanWait += 1 / b;
    }
    servedWithinTarget += p * reach * hypoexponentialCdf(n * mu, theta, j, targetSeconds);
    servedWaitSum += p * reach * meanWait;
  }
  const served = 1 - pAbandon;
  return {
    offeredErlangs: erlangs,
    pWait,
    serviceLevel: servedWithinTarget,
    asa: served > 0 ? servedWaitSum / served : 0,
    pAbandon,
    occupancy: (lambda * served) / (n * mu),
    averageQueueLength: meanQueue,
    stable: true,
  };
}

/**
 * Unnormalised stationary weights: `free` sums the states with an agent free (k < N), `busy[j]`
 * the state with all N busy and j waiting. Computed relative to the state k = N to stay in range.
 */
function stationaryWeights(n: number, erlangs: number, lambda: number, mu: number, theta: number): { free: number; busy: number[] } {
  // π_k / π_N for k < N: Π_{i=k+1..N} i/A, summed downward.
  let free = 0;
  let ratio = 1;
  for (let k = n - 1; k >= 0; k--) {
    ratio *= (k + 1) / erlangs;
    free += ratio;
    if (ratio < negligible * free && k < n - 50) break;
  }
  const busy = [1];
  let w = 1;
  for (let j = 1; j < waitingStatesMax; j++) {
    w *= lambda / (n * mu + j * theta);
    busy.push(w);
    if (w < negligible * (free + 1)) break;
  }
  return { free, busy };
}

/**
 * P(S ≤ t) for S = Σ_{i=0..j} Exp(b_i), b_i = Nμ + iθ + θ: a pure-death chain from stage j to
 * absorption, by uniformisation at rate Λ = b_j (the largest rate).
 */
function hypoexponentialCdf(nMu: number, theta: number, j: number, t: number): number {
  const rate = (i: number) => nMu + i * theta + theta;
  const uniform = rate(j);
  const lt = uniform * t;
  // Stage probabilities of the uniformised chain after k jumps; index j+1 is "absorbed".
  let stages = new Float64Array(j + 2);
  stages[j] = 1;
  let poisson = Math.exp(-lt);
  let cdf = 0;
  const kMax = Math.ceil(lt + 10 * Math.sqrt(lt + 1) + 20);
  // exp(−Λt) underflows for large Λt: carry the Poisson weights in log space when needed.
  let logPoisson = -lt;
  for (let k = 0; k <= kMax; k++) {
    poisson = Math.exp(logPoisson);
    cdf += poisson * stages[j + 1]!;
    const next = new Float64Array(j + 2);
    next[j + 1] = stages[j + 1]!;
    for (let i = 0; i <= j; i++) {
      const p = stages[i]!;
      if (p === 0) continue;
      const leave = rate(i) / uniform;
      next[i] = (next[i] ?? 0) + p * (1 - leave);
      next[i === 0 ? j + 1 : i - 1] = (next[i === 0 ? j + 1 : i - 1] ?? 0) + p * leave;
    }
    stages = next;
    logPoisson += Math.log(lt) - Math.log(k + 1);
  }
  return Math.min(1, cdf);
}
