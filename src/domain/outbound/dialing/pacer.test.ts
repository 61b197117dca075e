import { describe, expect, it } from 'vitest';
import { AnswerRateMeter } from './answer-rate.ts';
import { agentsForAnswers, allowedAbandonShare, answerRate, defaultPacerParams, expectedExcess, pace, pacerParamsOf, type PacerState } from './pacer.ts';

const state = (over: Partial<PacerState> = {}): PacerState => ({
  idleAgents: 10,
  busyAgents: 40,
  dialling: 0,
  waitingAnswered: 0,
  maturedAttempts: 1000,
  maturedAnswered: 400,
  answeredToday: 400,
  abandonedToday: 0,
  avgHandleSeconds: 180,
  handledCalls: 400,
  avgAnswerDelaySeconds: 10,
  capacity: 1000,
  ...over,
});

/** Binomial pmf by direct sum, for checking the recurrence. */
function bruteExcess(n: number, p: number, f: number): number {
  let choose = 1;
  let sum = 0;
  for (let k = 0; k <= n; k++) {
    if (k > 0) choose = (choose * (n - k + 1)) / k;
    if (k > f) sum += (k - f) * choose * p ** k * (1 - p) ** (n - k);
  }
  return sum;
}

describe('the predictive pacer (decision 0751)', () => {
  it('computes E[(X − f)+] of a binomial exactly', () => {
    for (const [n, p, f] of [[10, 0.5, 3], [40, 0.3, 12], [1, 0.9, 0], [5, 0.2, 5]] as const) expect(expectedExcess(n, p, f)).toBeCloseTo(bruteExcess(n, p, f), 10);
    expect(expectedExcess(3000, 0.4, 1100)).toBeGreaterThan(0);
    expect(Number.isFinite(expectedExcess(5000, 0.5, 10))).toBe(true);
    expect(expectedExcess(10, 1, 4)).toBe(6);
    expect(expectedExcess(10, 0, 4)).toBe(0);
  });

  it('over-dials free agents by about 1/p while the expected abandons stay within c′ of expected answers', () => {
    const s = state();
    const d = pace(s);
    expect(d.answerRate).toBeCloseTo((400 + 0.4 * 20) / 1020, 6);
    expect(d.dial).toBeGreaterThan(d.agents);
    expect(d.outstanding).toBeLessThan(d.agents / d.answerRate + 1);
    const share = allowedAbandonShare(s, defaultPacerParams);
    expect(d.expectedAbandons).toBeLessThanOrEqual(share * d.outstanding * d.answerRate + 1e-9);
    expect(expectedExcess(d.outstanding + 1, d.answerRate, d.agents)).toBeGreaterThan(share * (d.outstanding + 1) * d.answerRate);
  });

  it('never exceeds the ceiling in expectation, across rates and sizes', () => {
    for (const idle of [1, 3, 10, 30]) {
      for (const answered of [50, 300, 700]) {
        const s = state({ idleAgents: idle, busyAgents: 50 - idle, maturedAnswered: answered, answeredToday: answered });
        const d = pace(s);
        expect(d.expectedAbandons).toBeLessThanOrEqual(defaultPacerParams.ceiling * d.outstanding * d.answerRate + 1e-9);
      }
    }
  });

  it('counts calls already dialling against the bound', () => {
    const first = pace(state());
    const again = pace(state({ dialling: first.outstanding }));
    expect(again.dial).toBe(0);
  });

  it('backs off as the day approaches the ceiling and dials at most one per agent once there', () => {
    const calm = pace(state({ abandonedToday: 0 }));
    const near = pace(state({ abandonedToday: 10 })); // 10/420 ≈ 2.4 %
    const over = pace(state({ abandonedToday: 20 }));
    expect(near.outstanding).toBeLessThan(calm.outstanding);
    // At the ceiling only the agents idle now count: no answer can find all of them busy.
    expect(over.outstanding).toBe(10);
  });

  it('dials nothing without agents to take answers', () => {
    expect(pace(state({ idleAgents: 0, busyAgents: 0 })).dial).toBe(0);
    expect(pace(state({ idleAgents: 2, waitingAnswered: 2, busyAgents: 0 })).dial).toBe(0);
  });

  it('respects the concurrency cap', () => {
    expect(pace(state({ capacity: 3 })).dial).toBe(3);
    expect(pace(state({ capacity: 0 })).dial).toBe(0);
  });

  it('counts busy agents about to free up', () => {
    expect(agentsForAnswers(state({ idleAgents: 0, busyAgents: 36 }), defaultPacerParams)).toBe(2);
    expect(agentsForAnswers(state({ idleAgents: 0, busyAgents: 36, avgHandleSeconds: 1 }), { ...defaultPacerParams, minAhtSeconds: 90 })).toBe(4);
    // Few calls measured: the prior (120 s) weighs in, so a few short first calls do not make everyone "soon free".
    expect(agentsForAnswers(state({ idleAgents: 0, busyAgents: 40, avgHandleSeconds: 10, handledCalls: 5 }), defaultPacerParams)).toBeLessThanOrEqual(4);
  });

  it('leaves the agents that inbound calls will take while the dialled calls ring (decision 0757)', () => {
    const alone = agentsForAnswers(state({ idleAgents: 10, busyAgents: 0, avgAnswerDelaySeconds: 8 }), defaultPacerParams);
    // 0.25 inbound calls a second over an 8 s answer delay: two agents go to inbound calls.
    expect(agentsForAnswers(state({ idleAgents: 10, busyAgents: 0, avgAnswerDelaySeconds: 8, inboundPerSecond: 0.25 }), defaultPacerParams)).toBe(alone - 2);
    expect(pace(state({ inboundPerSecond: 0.25 })).outstanding).toBeLessThan(pace(state()).outstanding);
  });

  it('starts from the prior answer rate', () => {
    expect(answerRate(state({ maturedAttempts: 0, maturedAnswered: 0 }), defaultPacerParams)).toBeCloseTo(0.4);
  });

  it('takes its tuning from predictParam', () => {
    const p = pacerParamsOf({ predictMethod: 3, connectPredictParam: { maxAvgCallTime: 200, minAvgCallTime: 60, lossRate: 2, waitTime: 5, connRate: 55 } }, 0.03);
    expect(p).toMatchObject({ ceiling: 0.02, priorAnswerRate: 0.55, minAhtSeconds: 60, maxAhtSeconds: 200 });
    expect(pacerParamsOf({ predictMethod: 5, offhookPredictParam: { offHookRate: 150 } }, 0.03).maxRatio).toBe(1.5);
  });
});

describe('the answer-rate meter', () => {
  it('counts only attempts whose outcome is surely known, whatever order outcomes arrive in', () => {
    const m = new AnswerRateMeter(30_000, 100);
    for (let i = 0; i < 10; i++) m.started(i * 1000);
    // Answers of attempts 0, 3 and 9 arrive late (after their talk), in any order.
    m.answered(9000);
    m.answered(0);
    m.answered(3000);
    expect(m.matured(20_000)).toEqual({ attempts: 0, answered: 0 });
    expect(m.matured(34_000)).toEqual({ attempts: 5, answered: 2 });
    expect(m.matured(60_000)).toEqual({ attempts: 10, answered: 3 });
  });

  it('keeps a window of the latest matured attempts', () => {
    const m = new AnswerRateMeter(0, 10);
    for (let i = 0; i < 30; i++) {
      m.started(i);
      if (i < 20) m.answered(i);
    }
    expect(m.matured(100)).toEqual({ attempts: 10, answered: 0 });
  });
});
