// Goal: the engine's dialer (issue 11; note 04 §5.6) dials campaigns as the contract says: started
// before finished, the call types of Table 6-455, the failCodes of Table 7-295, never outside the
// window or to a blocked number, retries fed back by the service, preview and IVR campaigns.
// Method: an engine on a virtual clock with the in-memory outbound service of the simulator.
import { describe, expect, it } from 'vitest';
import type { DialTarget, DialerAttemptRecord, DialerCampaignSpec } from '../../src/domain/outbound/dialing/index.ts';
import { dialerStatus, feedDialer, pauseDialerCampaign, previewCallout, releaseByAgent, requestWork, resumeDialerCampaign, signIn, startDialerCampaign, stopDialerCampaign } from '../../src/engine/index.ts';
import { MemoryDialerService } from '../../src/sim/dialer-memory.ts';
import { engineFixture, RecordingOutput, sessionOptions, tenantConfig } from '../support/engine-fixture.ts';
import { testEpochMs } from '../support/test-app.ts';

class DialerOutput extends RecordingOutput {
  service: MemoryDialerService | null = null;
  readonly attempts: DialerAttemptRecord[] = [];
  readonly ended: string[] = [];
  dialerNeeds(_vdnId: number, campaignId: number, count: number): void {
    this.service?.needs(campaignId, count);
  }
  dialerAttempt(_vdnId: number, record: DialerAttemptRecord): void {
    this.attempts.push(record);
    this.service?.attempt(record);
  }
  dialerCampaignEnded(_vdnId: number, campaignId: number, why: string): void {
    this.ended.push(`${campaignId}:${why}`);
  }
}

const day = 24 * 3_600_000;
function spec(over: Partial<DialerCampaignSpec> = {}): DialerCampaignSpec {
  return {
    campaignId: 7,
    deviceType: 6,
    priority: 1,
    skillId: 1,
    callerNos: [{ accessCode: '4009', priority: 2 }, { accessCode: '4008', priority: 1 }],
    maxAlertingTime: 20,
    schedule: { beginMs: testEpochMs - day, endMs: testEpochMs + 10 * day, scheduleParam: { workdayBeginTime1: '00:00', workdayEndTime1: '24:00', holidayBeginTime1: '00:00', holidayEndTime1: '24:00' }, holidays: [], timeZone: 'UTC' },
    retryPolicy: { policyType: 0, resultRetry: [{ result: 1, retryNumber: 1, callInterval: 60 }] },
    callPolicy: { callType: 0 },
    maxConcurrentCalls: 10,
    ...over,
  };
}

const target = (dataId: string, ...numbers: string[]): DialTarget => ({ dataId, attemptNo: 1, numbers: numbers.map((calledNo) => ({ calledNo })), callData: `data-${dataId}` });

function setup(workNos: number[] = [101], config = tenantConfig()) {
  const f = engineFixture(config, {}, () => new DialerOutput());
  const service = new MemoryDialerService(f.engine);
  f.output.service = service;
  for (const workNo of workNos) expect(f.engine.run(() => signIn(f.engine, { workNo, password: 'pw', mode: 'login', status: 4, options: sessionOptions() })).ok).toBe(true);
  f.output.events.length = 0;
  return { ...f, service };
}

const finished = (output: DialerOutput) => output.attempts.filter((a) => a.phase === 'finished');

describe('preempted (progressive) campaign', () => {
  it('occupies the agent, dials with call type 41, reports started before finished, and retries a busy number', () => {
    const { engine, clock, output, service } = setup();
    service.load(7, [target('00000000000000000001', '13900000001'), target('00000000000000000002', '13900000077')]);
    expect(engine.run(() => startDialerCampaign(engine, spec())).ok).toBe(true);
    clock.advance(1_000);
    expect(output.take(101)[0]).toEqual(['AgentEvent_Agent_Occupied', null]);
    expect(output.attempts[0]).toMatchObject({ phase: 'started', dataId: '00000000000000000001', attemptNo: 1, called: '13900000001', caller: '4008' });
    clock.advance(2_000);
    // 0001 is busy (docs/extensions.md): 00537, result type 1, one retry 60 s later.
    const busy = finished(output)[0]!;
    expect(busy).toMatchObject({ callStatus: 5, failCode: '00537', resultType: 1, next: { kind: 'retry', numberIndex: 0 } });
    expect(output.attempts.indexOf(busy)).toBeGreaterThan(0);
    clock.advance(5_000);
    const talking = output.take(101).find(([t]) => t === 'AgentEvent_Talking');
    expect(talking?.[1]).toMatchObject({ feature: '41', called: '13900000077' });
    const call = [...engine.calls.values()][0]!;
    expect(call.callData).toBe('data-00000000000000000002');
    expect(engine.run(() => releaseByAgent(engine, 101)).ok).toBe(true);
    const done = finished(output).find((r) => r.dataId === '00000000000000000002')!;
    expect(done).toMatchObject({ callStatus: 6, failCode: '00000', workNo: 101, next: { kind: 'final', outcome: 'succeeded' } });
    expect(done.recordPath).toMatch(/\.V3$/);
    expect(done.ringMs).not.toBeNull();
    expect(done.answerMs! - done.ringMs!).toBeGreaterThanOrEqual(0);
    // The retry comes back from the service after its interval, as attempt 2.
    clock.advance(70_000);
    expect(output.attempts.filter((a) => a.phase === 'started' && a.dataId === '00000000000000000001').map((a) => a.attemptNo)).toEqual([1, 2]);
    expect(service.campaigns.get(7)!.closed.get('00000000000000000001')).toBe('failed');
  });
});

describe('predictive campaign', () => {
  it('hands an answered call to a free agent with call type 43, and abandons it (00702) when no agent is free', () => {
    const { engine, clock, output, service } = setup([101]);
    service.load(7, [target('00000000000000000011', '13900000010')]);
    expect(engine.run(() => startDialerCampaign(engine, spec({ deviceType: 2, predictParam: { predictMethod: 3, connectPredictParam: { maxAvgCallTime: 200, minAvgCallTime: 60, lossRate: 3, waitTime: 2, connRate: 50 } } }))).ok).toBe(true);
    clock.advance(1_000);
    expect(output.attempts).toHaveLength(1);
    // The only agent becomes busy before the customer answers.
    engine.run(() => requestWork(engine, 101, 'sayBusy'));
    clock.advance(2_000);
    expect(engine.calls.size).toBe(1);
    clock.advance(10_000);
    expect(engine.calls.size).toBe(0);
    expect(finished(output)[0]).toMatchObject({ callStatus: 5, failCode: '00702', resultType: 9, workNo: null });
    expect(finished(output)[0]!.answerMs).not.toBeNull();
    expect(dialerStatus(engine, 7)?.today).toMatchObject({ answered: 1, abandoned: 1 });
    // The customer's row and the queue's: the call has its last CDR row.
    expect(output.cdrRows.filter((r) => r.callIdNum === -1)).toHaveLength(1);
  });

  it('connects answered calls to agents (feature 43), recorded, with the agent in the finished record', () => {
    const { engine, clock, output, service } = setup([101]);
    service.load(7, [target('00000000000000000021', '13900000020')]);
    engine.run(() => startDialerCampaign(engine, spec({ deviceType: 2 })));
    clock.advance(3_500);
    const offer = output.take(101).find(([t]) => t === 'AgentEvent_Auto_Answer' || t === 'AgentEvent_Talking');
    expect(offer?.[1]).toMatchObject({ feature: '43', called: '13900000020' });
    const call = [...engine.calls.values()][0]!;
    expect(call.feature).toBe(43);
    engine.run(() => requestWork(engine, 101, 'cancelWork'));
    clock.advance(1_000);
  });
});

describe('preview campaign', () => {
  it('offers AgentEvent_Preview_CallOut; the agent dials it (call type 44); the auto-dial timer is cancelled', () => {
    const { engine, clock, output, service } = setup([101]);
    service.load(7, [target('00000000000000000031', '13900000030')]);
    engine.run(() => startDialerCampaign(engine, spec({ deviceType: 5, previewParam: { failInterval: 3, obCallCount: 1, autoCallTime: 10 } })));
    clock.advance(1_000);
    const [preview] = output.take(101);
    expect(preview![0]).toBe('AgentEvent_Preview_CallOut');
    const content = preview![1] as { controlid: string; dialeddigits: string; callData: string };
    expect(content).toMatchObject({ dialeddigits: '13900000030', callData: 'data-00000000000000000031' });
    expect(output.attempts).toHaveLength(0);
    expect(engine.run(() => previewCallout(engine, { workNo: 101, called: '13900000031', controlId: content.controlid })).ok).toBe(false);
    const placed = engine.run(() => previewCallout(engine, { workNo: 101, called: '13900000030', controlId: content.controlid }));
    expect(placed.ok && placed.value.feature).toBe(44);
    expect(output.attempts[0]).toMatchObject({ phase: 'started', called: '13900000030', caller: '4008' });
    clock.advance(15_000);
    expect(output.attempts.filter((a) => a.phase === 'started')).toHaveLength(1);
  });

  it('dials by itself after autoCallTime', () => {
    const { engine, clock, output, service } = setup([101]);
    service.load(7, [target('00000000000000000032', '13900000032')]);
    engine.run(() => startDialerCampaign(engine, spec({ deviceType: 5, previewParam: { failInterval: 3, obCallCount: 1, autoCallTime: 5 } })));
    clock.advance(1_000);
    expect(output.attempts).toHaveLength(0);
    clock.advance(5_000);
    expect(output.attempts[0]).toMatchObject({ phase: 'started', called: '13900000032' });
  });
});

describe('IVR campaign', () => {
  it('runs the answered call through the campaign flow and records the flow outcome', () => {
    const config = tenantConfig({ ivrFlows: new Map([[9, { flowId: 9, accessCode: '5009', description: 'notice', script: { start: 'hello', nodes: { hello: { type: 'play', seconds: 4, next: 'bye' }, bye: { type: 'release' } } } }]]) });
    const { engine, clock, output, service } = setup([], config);
    service.load(8, [target('00000000000000000041', '13900000040'), target('00000000000000000042', '13900000002')]);
    const ok = engine.run(() => startDialerCampaign(engine, spec({ campaignId: 8, deviceType: 3, skillId: null, ivrParam: { deviceSign: '5009', callCount: 3, callInterval: 3 } })));
    expect(ok.ok).toBe(true);
    clock.advance(10_000);
    const results = finished(output);
    expect(results.find((r) => r.called === '13900000040')).toMatchObject({ callStatus: 6, failCode: '00000', ivrOutcome: 'bye' });
    expect(results.find((r) => r.called === '13900000002')).toMatchObject({ callStatus: 5, failCode: '00538', resultType: 4, next: { kind: 'final', outcome: 'failed' } });
  });

  it('refuses an IVR campaign without its flow', () => {
    const { engine } = setup([]);
    const r = engine.run(() => startDialerCampaign(engine, spec({ deviceType: 1, skillId: null, ivrParam: { deviceSign: 'nope', callCount: 1, callInterval: 1 } })));
    expect(r.ok ? '' : r.rejection.tag).toBe('NotFound');
  });
});

describe('restart', () => {
  it('a rebuilt engine is fed from the service and never dials a started attempt again', () => {
    const first = setup([101, 102]);
    first.service.load(7, [target('00000000000000000081', '13900000080'), target('00000000000000000082', '13900000081'), target('00000000000000000083', '13900000082')]);
    first.engine.run(() => startDialerCampaign(first.engine, spec()));
    first.clock.advance(1_500);
    const startedBefore = first.output.attempts.filter((a) => a.phase === 'started');
    expect(startedBefore).toHaveLength(2);
    // The process dies with both calls in progress; a new engine starts on what the service kept.
    const second = setup([101, 102]);
    second.output.service = first.service;
    first.service.rebind(second.engine);
    expect(first.service.closedOnRestart.map((r) => r.failCode)).toEqual(['34607', '34607']);
    second.engine.run(() => startDialerCampaign(second.engine, spec()));
    second.clock.advance(10_000);
    const startedAfter = second.output.attempts.filter((a) => a.phase === 'started');
    expect(startedAfter.length).toBeGreaterThanOrEqual(2);
    const keys = [...startedBefore, ...startedAfter].map((a) => `${a.dataId}:${a.attemptNo}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(startedAfter.filter((a) => a.dataId === '00000000000000000081').map((a) => a.attemptNo)).toEqual([2]);
  });
});

describe('guards and control', () => {
  it('never dials outside the calling window', () => {
    const { engine, clock, output, service } = setup();
    service.load(7, [target('00000000000000000051', '13900000050')]);
    // The fixture's clock is at 00:00 UTC + something; a window that is closed now.
    const closed = { workdayBeginTime1: '23:58', workdayEndTime1: '23:59', holidayBeginTime1: '23:58', holidayEndTime1: '23:59' };
    engine.run(() => startDialerCampaign(engine, spec({ schedule: { ...spec().schedule, scheduleParam: closed } })));
    clock.advance(30_000);
    expect(output.attempts).toHaveLength(0);
    expect(dialerStatus(engine, 7)).toMatchObject({ inWindow: false, buffered: 1 });
  });

  it('never dials a blocked number: the record moves to its next number', () => {
    const { engine, clock, output, service } = setup();
    service.load(7, [target('00000000000000000061', '13900000666', '13900000060')]);
    engine.run(() => startDialerCampaign(engine, spec(), { isBlocked: (n) => n === '13900000666' }));
    clock.advance(1_000);
    expect(output.attempts[0]).toMatchObject({ phase: 'finished', failCode: '34605', callId: '', next: { kind: 'retry', numberIndex: 1 } });
    expect(output.attempts.filter((a) => a.phase === 'started').every((a) => a.called !== '13900000666')).toBe(true);
  });

  it('skips a started attempt fed again, and records already buffered', () => {
    const { engine, clock, output, service } = setup();
    service.load(7, []);
    engine.run(() => startDialerCampaign(engine, spec()));
    const t = target('00000000000000000071', '13900000070');
    expect(feedDialer(engine, 7, [t, t])).toMatchObject({ ok: true, value: { accepted: 1 } });
    clock.advance(1_000);
    expect(output.attempts.filter((a) => a.phase === 'started')).toHaveLength(1);
    clock.advance(60_000);
    expect(feedDialer(engine, 7, [t])).toMatchObject({ ok: true, value: { accepted: 0 } });
    expect(feedDialer(engine, 7, [{ ...t, dataId: 'x' }])).toMatchObject({ ok: true, value: { accepted: 0 } });
  });

  it('pause, resume and stop are Results with the documented states', () => {
    const { engine, output } = setup();
    engine.run(() => startDialerCampaign(engine, spec()));
    expect(engine.run(() => startDialerCampaign(engine, spec())).ok).toBe(false);
    expect(pauseDialerCampaign(engine, 7).ok).toBe(true);
    expect(pauseDialerCampaign(engine, 7).ok).toBe(false);
    expect(resumeDialerCampaign(engine, 7).ok).toBe(true);
    expect(resumeDialerCampaign(engine, 7).ok).toBe(false);
    expect(stopDialerCampaign(engine, 7).ok).toBe(true);
    expect(stopDialerCampaign(engine, 7)).toMatchObject({ ok: false, rejection: { tag: 'NotFound' } });
    expect(output.ended).toEqual(['7:stopped']);
    expect(engine.run(() => startDialerCampaign(engine, spec({ skillId: 99 }))).ok).toBe(false);
  });
});
