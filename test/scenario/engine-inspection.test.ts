// Goal: real-time inspection (§12.1) drives the same engine as agent call control: an inspector's
// monitor party follows the agent, switches mode, and intercepts the customer with the documented
// events (note 07 §5.A.4), CDR rows, recordings and journal entries (Table 12-702).
// Method: an engine on a virtual clock, driven directly, with a recording output.
import { describe, expect, it } from 'vitest';
import { customerDials, customerHangsUp, intercept, monitorsOn, signIn, startMonitor, stopMonitor, switchMonitor, tenantWideScope } from '../../src/engine/index.ts';
import { agentConfig, engineFixture, sessionOptions, tenantConfig } from '../support/engine-fixture.ts';

function center() {
  const inspector = { ...agentConfig(120, []), ccRoleId: 3 };
  const f = engineFixture(tenantConfig({ agents: new Map([[101, agentConfig(101)], [102, agentConfig(102)], [120, inspector]]) }));
  for (const workNo of [101, 120]) {
    const signed = f.engine.run(() => signIn(f.engine, { workNo, password: 'pw', mode: 'login', status: 4, options: sessionOptions() }));
    expect(signed.ok).toBe(true);
  }
  f.output.take(101);
  f.output.take(120);
  return f;
}

const request = { inspectorWorkNo: 120, targetWorkNo: 101, scope: tenantWideScope };

describe('real-time inspection in the engine', () => {
  it('listens, whispers, barges and intercepts, with the documented events and records', () => {
    const { engine, clock, output } = center();
    const dial = engine.run(() => customerDials(engine, { caller: '13800000001', called: '4001' }));
    const callId = dial.ok ? dial.value.callId : '';
    output.take(101);
    clock.advance(10_000);

    expect(engine.run(() => startMonitor(engine, request, 'listen')).ok).toBe(true);
    expect(output.take(120)).toEqual([
      ['AgentOther_PhoneAlerting', null],
      ['AgentOther_PhoneOffhook', { type: 'main' }],
      ['AgentState_Busy', null],
    ]);
    expect(output.take(101)).toEqual([]);
    const call = engine.calls.get(callId)!;
    expect(monitorsOn(engine, call).map((s) => [s.inspectorWorkNo, s.mode])).toEqual([[120, 'listen']]);
    // The inspector is not a party the call code sees: no routing, no conference.
    expect([...call.agents]).toEqual([101]);

    const session = engine.agents.get(120)!.monitor!;
    expect(engine.run(() => switchMonitor(engine, session, 'whisper')).ok).toBe(true);
    expect(engine.run(() => switchMonitor(engine, session, 'insert')).ok).toBe(true);
    expect(session.mode).toBe('insert');
    expect(output.take(120)).toEqual([]);

    clock.advance(20_000);
    expect(engine.run(() => intercept(engine, request)).ok).toBe(true);
    expect(output.take(101)).toEqual([
      ['AgentMediaEvent_StopRecordDone', expect.objectContaining({ beginTime: String(clock.now() - 30_000), endTime: String(clock.now()), fileMediaType: '1' })],
      ['AgentEvent_Call_Release', callId],
      ['AgentOther_PhoneRelease', { phoneState: 3 }],
      ['AgentState_Ready', null],
    ]);
    expect(output.take(120)).toEqual([
      ['AgentEvent_Talking', { caller: '13800000001', callid: callId, called: '4001', feature: '0', type: 'main', mediaAbility: '1' }],
      ['AgentMediaEvent_Record', expect.objectContaining({ callId, caller: '13800000001', called: '4001', fileMediaType: '1' })],
    ]);
    expect([...call.agents]).toEqual([120]);
    expect(engine.agents.get(101)!.work).toBe('idle');
    expect(engine.agents.get(120)!.monitor).toBeNull();

    clock.advance(15_000);
    engine.run(() => customerHangsUp(engine, callId));
    expect(output.types(120)).toEqual(['AgentEvent_Customer_Release', 'AgentMediaEvent_StopRecordDone', 'AgentEvent_Call_Release', 'AgentOther_PhoneRelease', 'AgentState_Ready']);

    // CDR: the queue, the agent (intercepted, leave reason 12), the inspector (the last row).
    expect(output.cdrRows.map((r) => [r.leg.deviceType, r.leg.deviceNo, r.leg.leaveReason, r.callIdNum, r.releaseCause])).toEqual([
      [1, 1, 0, 1, null],
      [2, 101, 12, 2, null],
      [2, 120, 88, -1, 531],
    ]);
    const [, agentRow, inspectorRow] = output.cdrRows.map((r) => r.leg);
    expect(agentRow!.callEndMs! - agentRow!.callBeginMs!).toBe(30_000);
    expect(inspectorRow!.callEndMs! - inspectorRow!.callBeginMs!).toBe(15_000);
    expect([inspectorRow!.preDeviceType, inspectorRow!.preDeviceNo]).toEqual([2, 101]);
    // Two recordings: the agent's 30 s and the inspector's 15 s.
    expect(output.recordings.map((r) => r.phase)).toEqual(['start', 'stop', 'start', 'stop']);
    expect(new Set(output.recordings.map((r) => r.recordId)).size).toBe(2);
    // Journal: the inspector inspected 101 (op 20), intercepted (43), talked (4).
    const inspectorOps = output.operations.filter((o) => o.workNo === 120).map((o) => o.opType);
    expect(inspectorOps).toEqual([1, 2, 43, 20, 4]);
  });

  it('follows the agent into its next call, and the inspector hears the end of monitoring', () => {
    const { engine, clock, output } = center();
    expect(engine.run(() => startMonitor(engine, request, 'listen')).ok).toBe(true);
    output.take(120);
    const first = engine.run(() => customerDials(engine, { caller: '13800000001', called: '4001' }));
    const firstId = first.ok ? first.value.callId : '';
    expect(monitorsOn(engine, engine.calls.get(firstId)!)).toHaveLength(1);
    clock.advance(5_000);
    engine.run(() => customerHangsUp(engine, firstId));
    clock.advance(31_000);
    const second = engine.run(() => customerDials(engine, { caller: '13800000002', called: '4001' }));
    const secondId = second.ok ? second.value.callId : '';
    expect(monitorsOn(engine, engine.calls.get(secondId)!).map((s) => s.inspectorWorkNo)).toEqual([120]);
    expect(output.take(120)).toEqual([]);
    expect(engine.run(() => stopMonitor(engine, { ...request }, 'QcUnavailable')).ok).toBe(true);
    expect(output.take(120)).toEqual([
      ['AgentOther_PhoneRelease', { phoneState: 3 }],
      ['AgentState_Ready', null],
    ]);
    expect(monitorsOn(engine, engine.calls.get(secondId)!)).toEqual([]);
  });
});
