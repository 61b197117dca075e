// Goal: the agent-to-agent and ringing-call interfaces — callinner (6.1.2.4), reject (6.1.2.22),
// snatchpickup (6.1.2.21), requestcall (6.1.2.20), phonepickup/phonehangup (6.1.2.23/24),
// previewCallout (6.1.2.2), mediaswitch and adjustvideomode (6.1.2.18/19) — with their events,
// CDR rows, statistics and documented failures. Method: an engine on a virtual clock.
import { describe, expect, it } from 'vitest';
import { adjustVideoMode, answer, callInner, customerDials, mediaSwitch, phoneHangUp, phonePickUp, previewCallout, reject, releaseByAgent, requestCall, requestWork, snatchPickup } from '../../src/engine/index.ts';
import { callCenter, inboundCall, ok, record, rejected, rowsOf, stopRecord } from './call-control-support.ts';

describe('internal call', () => {
  it('rings the colleague with a-prefixed numbers and both talk with feature 6', () => {
    const f = callCenter({ 101: {}, 102: { autoAnswer: false } });
    const { engine, clock, output } = f;
    const call = ok(engine.run(() => callInner(engine, { workNo: 101, called: '102' })));
    expect(output.take(101)).toEqual([
      ['AgentOther_PhoneAlerting', null],
      ['AgentOther_PhoneOffhook', { type: 'main' }],
      ['AgentState_Busy', null],
      ['AgentEvent_Customer_Alerting', { callid: call.callId, otherPhoneWorkno: '102', otherPhone: '70102', type: 'main' }],
    ]);
    expect(output.take(102)).toEqual([
      ['AgentEvent_Ringing', { caller: 'a101', transfer: 'no', callid: call.callId, transfrom: '', called: 'a102', type: 'main', mediaAbility: '1', feature: '6' }],
      ['AgentOther_PhoneAlerting', null],
    ]);
    clock.advance(3_000);
    ok(engine.run(() => answer(engine, 102, undefined)));
    const talking = ['AgentEvent_Talking', { caller: '101', callid: call.callId, called: '102', feature: '6', type: 'main', mediaAbility: '1' }];
    expect(output.take(102)).toEqual([['AgentOther_PhoneOffhook', { type: 'main' }], talking, record(call.callId)]);
    expect(output.take(101)).toEqual([talking, record(call.callId)]);
    clock.advance(30_000);
    ok(engine.run(() => releaseByAgent(engine, 102)));
    expect(output.take(101)).toEqual([['AgentEvent_Customer_Release', { callid: call.callId, number: '102' }], stopRecord, ['AgentEvent_Call_Release', call.callId], ['AgentOther_PhoneRelease', { phoneState: 3 }], ['AgentState_Ready', null]]);
    expect(rowsOf(f, call.callId)).toEqual([[2, 101, 16, 1, null], [2, 102, 16, -1, 531]]);
    expect(engine.agents.get(101)!.statistics.innerCallCount).toBe(1);
    expect(output.operations.find((o) => o.workNo === 101 && o.opType === 41)).toMatchObject({ endMs: expect.any(Number) });
  });

  it('fails with AgentEvent_Inside_Call_Fail when the colleague rejects or is not there', () => {
    const f = callCenter({ 101: {}, 102: { autoAnswer: false } });
    const { engine, output } = f;
    const call = ok(engine.run(() => callInner(engine, { workNo: 101, called: '102' })));
    output.take(101);
    output.take(102);
    ok(engine.run(() => reject(engine, 102, { mode: 2 })));
    expect(output.take(102)).toEqual([['AgentEvent_No_Answer', call.callId], ['AgentOther_PhoneRelease', { phoneState: 3 }], ['AgentState_Ready', null]]);
    expect(output.take(101)).toEqual([['AgentEvent_Inside_Call_Fail', call.callId], ['AgentOther_PhoneRelease', { phoneState: 3 }], ['AgentState_Ready', null]]);
    expect(rowsOf(f, call.callId)).toEqual([[2, 101, 27, 1, null], [2, 102, 50, -1, 852]]);
    const absent = ok(engine.run(() => callInner(engine, { workNo: 101, called: '109' })));
    expect(output.types(101)).toEqual(['AgentOther_PhoneAlerting', 'AgentOther_PhoneOffhook', 'AgentState_Busy', 'AgentEvent_Inside_Call_Fail', 'AgentOther_PhoneRelease', 'AgentState_Ready']);
    expect(rowsOf(f, absent.callId)).toEqual([[2, 101, 25, -1, 602]]);
    expect(rejected(engine.run(() => callInner(engine, { workNo: 101, called: '101' })))).toBe('InvalidParameter');
  });
});

describe('reject (6.1.2.22)', () => {
  it('mode 1 re-queues the call and sets the agent busy with reason 7', () => {
    const f = callCenter({ 101: { autoAnswer: false } });
    const { engine, output } = f;
    expect(rejected(engine.run(() => reject(engine, 101, { mode: 1 })))).toBe('NoCallToAnswer');
    const callId = inboundCall(f);
    output.take(101);
    expect(rejected(engine.run(() => reject(engine, 101, { mode: 1, callId: 'other' })))).toBe('NoRingingCallToReject');
    ok(engine.run(() => reject(engine, 101, { mode: 1, callId })));
    expect(output.take(101)).toEqual([['AgentEvent_No_Answer', callId], ['AgentOther_PhoneRelease', { phoneState: 3 }], ['AgentState_SetNotReady_Success', { reason: '7' }]]);
    expect(engine.waiting.get(1)?.size).toBe(1);
    expect(engine.calls.get(callId)?.requeueCount).toBe(1);
    expect(rowsOf(f, callId)).toEqual([[1, 1, 0, 1, null], [2, 101, 50, 2, null]]);
    expect(output.operations.at(-1)).toMatchObject({ opType: 2 });
    ok(engine.run(() => requestWork(engine, 101, 'cancelBusy')));
    expect(engine.agents.get(101)!.busyReason).toBe(7);
  });

  it('mode 2 releases the call and the agent is idle', () => {
    const f = callCenter({ 101: { autoAnswer: false } });
    const callId = inboundCall(f);
    f.output.take(101);
    ok(f.engine.run(() => reject(f.engine, 101, { mode: 2 })));
    expect(f.output.take(101)).toEqual([['AgentEvent_No_Answer', callId], ['AgentOther_PhoneRelease', { phoneState: 3 }], ['AgentState_Ready', null]]);
    expect(f.engine.calls.has(callId)).toBe(false);
    expect(rowsOf(f, callId)).toEqual([[1, 1, 0, 1, null], [2, 101, 50, -1, 852]]);
  });
});

describe('pick-up and pulling a queued call', () => {
  it('snatchpickup: the ringing agent stops ringing, the picker rings and talks', () => {
    const f = callCenter({ 101: { autoAnswer: false }, 102: { autoAnswer: false } });
    const { engine, output } = f;
    const callId = inboundCall(f);
    output.take(101);
    expect(rejected(engine.run(() => snatchPickup(engine, 102, 102)))).toBe('InvalidParameter');
    expect(rejected(engine.run(() => snatchPickup(engine, 102, 103)))).toBe('Internal');
    ok(engine.run(() => snatchPickup(engine, 102, 101)));
    expect(output.take(101)).toEqual([['AgentEvent_No_Answer', callId], ['AgentOther_PhoneRelease', { phoneState: 3 }], ['AgentState_Ready', null]]);
    expect(output.take(102)).toEqual([['AgentOther_PhoneAlerting', null]]);
    ok(engine.run(() => answer(engine, 102, callId)));
    expect(output.types(102)).toEqual(['AgentOther_PhoneOffhook', 'AgentEvent_Talking', 'AgentEvent_Incoming_CallInfo', 'AgentMediaEvent_Record']);
    expect(rowsOf(f, callId)).toEqual([[1, 1, 0, 1, null], [2, 101, 13, 2, null]]);
  });

  it('requestcall pulls a call waiting in a public queue to a busy agent, who returns to busy', () => {
    const f = callCenter({ 101: {} });
    const { engine, output } = f;
    ok(engine.run(() => requestWork(engine, 101, 'sayBusy', { busyReason: 201 })));
    output.take(101);
    const dial = ok(engine.run(() => customerDials(engine, { caller: '13800000009', called: '4001' })));
    expect(engine.waiting.get(1)?.size).toBe(1);
    expect(rejected(engine.run(() => requestCall(engine, 101, 'nope', 1)))).toBe('Internal');
    expect(rejected(engine.run(() => requestCall(engine, 101, dial.callId, 2)))).toBe('Internal');
    ok(engine.run(() => requestCall(engine, 101, dial.callId, 1)));
    expect(output.types(101)).toEqual(['AgentOther_PhoneAlerting', 'AgentOther_PhoneOffhook', 'AgentEvent_Talking', 'AgentEvent_Incoming_CallInfo', 'AgentMediaEvent_Record']);
    expect(rejected(engine.run(() => requestCall(engine, 101, dial.callId, 1)))).toBe('Internal');
    ok(engine.run(() => releaseByAgent(engine, 101)));
    expect(output.take(101).at(-1)).toEqual(['AgentState_SetNotReady_Success', { reason: '201' }]);
  });
});

describe('phone linkage on the simulated softphone', () => {
  it('phonepickup answers the ringing phone; phonehangup turns it down', () => {
    const f = callCenter({ 101: { autoAnswer: false } });
    const { engine, output } = f;
    expect(rejected(engine.run(() => phonePickUp(engine, 101)))).toBe('Internal');
    const callId = inboundCall(f);
    output.take(101);
    ok(engine.run(() => phonePickUp(engine, 101)));
    expect(output.types(101)).toEqual(['AgentOther_PhoneOffhook', 'AgentEvent_Talking', 'AgentEvent_Incoming_CallInfo', 'AgentMediaEvent_Record']);
    ok(engine.run(() => releaseByAgent(engine, 101, callId)));
    output.take(101);
    const second = inboundCall(f, '13800000002');
    output.take(101);
    ok(engine.run(() => phoneHangUp(engine, 101)));
    // The agent's state does not change, so the call, back in its queue, rings the idle agent again.
    expect(output.take(101)).toEqual([
      ['AgentOther_PhoneRelease', { phoneState: 2 }],
      ['AgentEvent_No_Answer', second],
      ['AgentState_Ready', null],
      ['AgentEvent_Ringing', expect.objectContaining({ callid: second })],
      ['AgentOther_PhoneAlerting', null],
    ]);
    expect(rowsOf(f, second)).toEqual([[1, 1, 0, 1, null], [2, 101, 50, 2, null], [1, 1, 0, 3, null]]);
  });

  it('phonepickup takes the phone off-hook at once for the agent\'s own call', () => {
    const f = callCenter({ 101: {} }, {}, { agentAnswerDelayMs: 3_000 });
    const { engine, output } = f;
    ok(engine.run(() => callInner(engine, { workNo: 101, called: '109' })));
    expect(output.types(101)).toEqual(['AgentOther_PhoneAlerting']);
    ok(engine.run(() => phonePickUp(engine, 101)));
    expect(output.types(101)).toEqual(['AgentOther_PhoneOffhook', 'AgentState_Busy', 'AgentEvent_Inside_Call_Fail', 'AgentOther_PhoneRelease', 'AgentState_Ready']);
  });
});

describe('previewed outbound call', () => {
  it('dials a number of the preview task as feature 44; anything else is 200-036', () => {
    const f = callCenter({ 101: {} });
    const { engine, clock, output } = f;
    expect(rejected(engine.run(() => previewCallout(engine, { workNo: 101, called: '88889039', controlId: '11776' })))).toBe('PreviewInvalid');
    engine.agents.get(101)!.preview = { controlId: '11776', numbers: ['88889039', '88889040'], callData: 'campaign 7' };
    expect(rejected(engine.run(() => previewCallout(engine, { workNo: 101, called: '88889039', controlId: '1' })))).toBe('PreviewInvalid');
    expect(rejected(engine.run(() => previewCallout(engine, { workNo: 101, called: '1234', controlId: '11776' })))).toBe('PreviewInvalid');
    const call = ok(engine.run(() => previewCallout(engine, { workNo: 101, called: '88889039', controlId: '11776' })));
    clock.advance(2_000);
    expect(output.take(101).find(([type]) => type === 'AgentEvent_Talking')).toEqual(['AgentEvent_Talking', expect.objectContaining({ callid: call.callId, feature: '44' })]);
    expect(engine.calls.get(call.callId)?.callData).toBe('campaign 7');
  });
});

describe('video-only interfaces on a voice network', () => {
  it('answer their documented codes', () => {
    const f = callCenter({ 101: {} });
    const { engine } = f;
    expect(rejected(engine.run(() => mediaSwitch(engine, 101, 2)))).toBe('MediaSwitchMediaInvalid');
    expect(rejected(engine.run(() => mediaSwitch(engine, 101, 3)))).toBe('MediaSwitchNoCall');
    expect(rejected(engine.run(() => adjustVideoMode(engine, 101, 4)))).toBe('VideoModeInvalid');
    expect(rejected(engine.run(() => adjustVideoMode(engine, 101, 0)))).toBe('VideoModeNoCall');
    inboundCall(f);
    expect(rejected(engine.run(() => mediaSwitch(engine, 101, 1)))).toBe('MediaSwitchFailed');
    expect(rejected(engine.run(() => mediaSwitch(engine, 101, 3)))).toBe('MediaSwitchFailed');
    expect(rejected(engine.run(() => adjustVideoMode(engine, 101, 1)))).toBe('VideoModeCallTypeInvalid');
    const internal = callCenter({ 101: {}, 102: {} });
    ok(internal.engine.run(() => callInner(internal.engine, { workNo: 101, called: '102' })));
    expect(rejected(internal.engine.run(() => mediaSwitch(internal.engine, 101, 3)))).toBe('MediaSwitchCallTypeInvalid');
  });
});
