// Goal: the agent conference state machine at the engine (note 02 §5.8): while applying (the
// chair's phone not yet off-hook) every operation is refused as "no conference" (101-001); after
// AgentConf_RequestSuccess the chair operates; the conference call counts as a live voice call;
// a conference never rings another tenant's agent; shutdown closes every row. Method: an engine
// on a virtual clock whose softphones take 500 ms to go off-hook.
import { describe, expect, it } from 'vitest';
import { batchAddParticipants, chairedConference, liveUsage, releaseConference, requestConference, stopEngine } from '../../src/engine/index.ts';
import { callCenter, ok, rejected } from './call-control-support.ts';

const request = { memberNum: 4, confCallerNo: '', timeMin: 60, promptTimeMin: 3, beepTone: false, voicePath: null };

describe('agent conference at the engine', () => {
  it('refuses chair operations while applying, then runs them', () => {
    const f = callCenter({ 101: {}, 102: {} }, {}, { agentAnswerDelayMs: 500 });
    const { engine, clock, output } = f;
    ok(engine.run(() => requestConference(engine, 101, request)));
    expect(output.take(101).map(([t]) => t)).toEqual(['AgentState_Busy', 'AgentOther_PhoneAlerting']);
    expect(rejected(engine.run(() => chairedConference(engine, 101)))).toBe('ConfNone');
    expect(rejected(engine.run(() => releaseConference(engine, 101)))).toBe('ConfNone');
    expect(rejected(engine.run(() => requestConference(engine, 101, request)))).toBe('ConfAlreadyIn');
    clock.advance(500);
    expect(output.take(101).map(([t]) => t)).toEqual(['AgentOther_PhoneOffhook', 'AgentConf_SelfJoinResult', 'AgentConf_RequestSuccess', 'AgentMediaEvent_Record']);
    expect(liveUsage(engine).voiceCalls).toBe(1);
    expect(rejected(engine.run(() => batchAddParticipants(engine, 102, [], undefined)))).toBe('ConfNone');
    ok(engine.run(() => batchAddParticipants(engine, 101, [{ addressType: '9', address: '102', deviceCallType: 0, deviceType: 0 }], undefined)));
    expect(output.take(102).map(([t]) => t)).toEqual(['AgentConf_Ringing', 'AgentOther_PhoneAlerting']);
    ok(engine.run(() => releaseConference(engine, 101)));
    // The invitee still ringing is released with the conference.
    expect(output.take(102).map(([t]) => t)).toEqual(['AgentOther_PhoneRelease', 'AgentState_Ready']);
    expect(engine.calls.size).toBe(0);
    expect(output.cdrRows.filter((r) => r.callIdNum === -1).map((r) => r.releaseCause)).toEqual([531]);
  });

  it('closes the conference call and its rows when the engine stops', () => {
    const f = callCenter({ 101: {} });
    const { engine, output } = f;
    ok(engine.run(() => requestConference(engine, 101, request)));
    stopEngine(engine);
    expect(engine.calls.size).toBe(0);
    // The chair's row is closed (the fixture records closed rows), the call's last one.
    expect(output.cdrRows.map((r) => [r.leg.deviceType, r.leg.deviceNo, r.callIdNum])).toEqual([[2, 101, -1]]);
  });
});
