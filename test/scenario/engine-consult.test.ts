// Goal: internal help (6.1.2.5) and what follows it — connecthold (6.1.2.9), confjoin (6.1.2.14),
// disconnect (6.1.2.17) — give the documented events in order, with a consultation call of its own
// id and CDR rows, recordings and operations for every leg. Method: an engine on a virtual clock.
import { describe, expect, it } from 'vitest';
import { answer, confJoin, connectHold, customerHangsUp, disconnectParty, getHold, innerHelp, releaseByAgent } from '../../src/engine/index.ts';
import { callCenter, inboundCall, ok, record, rejected, rowsOf, stopRecord } from './call-control-support.ts';

const customer = '13800000001';

function talkingWith101() {
  const f = callCenter({ 101: {}, 102: {}, 103: {} });
  // 101 is the longest idle (signed in first): it gets the call.
  const callId = inboundCall(f);
  expect(f.output.types(101)).toContain('AgentEvent_Talking');
  f.clock.advance(10_000);
  return { ...f, callId };
}

describe('two-party help, then connecthold (consultative transfer)', () => {
  it('holds the customer, rings the helper, talks, then hands the customer over', () => {
    const { engine, clock, output, callId } = talkingWith101();
    const consult = ok(engine.run(() => innerHelp(engine, { workNo: 101, dstAddress: '102', deviceType: 2, mode: 1, holdFlag: true })));
    const consultId = consult.callId;
    expect(consultId).not.toBe(callId);
    expect(output.take(101)).toEqual([
      ['AgentEvent_Hold', callId],
      ['AgentEvent_Customer_Alerting', { callid: consultId, otherPhoneWorkno: '102', otherPhone: '70102', type: 'main' }],
      ['AgentEvent_Talking', { caller: '101', callid: consultId, called: '102', feature: '51', type: 'main', mediaAbility: '1' }],
      record(consultId),
    ]);
    expect(output.take(102)).toEqual([
      ['AgentEvent_Auto_Answer', { caller: 'a101', transfer: 'no', callid: consultId, transfrom: '', called: 'a102', type: 'main', mediaAbility: '1', feature: '51' }],
      ['AgentOther_PhoneAlerting', null],
      ['AgentOther_PhoneOffhook', { type: 'main' }],
      ['AgentEvent_Talking', { caller: '101', callid: consultId, called: '102', feature: '51', type: 'main', mediaAbility: '1' }],
      record(consultId),
    ]);
    expect(engine.calls.get(callId)?.customer?.state).toBe('held');
    clock.advance(5_000);
    expect(engine.run(() => connectHold(engine, 101, callId)).ok).toBe(true);
    expect(output.take(101)).toEqual([
      ['AgentEvent_Call_Release', consultId],
      ['AgentEvent_Customer_Release', { callid: consultId, number: '102' }],
      stopRecord,
      ['AgentEvent_Call_Release', callId],
      ['AgentEvent_Customer_Release', { callid: callId, number: customer }],
      stopRecord,
      ['AgentOther_PhoneRelease', { phoneState: 2 }],
      ['AgentState_Ready', null],
    ]);
    expect(output.take(102)).toEqual([
      stopRecord,
      ['AgentEvent_Call_Release', consultId],
      ['AgentEvent_Talking', { caller: customer, callid: callId, called: '4001', feature: '0', type: 'main', mediaAbility: '1' }],
      record(callId),
    ]);
    expect(engine.calls.get(callId)?.customer?.state).toBe('connected');
    expect(engine.calls.has(consultId)).toBe(false);
    clock.advance(20_000);
    ok(engine.run(() => customerHangsUp(engine, callId)));
    expect(output.take(102)).toEqual([
      ['AgentEvent_Customer_Release', { callid: callId, number: customer }],
      stopRecord,
      ['AgentEvent_Call_Release', callId],
      ['AgentOther_PhoneRelease', { phoneState: 3 }],
      ['AgentState_Ready', null],
    ]);
    // The customer's call: queue, 101 (left by connecting the held call, 7), 102 (hung up after answer).
    expect(rowsOf({ engine, clock, output }, callId)).toEqual([
      [1, 1, 0, 1, null],
      [2, 101, 7, 2, null],
      [2, 102, 88, -1, 531],
    ]);
    // The consultation: 102 moved on (7), 101's row is its last.
    expect(rowsOf({ engine, clock, output }, consultId)).toEqual([
      [2, 102, 7, 1, null],
      [2, 101, 7, -1, 531],
    ]);
    // Four talk segments: 101 with the customer and with 102, 102 with 101 and with the customer.
    expect(output.recordings.filter((r) => r.phase === 'start')).toHaveLength(4);
    expect(output.recordings.filter((r) => r.phase === 'stop')).toHaveLength(4);
    const a101 = engine.agents.get(101)!.statistics;
    const a102 = engine.agents.get(102)!.statistics;
    expect([a101.innerHelpCount, a101.transferOutCount, a102.transferInCount]).toEqual([1, 1, 1]);
    // 101's operations: talking, internal help (40, cause 1, helper 102), then idle.
    const ops101 = output.operations.filter((o) => o.workNo === 101);
    expect(ops101.map((o) => [o.opType, o.opCause])).toEqual([[1, -1], [2, -1], [4, 0], [40, 1]]);
  });

  it('fails the consultation when the helper is not available: Consult_Fail, then back to the customer', () => {
    const { engine, output, callId } = talkingWith101();
    engine.run(() => innerHelp(engine, { workNo: 101, dstAddress: '109', deviceType: 2, mode: 1, holdFlag: true }));
    const events = output.take(101);
    const consultId = events[1]![1];
    expect(events).toEqual([
      ['AgentEvent_Hold', callId],
      ['AgentEvent_Consult_Fail', consultId],
      ['AgentEvent_Talking', expect.objectContaining({ callid: callId, feature: '0' })],
    ]);
    expect(engine.agents.get(101)!.legs.get(callId)?.state).toBe('talking');
    expect(rowsOf({ engine, clock: undefined as never, output }, consultId as string)).toEqual([[2, 101, 41, -1, 602]]);
  });

  it('answers 200-018 without a call in conversation and 000-002 for help from oneself', () => {
    const { engine } = callCenter();
    expect(rejected(engine.run(() => innerHelp(engine, { workNo: 101, dstAddress: '102', deviceType: 2, mode: 1, holdFlag: true })))).toBe('NoCallToConsult');
    expect(rejected(engine.run(() => innerHelp(engine, { workNo: 101, dstAddress: '101', deviceType: 2, mode: 1, holdFlag: true })))).toBe('InvalidParameter');
  });

  it('asks a skill for help: the best available agent of the skill is rung', () => {
    const { engine, output } = talkingWith101();
    const consult = ok(engine.run(() => innerHelp(engine, { workNo: 101, dstAddress: '1', deviceType: 1, mode: 1, holdFlag: true })));
    expect(output.types(102)).toEqual(['AgentEvent_Auto_Answer', 'AgentOther_PhoneAlerting', 'AgentOther_PhoneOffhook', 'AgentEvent_Talking', 'AgentMediaEvent_Record']);
    expect(consult.called).toBe('102');
  });

  it('lets the requester end the consultation and retrieve the customer', () => {
    const { engine, output, callId } = talkingWith101();
    const consultId = ok(engine.run(() => innerHelp(engine, { workNo: 101, dstAddress: '102', deviceType: 2, mode: 1, holdFlag: true }))).callId;
    output.take(101);
    output.take(102);
    // The helper may release only itself (Table 6-161); the requester releases the helper.
    expect(rejected(engine.run(() => disconnectParty(engine, 102, '101')))).toBe('NoPartyToRelease');
    expect(rejected(engine.run(() => disconnectParty(engine, 101, customer)))).toBe('PartyOfOlderCall');
    ok(engine.run(() => disconnectParty(engine, 101, '102')));
    expect(output.take(102)).toEqual([stopRecord, ['AgentEvent_Call_Release', consultId], ['AgentOther_PhoneRelease', { phoneState: 3 }], ['AgentState_Ready', null]]);
    expect(output.take(101)).toEqual([['AgentEvent_Customer_Release', { callid: consultId, number: '102' }], stopRecord, ['AgentEvent_Call_Release', consultId]]);
    ok(engine.run(() => getHold(engine, 101)));
    expect(output.take(101)).toEqual([['AgentEvent_Talking', expect.objectContaining({ callid: callId })]]);
    expect(rowsOf({ engine, clock: undefined as never, output }, consultId)).toEqual([
      [2, 101, 16, 1, null],
      [2, 102, 11, -1, 531],
    ]);
  });
});

describe('two-party help, then confjoin (three-party conversation)', () => {
  it('joins the consultation into the customer call; a party leaves and the call goes on', () => {
    const { engine, clock, output, callId } = talkingWith101();
    const consultId = ok(engine.run(() => innerHelp(engine, { workNo: 101, dstAddress: '102', deviceType: 2, mode: 1, holdFlag: true }))).callId;
    output.take(101);
    output.take(102);
    clock.advance(3_000);
    expect(rejected(engine.run(() => confJoin(engine, 101, consultId)))).toBe('ConferenceHoldFailed');
    expect(rejected(engine.run(() => confJoin(engine, 101, 'nope')))).toBe('NoCallForConference');
    ok(engine.run(() => confJoin(engine, 101, callId, 'joined')));
    expect(output.take(101)).toEqual([
      stopRecord,
      ['AgentEvent_Call_Release', consultId],
      ['AgentEvent_Conference', { callid: callId, partner: `${customer},102` }],
    ]);
    expect(output.take(102)).toEqual([
      stopRecord,
      ['AgentEvent_Call_Release', consultId],
      ['AgentEvent_Talking', expect.objectContaining({ callid: callId, feature: '0' })],
      record(callId),
      ['AgentEvent_Conference', { callid: callId, partner: `${customer},101` }],
    ]);
    expect(engine.calls.get(callId)?.callData).toBe('joined');
    clock.advance(3_000);
    ok(engine.run(() => releaseByAgent(engine, 102)));
    expect(output.take(102)).toEqual([
      ['AgentEvent_Call_Release', callId],
      ['AgentEvent_Customer_Release', { callid: callId, number: customer }],
      stopRecord,
      ['AgentOther_PhoneRelease', { phoneState: 2 }],
      ['AgentState_Ready', null],
    ]);
    expect(output.take(101)).toEqual([['AgentEvent_Customer_Release', { callid: callId, number: '102' }]]);
    expect(rowsOf({ engine, clock, output }, consultId)).toEqual([
      [2, 102, 10, 1, null],
      [2, 101, 10, -1, 531],
    ]);
    ok(engine.run(() => customerHangsUp(engine, callId)));
    expect(rowsOf({ engine, clock, output }, callId)).toEqual([
      [1, 1, 0, 1, null],
      [2, 102, 16, 2, null],
      [2, 101, 88, -1, 531],
    ]);
    expect(output.operations.some((o) => o.workNo === 101 && o.opType === 10)).toBe(true);
    expect(output.operations.some((o) => o.workNo === 102 && o.opType === 10)).toBe(true);
  });

  it('three-party help (mode 2): the helper joins the customer call as soon as it answers', () => {
    const { engine, output, callId } = talkingWith101();
    const consultId = ok(engine.run(() => innerHelp(engine, { workNo: 101, dstAddress: '102', deviceType: 2, mode: 2, holdFlag: true }))).callId;
    expect(output.take(101)).toEqual([
      ['AgentEvent_Customer_Alerting', { callid: consultId, otherPhoneWorkno: '102', otherPhone: '70102', type: 'main' }],
      ['AgentEvent_Call_Release', consultId],
      ['AgentEvent_Conference', { callid: callId, partner: `${customer},102` }],
    ]);
    expect(output.take(102)).toEqual([
      ['AgentEvent_Auto_Answer', expect.objectContaining({ callid: consultId, feature: '52', caller: 'a101' })],
      ['AgentOther_PhoneAlerting', null],
      ['AgentOther_PhoneOffhook', { type: 'main' }],
      ['AgentEvent_Call_Release', consultId],
      ['AgentEvent_Talking', expect.objectContaining({ callid: callId })],
      record(callId),
      ['AgentEvent_Conference', { callid: callId, partner: `${customer},101` }],
    ]);
    // The requester removes the helper from the conference (reason 53).
    ok(engine.run(() => disconnectParty(engine, 101, '102')));
    expect(output.take(101)).toEqual([['AgentEvent_Customer_Release', { callid: callId, number: '102' }]]);
    expect(output.types(102)).toEqual(['AgentMediaEvent_StopRecordDone', 'AgentEvent_Call_Release', 'AgentOther_PhoneRelease', 'AgentState_Ready']);
    expect(rowsOf({ engine, clock: undefined as never, output }, consultId)).toEqual([
      [2, 102, 8, 1, null],
      [2, 101, 8, -1, 531],
    ]);
    expect(rowsOf({ engine, clock: undefined as never, output }, callId)).toEqual([
      [1, 1, 0, 1, null],
      [2, 102, 53, 2, null],
    ]);
  });
});

describe('the customer leaves during a consultation', () => {
  it('ends the customer call; the consultation goes on as a talk between the agents', () => {
    const { engine, output, callId } = talkingWith101();
    const consultId = ok(engine.run(() => innerHelp(engine, { workNo: 101, dstAddress: '102', deviceType: 2, mode: 1, holdFlag: true }))).callId;
    output.take(101);
    ok(engine.run(() => customerHangsUp(engine, callId)));
    expect(output.take(101)).toEqual([['AgentEvent_Customer_Release', { callid: callId, number: customer }], stopRecord, ['AgentEvent_Call_Release', callId]]);
    expect(engine.calls.get(consultId)?.link).toBeNull();
    expect(rejected(engine.run(() => connectHold(engine, 101, callId)))).toBe('NoCallToHold');
    ok(engine.run(() => releaseByAgent(engine, 101)));
    expect(output.types(101)).toEqual(['AgentEvent_Call_Release', 'AgentEvent_Customer_Release', 'AgentMediaEvent_StopRecordDone', 'AgentOther_PhoneRelease', 'AgentState_Ready']);
  });

  it('in a three-party help still ringing, the helper and the agent talk when it answers', () => {
    const f = callCenter({ 101: {}, 102: { autoAnswer: false } });
    const callId = inboundCall(f);
    const consultId = ok(f.engine.run(() => innerHelp(f.engine, { workNo: 101, dstAddress: '102', deviceType: 2, mode: 2, holdFlag: false }))).callId;
    ok(f.engine.run(() => customerHangsUp(f.engine, callId)));
    f.output.take(101);
    f.output.take(102);
    ok(f.engine.run(() => answer(f.engine, 102, consultId)));
    expect(f.output.types(102)).toEqual(['AgentOther_PhoneOffhook', 'AgentEvent_Talking', 'AgentMediaEvent_Record']);
    expect(f.output.types(101)).toEqual(['AgentEvent_Talking', 'AgentMediaEvent_Record']);
  });
});

describe('a consultation that fails after the customer left', () => {
  it('still tells the agent (Consult_Fail) and puts its phone down', () => {
    const f = callCenter({ 101: {}, 102: { autoAnswer: false } });
    const callId = inboundCall(f);
    const consultId = ok(f.engine.run(() => innerHelp(f.engine, { workNo: 101, dstAddress: '102', deviceType: 2, mode: 1, holdFlag: true }))).callId;
    ok(f.engine.run(() => customerHangsUp(f.engine, callId)));
    f.output.take(101);
    f.clock.advance(15_000);
    expect(f.output.take(101)).toEqual([['AgentEvent_Consult_Fail', consultId], ['AgentOther_PhoneRelease', { phoneState: 3 }], ['AgentState_Ready', null]]);
    expect(f.engine.agents.get(101)!.legs.size).toBe(0);
    expect(rowsOf(f, consultId)).toEqual([[2, 101, 41, 1, null], [2, 102, 5, -1, 853]]);
  });
});
