import type { PredictParam } from './dialer-spec.ts';

/**
 * The predictive pacer (decision 0751). The reference names the parameters of its four predictive
 * methods (Table 7-8…7-12) but not an algorithm; this one is a per-decision bound:
 *
 *   With N calls outstanding (dialling) and each answering with probability p, the answers X are
 *   Binomial(N, p). F agents will be there to take them (idle now, plus busy agents expected to
 *   free up within the time a dial takes to be answered). The expected abandons are E[(X − F)+].
 *   The pacer dials the largest N for which E[(X − F)+] ≤ c′ · E[X]: abandons stay a share c′ of
 *   answers in expectation, with c′ below the campaign's ceiling c (default 3 % of answered calls
 *   a day). c′ shrinks as the day's measured abandon rate approaches c and is 0 once it reaches it:
 *   then N ≤ F and no answered call can find every agent busy (except for the busy agents counted
 *   as "soon free" that are late).
 *
 * The predictMethod parameters only tune it: lossRate lowers the ceiling, connRate/outBoundRate
 * seed the answer rate before there are measurements, min/maxAvgCallTime clamp the measured
 * handle time, offHookRate caps the dials per free agent.
 */

export interface PacerParams {
  /** Abandoned / answered per campaign per day that must not be exceeded (0.03). */
  ceiling: number;
  /** Share of the ceiling spent per decision while the day is well below it. */
  safety: number;
  /** Prior answer rate and its weight in pseudo-attempts. */
  priorAnswerRate: number;
  priorWeight: number;
  /** Clamp of the measured average handle time, seconds, and the prior mixed into it. */
  minAhtSeconds: number;
  maxAhtSeconds: number;
  priorAhtSeconds: number;
  /** Dials per free agent at most. */
  maxRatio: number;
}

export interface PacerState {
  /** Free agents of the skill now (idle, not reserved). */
  idleAgents: number;
  /** Agents of the skill in a call or wrap-up. */
  busyAgents: number;
  /** Calls dialled and not yet answered or failed. */
  dialling: number;
  /** Answered calls waiting for an agent right now. */
  waitingAnswered: number;
  /** Matured attempts (outcome surely known, see AnswerRateMeter) and the answered ones among them. */
  maturedAttempts: number;
  maturedAnswered: number;
  /** Today's answered calls and those the dialer abandoned (the ceiling's measure). */
  answeredToday: number;
  abandonedToday: number;
  /** Measured means (null before the first) and how many calls the handle time mean is over. */
  avgHandleSeconds: number | null;
  handledCalls: number;
  avgAnswerDelaySeconds: number | null;
  /** Remaining concurrency (campaign cap minus calls in progress). */
  capacity: number;
  /** Inbound calls a second reaching the skill (a blended center; decision 0757); absent: none. */
  inboundPerSecond?: number;
}

export const defaultPacerParams: PacerParams = { ceiling: 0.03, safety: 0.6, priorAnswerRate: 0.4, priorWeight: 20, minAhtSeconds: 30, maxAhtSeconds: 3600, priorAhtSeconds: 120, maxRatio: 4 };

/** Pacer parameters from a campaign's predictParam and ceiling. */
export function pacerParamsOf(predict: PredictParam | null | undefined, ceiling: number): PacerParams {
  const p = { ...defaultPacerParams, ceiling };
  const sub = predict?.agentPredictParam ?? predict?.connectPredictParam ?? predict?.expPredictParam ?? null;
  if (sub) {
    p.minAhtSeconds = Math.min(sub.minAvgCallTime, sub.maxAvgCallTime);
    p.maxAhtSeconds = Math.max(sub.minAvgCallTime, sub.maxAvgCallTime);
    p.priorAhtSeconds = (p.minAhtSeconds + p.maxAhtSeconds) / 2;
  }
  const loss = predict?.agentPredictParam?.lossRate ?? predict?.connectPredictParam?.lossRate;
  if (loss !== undefined && loss >= 0) p.ceiling = Math.min(p.ceiling, loss / 100);
  const rate = predict?.connectPredictParam?.connRate ?? predict?.expPredictParam?.outBoundRate;
  if (rate !== undefined && rate > 0) p.priorAnswerRate = Math.min(1, rate / 100);
  if (predict?.offhookPredictParam) p.maxRatio = Math.max(1, predict.offhookPredictParam.offHookRate / 100);
  return p;
}

/** Answer rate with the prior mixed in (a Beta prior of `priorWeight` pseudo-attempts). */
export function answerRate(state: PacerState, params: PacerParams): number {
  const p = (state.maturedAnswered + params.priorAnswerRate * params.priorWeight) / (state.maturedAttempts + params.priorWeight);
  return Math.min(0.99, Math.max(0.01, p));
}

/**
 * Expected overflow E[(X − f)+] for X ~ Binomial(n, p), by the pmf recurrence. Exact for the
 * sizes a campaign dials (n ≤ a few thousand).
 */
export function expectedExcess(n: number, p: number, f: number): number {
  if (n <= f) return 0;
  if (p >= 1) return n - f;
  if (p <= 0) return 0;
  const q = 1 - p;
  let pmf = Math.pow(q, n);
  let logPmf: number | null = null;
  if (pmf === 0) logPmf = n * Math.log(q);
  let excess = 0;
  for (let k = 0; k <= n; k++) {
    if (k > 0) {
      if (logPmf !== null) {
        logPmf += Math.log(((n - k + 1) / k) * (p / q));
        pmf = Math.exp(logPmf);
      } else pmf *= ((n - k + 1) / k) * (p / q);
    }
    if (k > f) excess += (k - f) * pmf;
  }
  return excess;
}

/** The share of the ceiling this decision may use: 0 once the day's rate reaches the ceiling. */
export function allowedAbandonShare(state: PacerState, params: PacerParams): number {
  if (params.ceiling <= 0) return 0;
  // Smoothed so that the first abandons of the day do not stop the pacer outright.
  const dayRate = state.abandonedToday / Math.max(1, state.answeredToday + params.priorWeight);
  const headroom = Math.min(1, Math.max(0, (params.ceiling - dayRate) / params.ceiling) * 2);
  return params.ceiling * params.safety * headroom;
}

/** Agents expected to take an answer: idle ones, and busy ones that free up within the answer delay. */
export function agentsForAnswers(state: PacerState, params: PacerParams): number {
  // Early in the day the calls that have ended are the short ones: the prior weighs like 20 calls.
  const measured = state.avgHandleSeconds ?? params.priorAhtSeconds;
  const n = state.avgHandleSeconds === null ? 0 : state.handledCalls;
  const blended = (measured * n + params.priorAhtSeconds * params.priorWeight) / (n + params.priorWeight);
  const aht = Math.min(params.maxAhtSeconds, Math.max(params.minAhtSeconds, blended));
  const lead = state.avgAnswerDelaySeconds ?? 10;
  // Memoryless estimate: each busy agent frees within `lead` with probability lead / aht.
  const soonFree = Math.floor(state.busyAgents * Math.min(1, lead / aht));
  // Inbound calls that arrive while the dialled calls ring take free agents first (decision 0757).
  const inbound = (state.inboundPerSecond ?? 0) * lead;
  return Math.max(0, Math.floor(state.idleAgents + soonFree - state.waitingAnswered - inbound));
}

export interface PacingDecision {
  /** New calls to dial now. */
  dial: number;
  /** Total outstanding the bound allows (dialling + new). */
  outstanding: number;
  answerRate: number;
  agents: number;
  expectedAbandons: number;
}

/** How many calls to dial now. */
export function pace(state: PacerState, params: PacerParams = defaultPacerParams): PacingDecision {
  const p = answerRate(state, params);
  const agents = agentsForAnswers(state, params);
  const share = allowedAbandonShare(state, params);
  const limit = Math.max(state.dialling, Math.min(state.dialling + Math.max(0, state.capacity), Math.ceil(Math.max(agents, 1) * params.maxRatio / p)));
  if (share === 0) {
    // At the ceiling: one call per agent idle now (the busy ones may not be back in time).
    const outstanding = Math.max(state.dialling, Math.min(state.dialling + Math.max(0, state.capacity), state.idleAgents - state.waitingAnswered));
    return { dial: outstanding - state.dialling, outstanding, answerRate: p, agents, expectedAbandons: expectedExcess(outstanding, p, agents) };
  }
  // The largest n whose expected abandons stay within the allowed share of its expected answers
  // (E[(X − f)+] / (n p) grows with n, so a binary search finds it).
  const fits = (n: number) => expectedExcess(n, p, agents) <= share * n * p;
  let lo = Math.min(limit, Math.max(state.dialling, agents));
  let hi = limit;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (fits(mid)) lo = mid;
    else hi = mid - 1;
  }
  const outstanding = lo;
  return { dial: Math.max(0, outstanding - state.dialling), outstanding, answerRate: p, agents, expectedAbandons: expectedExcess(outstanding, p, agents) };
}
