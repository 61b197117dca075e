// Goal: the 5-minute counters count each event in the UTC-aligned window it happens in, roll over
// at the boundary, keep the last complete window, and follow a live engine call by call.
// Method: the recorder on a virtual clock; then an engine (test fixture) whose output feeds it.
import { describe, expect, it } from 'vitest';
import { customerDials, requestWork, signIn, type AgentRuntime, type Call, type CdrLeg, type OpenOperation } from '../../engine/index.ts';
import { VirtualClock } from '../../sim/virtual-clock.ts';
import { engineFixture, RecordingOutput, sessionOptions } from '../../../test/support/engine-fixture.ts';
import { testEpochMs } from '../../../test/support/test-app.ts';
import { RealtimeFeed, RealtimeStatistics, windowMs, windowStartOf } from './index.ts';

describe('RealtimeStatistics windows', () => {
  it('aligns windows to 5-minute UTC boundaries', () => {
    expect(windowStartOf(Date.UTC(2026, 0, 5, 8, 7, 59, 999))).toBe(Date.UTC(2026, 0, 5, 8, 5));
    expect(windowStartOf(Date.UTC(2026, 0, 5, 8, 10))).toBe(Date.UTC(2026, 0, 5, 8, 10));
  });

  it('counts in the current window, starts afresh at the boundary and keeps the previous one', () => {
    const clock = new VirtualClock(testEpochMs + 4 * 60_000);
    const stats = new RealtimeStatistics(clock);
    stats.requestEntered(1, 7, 3_000);
    clock.advance(50_000);
    stats.requestConnected(1, 7, 18_000);
    stats.requestEntered(1, 7, 0);
    expect(stats.skill(1, 7)).toEqual({ startMs: testEpochMs, counts: expect.objectContaining({ inbound: 2, connected: 1, connectedIn15: 0, connectedIn20: 1, ivrMs: 3_000, maxWaitMs: 18_000 }) });
    clock.advance(10_000); // 08:05:00: a new window
    expect(stats.skill(1, 7)).toEqual({ startMs: testEpochMs + windowMs, counts: expect.objectContaining({ inbound: 0, connected: 0 }) });
    stats.requestLost(1, 7, 14_000);
    stats.requestEnded(1, 7);
    expect(stats.skill(1, 7).counts).toMatchObject({ inbound: 0, lost: 1, lostWaitUnder15: 1, lostWaitUnder20: 1, ended: 1, waits: 1, waitMs: 14_000 });
    expect(stats.previousSkill(1, 7)).toEqual({ startMs: testEpochMs, counts: expect.objectContaining({ inbound: 2, connected: 1 }) });
    expect(stats.skill(1, 8).counts.inbound).toBe(0);
    expect(stats.skill(2, 7).counts.lost).toBe(0);
    clock.advance(2 * windowMs);
    expect(stats.previousSkill(1, 7).counts.lost).toBe(0);
  });

  it('clips an idle interval to the window and keeps the longest', () => {
    const clock = new VirtualClock(testEpochMs + 3 * 60_000);
    const stats = new RealtimeStatistics(clock);
    clock.advance(3 * 60_000); // 08:06
    stats.idleEnded(1, [1, 2], testEpochMs);
    expect(stats.skill(1, 2).counts.maxIdleMs).toBe(60_000);
    clock.advance(30_000);
    stats.idleEnded(1, [1], clock.now() - 20_000);
    expect(stats.skill(1, 1).counts.maxIdleMs).toBe(60_000);
    expect(stats.vdn(1).counts.maxIdleMs).toBe(60_000);
  });
});

/** An engine output that also feeds the counters, as src/app/compose-cti.ts wires them. */
class FeedingOutput extends RecordingOutput {
  readonly stats: RealtimeStatistics;
  private readonly feed: RealtimeFeed;
  constructor(clock: VirtualClock) {
    super();
    this.stats = new RealtimeStatistics(clock);
    this.feed = new RealtimeFeed(this.stats, clock);
  }
  override cdr(call: Call, leg: CdrLeg, phase: 'open' | 'close', callIdNum: number | null, releaseCause: number | null): void {
    super.cdr(call, leg, phase, callIdNum, releaseCause);
    this.feed.cdr(1, call, leg, phase);
  }
  override agentOperation(vdnId: number, runtime: AgentRuntime, op: OpenOperation, endMs: number): void {
    super.agentOperation(vdnId, runtime, op, endMs);
    this.feed.operation(vdnId, runtime, op, endMs);
  }
  override fact(kind: string, data: Record<string, unknown>): void {
    super.fact(kind, data);
    this.feed.fact(1, kind, data);
  }
}

describe('RealtimeFeed on a live engine', () => {
  it('counts inbound, connected within 20 s, lost, ended, talk and wrap-up per skill and VDN, across a boundary', () => {
    const { engine, clock, output } = engineFixture(undefined, {}, (c) => new FeedingOutput(c));
    clock.advance(4 * 60_000); // 08:04
    engine.run(() => signIn(engine, { workNo: 101, password: 'pw', mode: 'login', status: 4, options: sessionOptions({ autoAnswer: true, autoEnterIdle: false }) }));
    // Call 1 is answered at once (phone delay) and talks 90 s; call 2 waits behind it and abandons after 40 s.
    const first = engine.run(() => customerDials(engine, { caller: '1', called: '4001', behaviour: { talkMs: 90_000 } }));
    const second = engine.run(() => customerDials(engine, { caller: '2', called: '4001', behaviour: { patienceMs: 40_000 } }));
    expect(first.ok && second.ok).toBe(true);
    clock.advance(5_000);
    expect(output.stats.skill(1, 1)).toEqual({ startMs: testEpochMs, counts: expect.objectContaining({ inbound: 2, connected: 1, connectedIn15: 1, connectedIn20: 1 }) });
    clock.advance(50_000); // 08:04:55: the second call abandoned at 08:04:40
    expect(output.stats.skill(1, 1).counts).toMatchObject({ lost: 1, lostWaitUnder15: 0, lostWaitUnder20: 0, ended: 1, maxWaitMs: 40_000 });
    clock.advance(45_000); // 08:05:40: the first call ended at 08:05:30 and wrap-up began
    const now = output.stats.skill(1, 1);
    expect(now).toEqual({ startMs: testEpochMs + windowMs, counts: expect.objectContaining({ inbound: 0, connected: 0, lost: 0, ended: 1, talks: 1 }) });
    expect(now.counts.talkMs).toBeGreaterThan(85_000);
    expect(output.stats.previousSkill(1, 1).counts).toMatchObject({ inbound: 2, connected: 1, lost: 1, ended: 1 });
    expect(engine.agents.get(101)?.work).toBe('work');
    clock.advance(10_000); // 20 s of wrap-up, ended by the agent
    expect(engine.run(() => requestWork(engine, 101, 'cancelWork')).ok).toBe(true);
    expect(output.stats.skill(1, 1).counts).toMatchObject({ wrapUps: 1, wrapUpMs: expect.any(Number) });
    expect(output.stats.skill(1, 1).counts.wrapUpMs).toBeGreaterThan(15_000);
    expect(output.stats.vdn(1).counts).toMatchObject({ ended: 1, talks: 1, wrapUps: 1 });
    expect(output.stats.previousVdn(1).counts).toMatchObject({ inbound: 2, connected: 1, lost: 1, ended: 1 });
  });
});
