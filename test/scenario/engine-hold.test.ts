// Goal: hold and retrieve (6.1.2.8/10), mute (6.1.2.6/7), dropcall (6.1.2.15), disconnect
// (6.1.2.17) and two-stage dialing into an IVR (6.1.2.13/25) change real state, answer the
// documented codes and emit the documented events. Method: an engine on a virtual clock.
import { describe, expect, it } from 'vitest';
import { beginMute, callout, customerHangsUp, digitsPressed, disconnectParty, endMute, getHold, heldCallsMax, hold, releaseByAgent, secondDial, transfer, transmitConferenceDigits } from '../../src/engine/index.ts';
import { callCenter, inboundCall, ok, rejected, rowsOf, stopRecord } from './call-control-support.ts';

describe('hold and retrieve', () => {
  it('holds the call in conversation and retrieves it with AgentEvent_Talking', () => {
    const f = callCenter({ 101: {} });
    const { engine, clock, output } = f;
    expect(rejected(engine.run(() => hold(engine, 101)))).toBe('NoCallToHold');
    expect(rejected(engine.run(() => getHold(engine, 101)))).toBe('NoHeldCall');
    const callId = inboundCall(f);
    output.take(101);
    clock.advance(5_000);
    ok(engine.run(() => hold(engine, 101)));
    expect(output.take(101)).toEqual([['AgentEvent_Hold', callId]]);
    expect(engine.calls.get(callId)?.customer?.state).toBe('held');
    expect(rejected(engine.run(() => hold(engine, 101)))).toBe('HoldStateError');
    expect(rejected(engine.run(() => getHold(engine, 101, 'other')))).toBe('NoHeldCall');
    clock.advance(7_000);
    ok(engine.run(() => getHold(engine, 101, callId)));
    expect(output.take(101)).toEqual([['AgentEvent_Talking', { caller: '13800000001', callid: callId, called: '4001', feature: '0', type: 'main', mediaAbility: '1' }]]);
    expect(engine.calls.get(callId)?.customer?.state).toBe('connected');
    const agent = engine.agents.get(101)!;
    expect(agent.statistics.holdCount).toBe(1);
    // The hold is an operation of its own (38, object: the agent), between two talking intervals.
    expect(output.operations.filter((o) => o.workNo === 101).map((o) => [o.opType, o.endMs - o.beginMs])).toEqual([[1, 0], [2, 0], [4, 5_000], [38, 7_000]]);
    // One talk segment, one recording: hold does not cut it (its only event is AgentEvent_Hold).
    expect(output.recordings.map((r) => r.phase)).toEqual(['start']);
  });

  it('may call out while holding, refuses gethold while busy with it (200-016), and connects the two calls', () => {
    const f = callCenter({ 101: {} });
    const { engine, clock, output } = f;
    const callId = inboundCall(f);
    ok(engine.run(() => hold(engine, 101)));
    output.take(101);
    const out = ok(engine.run(() => callout(engine, { workNo: 101, called: '13900001234' })));
    clock.advance(2_000);
    expect(output.types(101)).toEqual(['AgentState_Busy', 'AgentEvent_Customer_Alerting', 'AgentEvent_Talking', 'AgentMediaEvent_Record']);
    expect(rejected(engine.run(() => getHold(engine, 101)))).toBe('UnholdStateError');
    // disconnect releases a party of the last call only: the held customer belongs to an older one.
    expect(rejected(engine.run(() => disconnectParty(engine, 101, '13800000001')))).toBe('PartyOfOlderCall');
    expect(rejected(engine.run(() => disconnectParty(engine, 101, '555')))).toBe('NoPartyToRelease');
    ok(engine.run(() => disconnectParty(engine, 101, '13900001234')));
    expect(output.take(101)).toEqual([['AgentEvent_Customer_Release', { callid: out.callId, number: '13900001234' }], stopRecord, ['AgentEvent_Call_Release', out.callId]]);
    ok(engine.run(() => getHold(engine, 101)));
    expect(output.types(101)).toEqual(['AgentEvent_Talking']);
    expect(rowsOf(f, out.callId)).toEqual([[2, 101, 16, -1, 531]]);
    ok(engine.run(() => customerHangsUp(engine, callId)));
  });

  it('bounds the calls an agent may hold', () => {
    const f = callCenter({ 101: {} });
    const { engine } = f;
    for (let i = 0; i < heldCallsMax; i++) {
      ok(engine.run(() => callout(engine, { workNo: 101, called: `1390000${1000 + i}` })));
      f.clock.advance(2_000);
      ok(engine.run(() => hold(engine, 101)));
    }
    ok(engine.run(() => callout(engine, { workNo: 101, called: '13900009999' })));
    f.clock.advance(2_000);
    expect(rejected(engine.run(() => hold(engine, 101)))).toBe('HoldStateError');
  });

  it('drops a held call by id (dropcall) while another goes on', () => {
    const f = callCenter({ 101: {} });
    const { engine, output } = f;
    const callId = inboundCall(f);
    ok(engine.run(() => hold(engine, 101)));
    const out = ok(engine.run(() => callout(engine, { workNo: 101, called: '13900001234' })));
    f.clock.advance(2_000);
    output.take(101);
    expect(rejected(engine.run(() => releaseByAgent(engine, 101, 'nope')))).toBe('NoSuchCall');
    ok(engine.run(() => releaseByAgent(engine, 101, callId)));
    expect(output.take(101)).toEqual([['AgentEvent_Call_Release', callId], ['AgentEvent_Customer_Release', { callid: callId, number: '13800000001' }], stopRecord]);
    expect(engine.calls.has(callId)).toBe(false);
    expect(engine.agents.get(101)!.legs.get(out.callId)?.state).toBe('talking');
  });
});

describe('mute', () => {
  it('mutes and unmutes the call in conversation, with the documented state errors', () => {
    const f = callCenter({ 101: {} });
    const { engine, output } = f;
    expect(rejected(engine.run(() => beginMute(engine, 101)))).toBe('NoCallToMute');
    expect(rejected(engine.run(() => endMute(engine, 101)))).toBe('NoCallToUnmute');
    const callId = inboundCall(f);
    output.take(101);
    expect(rejected(engine.run(() => endMute(engine, 101)))).toBe('UnmuteStateError');
    ok(engine.run(() => beginMute(engine, 101)));
    expect(engine.agents.get(101)!.muted).toBe(true);
    expect(rejected(engine.run(() => beginMute(engine, 101)))).toBe('MuteStateError');
    ok(engine.run(() => endMute(engine, 101)));
    ok(engine.run(() => beginMute(engine, 101)));
    expect(output.take(101)).toEqual([]);
    // The next call starts unmuted.
    ok(engine.run(() => customerHangsUp(engine, callId)));
    expect(engine.agents.get(101)!.muted).toBe(false);
  });
});

describe('two-stage dialing into an IVR', () => {
  it('feeds the agent\'s digits to an IVR it called: the survey records them and hangs up', () => {
    const f = callCenter({ 101: {} });
    const { engine, clock, output } = f;
    expect(rejected(engine.run(() => secondDial(engine, 101, '1')))).toBe('Internal');
    const call = ok(engine.run(() => callout(engine, { workNo: 101, called: '8002' })));
    expect(output.take(101)).toEqual([
      ['AgentOther_PhoneAlerting', null],
      ['AgentOther_PhoneOffhook', { type: 'main' }],
      ['AgentState_Busy', null],
      ['AgentEvent_Customer_Alerting', { callid: call.callId, otherPhoneWorkno: '', otherPhone: '8002', type: 'main' }],
      ['AgentEvent_Talking', expect.objectContaining({ callid: call.callId, called: '8002', feature: '7' })],
      ['AgentMediaEvent_Record', expect.objectContaining({ callId: call.callId })],
    ]);
    clock.advance(1_000);
    ok(engine.run(() => secondDial(engine, 101, '4')));
    expect(output.surveys).toEqual([{ callId: call.callId, value: '4' }]);
    expect(output.take(101)).toEqual([
      ['AgentEvent_Customer_Release', { callid: call.callId, number: '8002' }],
      stopRecord,
      ['AgentEvent_Call_Release', call.callId],
      ['AgentOther_PhoneRelease', { phoneState: 3 }],
      ['AgentState_Ready', null],
    ]);
    expect(rowsOf(f, call.callId)).toEqual([[2, 101, 0, 1, null], [3, 2, 0, -1, 256]]);
  });

  it('relays the customer\'s digits to a third-party IVR only after thirdPartyConfTransmitNum', () => {
    const f = callCenter({ 101: {} });
    const { engine, clock, output } = f;
    const callId = inboundCall(f);
    expect(rejected(engine.run(() => transmitConferenceDigits(engine, 101)))).toBe('ConfTransmitFailed');
    ok(engine.run(() => transfer(engine, { workNo: 101, deviceType: 5, address: '8002', mode: 4, holdFlag: false })));
    expect(output.take(101).at(-1)).toEqual(['AgentEvent_Conference', { callid: callId, partner: '13800000001,8002' }]);
    clock.advance(1_000);
    // Before the relay is on, the customer's key presses do not reach the IVR.
    engine.run(() => engine.calls.get(callId) && digitsFromCustomer(f, callId, '5'));
    expect(output.surveys).toEqual([]);
    ok(engine.run(() => transmitConferenceDigits(engine, 101)));
    engine.run(() => digitsFromCustomer(f, callId, '3'));
    expect(output.surveys).toEqual([{ callId, value: '3' }]);
    // The IVR leaves; customer and agent go on.
    expect(output.take(101)).toEqual([['AgentEvent_Customer_Release', { callid: callId, number: '8002' }]]);
    expect(engine.calls.get(callId)?.customer?.state).toBe('connected');
  });
});

function digitsFromCustomer(f: ReturnType<typeof callCenter>, callId: string, digits: string): void {
  const call = f.engine.calls.get(callId);
  if (call) digitsPressed(f.engine, call, digits);
}
