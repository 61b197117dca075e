// Goal: the canonical inbound sequences of note 02 §5.5 come out of the engine exactly, with their
// CDR rows, recordings and agent operations. Method: an engine on a virtual clock, driven directly.
import { describe, expect, it } from 'vitest';
import { answer, customerDials, customerHangsUp, releaseByAgent, signIn } from '../../src/engine/index.ts';
import { engineFixture, sessionOptions } from '../support/engine-fixture.ts';

function signedIn(autoAnswer = true) {
  const f = engineFixture();
  const result = f.engine.run(() => signIn(f.engine, { workNo: 101, password: 'pw', mode: 'login', status: 4, options: sessionOptions({ autoAnswer }) }));
  expect(result.ok).toBe(true);
  expect(f.output.types(101)).toEqual(['AgentOther_InService', 'AgentState_Ready']);
  return f;
}

describe('inbound call through a skill queue', () => {
  it('auto-answers, then the customer hangs up (sequences B and C)', () => {
    const { engine, clock, output } = signedIn();
    const dial = engine.run(() => customerDials(engine, { caller: '13800000001', called: '4001' }));
    expect(dial.ok).toBe(true);
    const callId = dial.ok ? dial.value.callId : '';
    expect(output.take(101)).toEqual([
      ['AgentEvent_Auto_Answer', { caller: '13800000001', transfer: 'no', callid: callId, transfrom: '', called: '4001', type: 'main', mediaAbility: '1', feature: '0' }],
      ['AgentOther_PhoneAlerting', null],
      ['AgentOther_PhoneOffhook', { type: 'main' }],
      ['AgentEvent_Talking', { caller: '13800000001', callid: callId, called: '4001', feature: '0', type: 'main', mediaAbility: '1' }],
      ['AgentEvent_Incoming_CallInfo', { callId, skillName: 'Skill1', skillId: 1, caller: '13800000001', called: '4001', lastReleaseAgentId: 65535, mediaType: 5, releaseAndReQueueCount: 0, releaseAndReQueueCallFlag: 0 }],
      ['AgentMediaEvent_Record', expect.objectContaining({ callId, caller: '13800000001', called: '4001', fileMediaType: '1' })],
    ]);
    clock.advance(30_000);
    engine.run(() => customerHangsUp(engine, callId));
    expect(output.types(101)).toEqual([
      'AgentEvent_Customer_Release',
      'AgentMediaEvent_StopRecordDone',
      'AgentEvent_Call_Release',
      'AgentOther_PhoneRelease',
      'AgentState_Ready',
    ]);
    expect(output.cdrRows.map((r) => [r.leg.deviceType, r.leg.deviceNo, r.leg.leaveReason, r.callIdNum, r.releaseCause])).toEqual([
      [1, 1, 0, 1, null],
      [2, 101, 88, -1, 531],
    ]);
    const agentRow = output.cdrRows[1]!.leg;
    expect(agentRow.callEndMs! - agentRow.callBeginMs!).toBe(30_000);
    expect(output.recordings.map((r) => r.phase)).toEqual(['start', 'stop']);
    expect(engine.calls.size).toBe(0);
  });

  it('rings for manual answer, the agent answers, then releases (sequences A and D)', () => {
    const { engine, clock, output } = signedIn(false);
    const dial = engine.run(() => customerDials(engine, { caller: '13800000001', called: '4001' }));
    const callId = dial.ok ? dial.value.callId : '';
    expect(output.types(101)).toEqual(['AgentEvent_Ringing', 'AgentOther_PhoneAlerting']);
    clock.advance(5_000);
    expect(engine.run(() => answer(engine, 101, undefined)).ok).toBe(true);
    expect(output.types(101)).toEqual(['AgentOther_PhoneOffhook', 'AgentEvent_Talking', 'AgentEvent_Incoming_CallInfo', 'AgentMediaEvent_Record']);
    expect(engine.run(() => releaseByAgent(engine, 101)).ok).toBe(true);
    expect(output.take(101)).toEqual([
      ['AgentEvent_Call_Release', callId],
      ['AgentEvent_Customer_Release', { callid: callId, number: '13800000001' }],
      ['AgentMediaEvent_StopRecordDone', expect.objectContaining({ fileMediaType: '1' })],
      ['AgentOther_PhoneRelease', { phoneState: 2 }],
      ['AgentState_Ready', null],
    ]);
    expect(output.cdrRows.at(-1)).toMatchObject({ callIdNum: -1, releaseCause: 531, leg: { leaveReason: 16 } });
  });

  it('takes a call back after the ring timeout, sets the agent busy and re-queues the call', () => {
    const { engine, clock, output } = signedIn(false);
    const dial = engine.run(() => customerDials(engine, { caller: '13800000001', called: '4001' }));
    const callId = dial.ok ? dial.value.callId : '';
    output.take(101);
    clock.advance(15_000);
    expect(output.take(101)).toEqual([
      ['AgentEvent_No_Answer', callId],
      ['AgentOther_PhoneRelease', { phoneState: 3 }],
      ['AgentState_SetNotReady_Success', { reason: '0' }],
    ]);
    expect(engine.waiting.get(1)?.size).toBe(1);
    expect(output.cdrRows.map((r) => r.leg.leaveReason)).toEqual([0, 5]);
  });

  it('releases a call when no agent is on duty (noAgents policy)', () => {
    const { engine, output } = engineFixture();
    const dial = engine.run(() => customerDials(engine, { caller: '1', called: '4001' }));
    expect(dial.ok).toBe(true);
    expect(engine.calls.size).toBe(0);
    expect(output.cdrRows.map((r) => [r.leg.deviceType, r.leg.leaveReason, r.callIdNum, r.releaseCause])).toEqual([[1, 3, -1, 562]]);
  });

  it('lets a customer abandon after its patience', () => {
    const f = engineFixture();
    f.engine.run(() => signIn(f.engine, { workNo: 101, password: 'pw', mode: 'login', status: 3, options: sessionOptions() }));
    const dial = f.engine.run(() => customerDials(f.engine, { caller: '1', called: '4001', behaviour: { patienceMs: 20_000 } }));
    expect(dial.ok).toBe(true);
    f.clock.advance(19_999);
    expect(f.engine.calls.size).toBe(1);
    f.clock.advance(1);
    expect(f.engine.calls.size).toBe(0);
    expect(f.output.cdrRows.map((r) => [r.leg.leaveReason, r.callIdNum, r.releaseCause])).toEqual([[15, -1, 536]]);
  });
});
