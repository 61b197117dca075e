// Goal: every transfer of 6.1.2.11 Table 6-143 (skill, agent, IVR, system access code, number;
// blind, release-after-transfer, hang-up, talk forwarding, three-party) and canceltransfer
// (6.1.2.12) move the call for real, with the documented events, CDR leave reasons 17/28,
// statistics and recordings. Method: an engine on a virtual clock.
import { describe, expect, it } from 'vitest';
import { answer, callout, cancelTransfer, customerHangsUp, digitsPressed, releaseByAgent, transfer, type TransferRequest } from '../../src/engine/index.ts';
import { callCenter, inboundCall, ok, record, rejected, rowsOf, stopRecord } from './call-control-support.ts';

const customer = '13800000001';

function setUp(agents: Parameters<typeof callCenter>[0] = { 101: {}, 102: {} }) {
  const f = callCenter(agents);
  const callId = inboundCall(f);
  f.output.take(101);
  f.clock.advance(10_000);
  return { ...f, callId };
}

const req = (r: Partial<TransferRequest>): TransferRequest => ({ workNo: 101, deviceType: 2, address: '102', mode: 0, holdFlag: true, ...r });

describe('validation', () => {
  it('answers 200-012 without a call and 000-002 for a mode Table 6-143 does not allow or a missing target', () => {
    const f = callCenter({ 101: {} });
    expect(rejected(f.engine.run(() => transfer(f.engine, req({}))))).toBe('NoCallToTransfer');
    inboundCall(f);
    for (const r of [{ deviceType: 1, mode: 1, address: '1' }, { deviceType: 3, mode: 2, address: '8001' }, { deviceType: 5, mode: 0, address: '139' }, { deviceType: 6, mode: 0 }]) {
      expect(rejected(f.engine.run(() => transfer(f.engine, req(r)))), JSON.stringify(r)).toBe('InvalidParameter');
    }
    for (const r of [{ deviceType: 1, address: '9' }, { deviceType: 2, address: '999' }, { deviceType: 2, address: '101' }, { deviceType: 3, address: '4001' }, { deviceType: 4, address: '7777' }, { deviceType: 5, mode: 1, address: '12a' }]) {
      expect(rejected(f.engine.run(() => transfer(f.engine, req(r)))), JSON.stringify(r)).toBe('InvalidParameter');
    }
  });
});

describe('blind transfers', () => {
  it('to an agent: 101 is released at once, 102 is offered the call as a transfer', () => {
    const f = setUp();
    const { engine, output, callId } = f;
    ok(engine.run(() => transfer(engine, req({ deviceType: 2, address: '102', mode: 0 }))));
    expect(output.take(101)).toEqual([stopRecord, ['AgentEvent_Call_Release', callId], ['AgentOther_PhoneRelease', { phoneState: 2 }], ['AgentState_Ready', null]]);
    expect(output.take(102)).toEqual([
      ['AgentEvent_Auto_Answer', { caller: customer, transfer: 'yes', callid: callId, transfrom: '101', called: '4001', type: 'main', mediaAbility: '1', feature: '0' }],
      ['AgentOther_PhoneAlerting', null],
      ['AgentOther_PhoneOffhook', { type: 'main' }],
      ['AgentEvent_Talking', expect.objectContaining({ callid: callId })],
      ['AgentEvent_Incoming_CallInfo', expect.objectContaining({ callId })],
      record(callId),
    ]);
    expect(engine.agents.get(101)!.statistics.transferOutCount).toBe(1);
    expect(engine.agents.get(102)!.statistics.transferInCount).toBe(1);
    ok(engine.run(() => customerHangsUp(engine, callId)));
    expect(rowsOf(f, callId)).toEqual([[1, 1, 0, 1, null], [2, 101, 17, 2, null], [2, 102, 88, -1, 531]]);
  });

  it('to a busy agent: AgentEvent_Connect_Fail and 101 keeps the customer', () => {
    const f = setUp({ 101: {}, 102: {} });
    const { engine, output, callId } = f;
    ok(engine.run(() => transfer(engine, req({ deviceType: 2, address: '103', mode: 0 }))));
    expect(output.take(101)).toEqual([['AgentEvent_Connect_Fail', callId]]);
    expect(engine.agents.get(101)!.legs.get(callId)?.state).toBe('talking');
  });

  it('to a skill queue: the agent leaves with reason 28 and the call queues for the next agent', () => {
    const f = setUp({ 101: {} });
    const { engine, output, callId } = f;
    ok(engine.run(() => transfer(engine, req({ deviceType: 1, address: '1', mode: 0 }))));
    // 101 is idle again and the only agent of skill 1: the ACD offers it the call back, as a transfer.
    expect(output.types(101)).toEqual([
      'AgentMediaEvent_StopRecordDone', 'AgentEvent_Call_Release', 'AgentOther_PhoneRelease', 'AgentState_Ready',
      'AgentEvent_Auto_Answer', 'AgentOther_PhoneAlerting', 'AgentOther_PhoneOffhook', 'AgentEvent_Talking', 'AgentEvent_Incoming_CallInfo', 'AgentMediaEvent_Record',
    ]);
    expect(rowsOf(f, callId)).toEqual([[1, 1, 0, 1, null], [2, 101, 28, 2, null], [1, 1, 0, 3, null]]);
  });

  it('to an IVR flow: the flow owns the call and ends it', () => {
    const f = setUp({ 101: {} });
    const { engine, output, callId } = f;
    ok(engine.run(() => transfer(engine, req({ deviceType: 3, address: '8002', mode: 0 }))));
    expect(output.types(101)).toEqual(['AgentMediaEvent_StopRecordDone', 'AgentEvent_Call_Release', 'AgentOther_PhoneRelease', 'AgentState_Ready']);
    expect(engine.calls.get(callId)?.ivr?.flowId).toBe(2);
    expect(engine.agents.get(101)!.statistics.transferIvrCount).toBe(1);
    f.clock.advance(11_000 + 1_000);
    expect(output.surveys).toEqual([{ callId, value: '-1' }]);
    expect(rowsOf(f, callId)).toEqual([[1, 1, 0, 1, null], [2, 101, 17, 2, null], [3, 2, 0, -1, 256]]);
  });

  it('to a system access code that routes to a skill', () => {
    const f = setUp({ 101: {}, 102: {} });
    ok(f.engine.run(() => transfer(f.engine, req({ deviceType: 4, address: '4001', mode: 0 }))));
    expect(f.output.types(102)).toContain('AgentEvent_Talking');
    expect(rowsOf(f, f.callId).map((r) => r[2])).toEqual([0, 28, 0]);
  });

  it('to a number: the customer is connected with it; a number that fails releases the customer', () => {
    const f = setUp({ 101: {} });
    const { engine, clock, output, callId } = f;
    ok(engine.run(() => transfer(engine, req({ deviceType: 5, address: '13900001234', mode: 1 }))));
    expect(output.types(101)).toEqual(['AgentMediaEvent_StopRecordDone', 'AgentEvent_Call_Release', 'AgentOther_PhoneRelease', 'AgentState_Ready']);
    clock.advance(2_000);
    expect(engine.calls.get(callId)?.externals[0]?.state).toBe('connected');
    clock.advance(60_000);
    ok(engine.run(() => customerHangsUp(engine, callId)));
    expect(rowsOf(f, callId)).toEqual([[1, 1, 0, 1, null], [2, 101, 17, 2, null], [7, 0, 88, -1, 531]]);
    const g = setUp({ 101: {} });
    ok(g.engine.run(() => transfer(g.engine, req({ deviceType: 5, address: '13900000001', mode: 1 }))));
    g.clock.advance(1_000);
    expect(g.engine.calls.has(g.callId)).toBe(false);
    expect(rowsOf(g, g.callId).at(-1)).toEqual([7, 0, 20, -1, 537]);
  });

  it('refuses a blind transfer of an outbound call to a number (ref L10445)', () => {
    const f = callCenter({ 101: {} });
    ok(f.engine.run(() => callout(f.engine, { workNo: 101, called: '13900001234' })));
    f.clock.advance(2_000);
    expect(rejected(f.engine.run(() => transfer(f.engine, req({ deviceType: 5, address: '13900005678', mode: 1 }))))).toBe('InvalidParameter');
  });
});

describe('release-after-transfer (mode 2)', () => {
  it('succeeds when the agent answers: SuccTransResult {result 0} → StopRecordDone → Call_Release', () => {
    const f = setUp({ 101: {}, 102: { autoAnswer: false } });
    const { engine, output, callId } = f;
    ok(engine.run(() => transfer(engine, req({ deviceType: 2, address: '102', mode: 2 }))));
    expect(output.take(101)).toEqual([]);
    expect(engine.calls.get(callId)?.customer?.state).toBe('held');
    expect(output.types(102)).toEqual(['AgentEvent_Ringing', 'AgentOther_PhoneAlerting']);
    f.clock.advance(4_000);
    ok(engine.run(() => answer(engine, 102, callId)));
    expect(output.take(101)).toEqual([
      ['AgentEvent_SuccTransResult', { result: 0, callId }],
      stopRecord,
      ['AgentEvent_Call_Release', callId],
      ['AgentOther_PhoneRelease', { phoneState: 2 }],
      ['AgentState_Ready', null],
    ]);
    expect(engine.calls.get(callId)?.customer?.state).toBe('connected');
    expect(rowsOf(f, callId)).toEqual([[1, 1, 0, 1, null], [2, 101, 17, 2, null]]);
  });

  it('fails when the agent does not answer: SuccTransResult {result 1}, and 101 talks with the customer again', () => {
    const f = setUp({ 101: {}, 102: { autoAnswer: false } });
    const { engine, output, callId } = f;
    ok(engine.run(() => transfer(engine, req({ deviceType: 2, address: '102', mode: 2 }))));
    output.take(102);
    f.clock.advance(15_000);
    expect(output.take(101)).toEqual([
      ['AgentEvent_SuccTransResult', { result: 1, callId }],
      ['AgentEvent_Talking', expect.objectContaining({ callid: callId })],
    ]);
    // 102 did not answer a transfer: no busy penalty (that is for queue calls), back to idle.
    expect(output.take(102)).toEqual([['AgentEvent_No_Answer', callId], ['AgentOther_PhoneRelease', { phoneState: 3 }], ['AgentState_Ready', null]]);
    expect(engine.calls.get(callId)?.customer?.state).toBe('connected');
    expect(rowsOf(f, callId)).toEqual([[1, 1, 0, 1, null], [2, 102, 5, 2, null]]);
  });

  it('to a skill with nobody available fails at once', () => {
    const f = setUp({ 101: {} });
    ok(f.engine.run(() => transfer(f.engine, req({ deviceType: 1, address: '1', mode: 2 }))));
    expect(f.output.take(101)).toEqual([['AgentEvent_SuccTransResult', { result: 1, callId: f.callId }]]);
  });

  it('to a number: success when it answers', () => {
    const f = setUp({ 101: {} });
    ok(f.engine.run(() => transfer(f.engine, req({ deviceType: 5, address: '13900001234', mode: 2 }))));
    f.clock.advance(2_000);
    expect(f.output.types(101)).toEqual(['AgentEvent_SuccTransResult', 'AgentMediaEvent_StopRecordDone', 'AgentEvent_Call_Release', 'AgentOther_PhoneRelease', 'AgentState_Ready']);
  });
});

describe('hang-up transfer to an IVR (devicetype 3, mode 1)', () => {
  it('suspends the agent, runs the flow, and returns the call with AgentEvent_ReturnFromIvr', () => {
    const f = setUp({ 101: {} });
    const { engine, clock, output, callId } = f;
    ok(engine.run(() => transfer(engine, req({ deviceType: 3, address: '8002', mode: 1 }))));
    expect(output.take(101)).toEqual([stopRecord]);
    expect(engine.agents.get(101)!.legs.get(callId)?.state).toBe('held');
    clock.advance(1_000);
    engine.run(() => digitsPressed(engine, engine.calls.get(callId)!, '5'));
    expect(output.surveys).toEqual([{ callId, value: '5' }]);
    expect(output.take(101)).toEqual([
      ['AgentEvent_ReturnFromIvr', callId],
      ['AgentEvent_Talking', expect.objectContaining({ callid: callId })],
      record(callId),
    ]);
    ok(engine.run(() => customerHangsUp(engine, callId)));
    expect(rowsOf(f, callId)).toEqual([[1, 1, 0, 1, null], [2, 101, 17, 2, null], [3, 2, 6, 3, null], [2, 101, 88, -1, 531]]);
    expect(output.operations.some((o) => o.workNo === 101 && o.opType === 13)).toBe(true);
  });

  it('ends the call for the waiting agent when the customer hangs up in the flow', () => {
    const f = setUp({ 101: {} });
    ok(f.engine.run(() => transfer(f.engine, req({ deviceType: 3, address: '8001', mode: 1 }))));
    f.output.take(101);
    ok(f.engine.run(() => customerHangsUp(f.engine, f.callId)));
    expect(f.output.types(101)).toEqual(['AgentEvent_Customer_Release', 'AgentEvent_Call_Release', 'AgentOther_PhoneRelease', 'AgentState_Ready']);
  });
});

describe('talk forwarding and three-party transfer to a number', () => {
  it('talk forwarding: the agent talks with the number, then releases and leaves the two connected', () => {
    const f = setUp({ 101: {} });
    const { engine, clock, output, callId } = f;
    ok(engine.run(() => transfer(engine, req({ deviceType: 5, address: '13900001234', mode: 3 }))));
    expect(output.take(101)).toEqual([['AgentEvent_Customer_Alerting', { callid: callId, otherPhoneWorkno: '', otherPhone: '13900001234', type: 'main' }]]);
    clock.advance(2_000);
    expect(output.take(101)).toEqual([['AgentEvent_Talking', expect.objectContaining({ callid: callId })]]);
    expect(engine.calls.get(callId)?.customer?.state).toBe('held');
    ok(engine.run(() => releaseByAgent(engine, 101)));
    expect(output.take(101)).toEqual([
      ['AgentEvent_Call_Release', callId],
      ['AgentEvent_Customer_Release', { callid: callId, number: customer }],
      stopRecord,
      ['AgentOther_PhoneRelease', { phoneState: 2 }],
      ['AgentState_Ready', null],
    ]);
    expect(engine.calls.get(callId)?.customer?.state).toBe('connected');
    expect(engine.agents.get(101)!.statistics.transferOutCount).toBe(1);
    ok(engine.run(() => customerHangsUp(engine, callId)));
    expect(rowsOf(f, callId)).toEqual([[1, 1, 0, 1, null], [2, 101, 17, 2, null], [7, 0, 88, -1, 531]]);
  });

  it('canceltransfer takes the number back: Customer_Release then Talking', () => {
    const f = setUp({ 101: {} });
    const { engine, clock, output, callId } = f;
    expect(rejected(engine.run(() => cancelTransfer(engine, 101)))).toBe('NoCallToTransfer');
    ok(engine.run(() => transfer(engine, req({ deviceType: 5, address: '13900001234', mode: 3 }))));
    clock.advance(2_000);
    output.take(101);
    ok(engine.run(() => cancelTransfer(engine, 101)));
    expect(output.take(101)).toEqual([
      ['AgentEvent_Customer_Release', { callid: callId, number: '13900001234' }],
      ['AgentEvent_Talking', expect.objectContaining({ callid: callId })],
    ]);
    expect(engine.calls.get(callId)?.customer?.state).toBe('connected');
    expect(rowsOf(f, callId)).toEqual([[1, 1, 0, 1, null], [7, 0, 41, 2, null]]);
  });

  it('a number that does not answer: Connect_Fail, then back to the customer', () => {
    const f = setUp({ 101: {} });
    ok(f.engine.run(() => transfer(f.engine, req({ deviceType: 5, address: '13900000003', mode: 3 }))));
    f.clock.advance(2_000);
    expect(f.output.take(101)).toEqual([
      ['AgentEvent_Customer_Alerting', expect.objectContaining({ otherPhone: '13900000003' })],
      ['AgentEvent_Connect_Fail', f.callId],
      ['AgentEvent_Talking', expect.objectContaining({ callid: f.callId })],
    ]);
  });

  it('three-party transfer: AgentEvent_Conference once the number answers, then the agent leaves', () => {
    const f = setUp({ 101: {} });
    const { engine, clock, output, callId } = f;
    ok(engine.run(() => transfer(engine, req({ deviceType: 5, address: '13900001234', mode: 4, holdFlag: true }))));
    clock.advance(2_000);
    expect(output.take(101)).toEqual([
      ['AgentEvent_Customer_Alerting', expect.objectContaining({ otherPhone: '13900001234' })],
      ['AgentEvent_Conference', { callid: callId, partner: `${customer},13900001234` }],
    ]);
    expect(output.operations.at(-1)).toMatchObject({ workNo: 101, opType: 4 });
    ok(engine.run(() => releaseByAgent(engine, 101)));
    expect(engine.calls.get(callId)?.externals[0]?.state).toBe('connected');
    expect(output.operations.filter((o) => o.workNo === 101).map((o) => o.opType)).toContain(10);
  });

  it('talk forwarding to an agent (devicetype 2 mode 3, the reference example) and its cancel', () => {
    const f = setUp({ 101: {}, 102: {} });
    const { engine, output, callId } = f;
    ok(engine.run(() => transfer(engine, req({ deviceType: 2, address: '102', mode: 3 }))));
    expect(output.take(101)).toEqual([
      ['AgentEvent_Customer_Alerting', { callid: callId, otherPhoneWorkno: '102', otherPhone: '70102', type: 'main' }],
      ['AgentEvent_Talking', expect.objectContaining({ callid: callId })],
    ]);
    expect(output.types(102)).toEqual(['AgentEvent_Auto_Answer', 'AgentOther_PhoneAlerting', 'AgentOther_PhoneOffhook', 'AgentEvent_Talking', 'AgentEvent_Incoming_CallInfo', 'AgentMediaEvent_Record']);
    ok(engine.run(() => cancelTransfer(engine, 101)));
    expect(output.take(101)).toEqual([['AgentEvent_Customer_Release', { callid: callId, number: '102' }], ['AgentEvent_Talking', expect.objectContaining({ callid: callId })]]);
    expect(output.types(102)).toEqual(['AgentMediaEvent_StopRecordDone', 'AgentEvent_Call_Release', 'AgentOther_PhoneRelease', 'AgentState_Ready']);
  });
});
