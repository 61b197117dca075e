// Goal: system-initiated calls follow the documented sequences on the Clock: a bidirectional call
// rings A, then B, bridges them and releases both legs together with the documented reason; a
// voice notification plays its list for its real length, then releases. Method: a lone engine on
// the simulated network and a virtual clock, driven step by step.
import { describe, expect, it } from 'vitest';
import { engineFixture } from '../../../test/support/engine-fixture.ts';
import { hangUpSystemCall, startNotificationCall, startTwoPartyCall, type SystemCallStep } from '../index.ts';

function twoParty(partyA: string, partyB: string, talkMs = 30_000) {
  const fx = engineFixture();
  const steps: Array<[SystemCallStep, number]> = [];
  const t0 = fx.clock.now();
  const progress = fx.engine.run(() =>
    startTwoPartyCall(fx.engine, { callSerialNo: '1037058396471308289', partyA, partyB, displayToA: '4001', displayToB: '4001', callData: 'x', serviceNo: '', record: true, talkMs }, (step) => steps.push([step, fx.clock.now() - t0])),
  );
  return { ...fx, steps, progress, t0 };
}

describe('a bidirectional call', () => {
  it('rings A, then B once A answers, talks, and releases both legs together (ref L16858)', () => {
    const { clock, steps, progress, output, t0 } = twoParty('13800000011', '88889060');
    clock.advance(60_000);
    expect(steps).toEqual([
      ['agentAlerting', 0],
      ['agentAnswered', 2_000],
      ['alerting', 2_000],
      ['connected', 4_000],
      ['released', 34_000],
    ]);
    expect(progress).toMatchObject({ state: 3, reasonCode: 0, startMs: t0, agentAlertingMs: t0, agentTalkingMs: t0 + 2_000, alertingMs: t0 + 2_000, talkingMs: t0 + 4_000, releaseMs: t0 + 34_000, agentReleaseMs: t0 + 34_000, endMs: t0 + 34_000 });
    expect(progress.recording).toEqual({ fileName: `Y:/1/mobileAgent/20260105/${progress.callId}.wav`, beginMs: t0 + 4_000, endMs: t0 + 34_000 });
    const rows = output.cdrRows.filter((r) => r.callId === progress.callId);
    expect(rows.map((r) => [r.leg.deviceIn, r.callIdNum, r.releaseCause])).toEqual([
      ['13800000011', 1, null],
      ['88889060', -1, 531],
    ]);
  });

  it('ends with reason 4 when A does not answer, and never rings B', () => {
    const { clock, steps, progress } = twoParty('13800000000', '88889060');
    clock.advance(60_000);
    expect(steps.map(([s]) => s)).toEqual(['agentAlerting', 'released']);
    expect(progress).toMatchObject({ state: 3, reasonCode: 4, alertingMs: null, talkingMs: null, recording: null });
  });

  it.each([
    ['A is busy', '13800010001', '88889060', 2],
    ['B is busy', '13800000011', '88880001', 3],
    ['B does not answer', '13800000011', '88880000', 5],
  ])('ends with the reason code of the failure when %s', (_name, a, b, reasonCode) => {
    const { clock, progress } = twoParty(a, b);
    clock.advance(120_000);
    expect(progress).toMatchObject({ state: 3, reasonCode });
  });

  it('ends with reason 1 when A hangs up while talking', () => {
    const { engine, clock, progress } = twoParty('13800000011', '88889060');
    clock.advance(10_000);
    expect(progress.state).toBe(2);
    expect(engine.run(() => hangUpSystemCall(engine, progress.callSerialNo, 'caller'))).toBe(true);
    expect(progress).toMatchObject({ state: 3, reasonCode: 1, releaseMs: clock.now() });
    expect(engine.run(() => hangUpSystemCall(engine, progress.callSerialNo, 'caller'))).toBe(false);
  });
});

describe('a voice notification call', () => {
  const notify = (called: string) => {
    const fx = engineFixture();
    const steps: SystemCallStep[] = [];
    const progress = fx.engine.run(() => startNotificationCall(fx.engine, { callSerialNo: '1308434073450058757', called, callerPresent: '4001', itemDurationsMs: [1_500, 2_500], playTimes: 2, priority: 9 }, (step) => steps.push(step)));
    return { ...fx, steps, progress };
  };

  it('plays the list playTimes times after the answer, then releases with reason 1', () => {
    const { clock, steps, progress } = notify('88880067');
    clock.advance(2_000);
    expect(progress.state).toBe(2);
    clock.advance(7_999);
    expect(progress.state).toBe(2);
    clock.advance(1);
    expect(steps).toEqual(['alerting', 'connected', 'released']);
    expect(progress).toMatchObject({ state: 3, reasonCode: 1, talkingMs: progress.startMs + 2_000, releaseMs: progress.startMs + 10_000 });
  });

  it.each([
    ['never answers', '88880000', 4],
    ['rejects', '88880003', 4],
    ['is invalid', '88880002', 6],
    ['is busy', '88880001', 6],
  ])('ends with the documented reason when the called number %s', (_name, called, reasonCode) => {
    const { clock, progress } = notify(called);
    clock.advance(60_000);
    expect(progress).toMatchObject({ state: 3, reasonCode });
  });
});
