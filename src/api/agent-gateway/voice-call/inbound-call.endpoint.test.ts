// Goal: an inbound call dialled through the simulator reaches an agent with the documented events
// and leaves its CDR rows and recording, over HTTP (issue "CTI core", done-when scenario, part 1).
// Method: the demo tenant on a virtual clock; the agent polls like a desktop.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { useScriptedIvr } from '../../../../test/support/scripted-ivr.ts';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { advance, dial, GatewayAgent } from '../../../../test/support/gateway-client.ts';

let app: TestApp;
beforeEach(async () => {
  app = await createTestApp();
  await useScriptedIvr(app);
});
afterEach(async () => {
  await app.close();
});

describe('inbound call to 4001', () => {
  it('rings a manual-answer agent, who answers and releases; the survey follows and is recorded', async () => {
    const agent = await GatewayAgent.signIn(app, 101, { autoanswer: false });
    await agent.events();
    const callId = await dial(app, '4001');
    expect(await agent.events()).toEqual([
      ['AgentEvent_Ringing', { caller: '13800000001', transfer: 'no', callid: callId, transfrom: '', called: '4001', type: 'main', mediaAbility: '1', feature: '0' }],
      ['AgentOther_PhoneAlerting', null],
    ]);
    expect((await agent.call('PUT', `voicecall/{id}/answer?callid=${callId}`)).body).toEqual({ result: {}, message: 'success', retcode: '0' });
    expect(await agent.eventTypes()).toEqual(['AgentOther_PhoneOffhook', 'AgentEvent_Talking', 'AgentEvent_Incoming_CallInfo', 'AgentMediaEvent_Record']);
    expect((await agent.call('GET', 'onlineagent/{id}/agentstatus')).body.result).toEqual({ agentState: 7, isWorking: true });
    await advance(app, 42_000);
    expect((await agent.call('DELETE', 'voicecall/{id}/release')).body.retcode).toBe('0');
    expect(await agent.eventTypes()).toEqual(['AgentEvent_Call_Release', 'AgentEvent_Customer_Release', 'AgentMediaEvent_StopRecordDone', 'AgentOther_PhoneRelease', 'AgentState_Ready']);
    // The demo tenant has the satisfaction survey on: the customer is in flow 2 now and presses 5.
    expect((await app.request({ method: 'GET', url: `/sim/v1/calls/${callId}` })).body).toMatchObject({ state: 'ivr', ivr: { flowId: 2 } });
    await advance(app, 3_000);
    expect((await app.request({ method: 'POST', url: `/sim/v1/calls/${callId}/dtmf`, body: { digits: '5' } })).status).toBe(200);
    await app.services.settle();
    const ended = await app.request({ method: 'GET', url: `/sim/v1/calls/${callId}` });
    expect(ended.body).toMatchObject({ state: 'ended', releaseCause: 256 });
    const rows = await app.services.repos.ctiRecords.cdrsOfCall(1, callId);
    expect(rows.map((r) => [r.deviceType, r.deviceNo, r.leaveReason, r.callIdNum, r.status])).toEqual([
      [1, 1, 0, 1, 'closed'],
      [2, 101, 16, 2, 'closed'],
      [3, 2, 0, -1, 'closed'],
    ]);
    expect(rows[1]!.callEndMs! - rows[1]!.callBeginMs!).toBe(42_000);
    const recordings = await app.services.repos.ctiRecords.recordingsOfCall(1, callId);
    expect(recordings).toHaveLength(1);
    expect(recordings[0]).toMatchObject({ agentId: '101', status: 'done', callerNumber: '13800000001' });
    expect(await app.services.repos.ivr.findSatisfactionResult(1, callId, 0, app.clock.now())).toMatchObject({ evaluationValue: '5', customerNumber: '13800000001' });
  });

  it('auto-answers and ends when the customer hangs up', async () => {
    const agent = await GatewayAgent.signIn(app, 101);
    await agent.events();
    const callId = await dial(app, '4001');
    expect(await agent.eventTypes()).toEqual(['AgentEvent_Auto_Answer', 'AgentOther_PhoneAlerting', 'AgentOther_PhoneOffhook', 'AgentEvent_Talking', 'AgentEvent_Incoming_CallInfo', 'AgentMediaEvent_Record']);
    await advance(app, 10_000);
    expect((await app.request({ method: 'POST', url: `/sim/v1/calls/${callId}/hangup` })).body).toEqual({ callId, state: 'ended' });
    expect(await agent.events()).toEqual([
      ['AgentEvent_Customer_Release', { callid: callId, number: '13800000001' }],
      ['AgentMediaEvent_StopRecordDone', expect.objectContaining({ fileMediaType: '1' })],
      ['AgentEvent_Call_Release', callId],
      ['AgentOther_PhoneRelease', { phoneState: 3 }],
      ['AgentState_Ready', null],
    ]);
    const rows = await app.services.repos.ctiRecords.cdrsOfCall(1, callId);
    expect(rows.at(-1)).toMatchObject({ callIdNum: -1, releaseCause: 531, leaveReason: 88 });
  });

  it('goes through the IVR menu of 4002 to the voice queue when the customer presses 1', async () => {
    const agent = await GatewayAgent.signIn(app, 101);
    await agent.events();
    const callId = await dial(app, '4002');
    expect((await app.request({ method: 'GET', url: `/sim/v1/calls/${callId}` })).body).toMatchObject({ state: 'ivr', ivr: { flowId: 1, node: 'menu' } });
    await app.request({ method: 'POST', url: `/sim/v1/calls/${callId}/dtmf`, body: { digits: '1' } });
    await advance(app, 10_000);
    expect(await agent.eventTypes()).toContain('AgentEvent_Talking');
    expect((await app.request({ method: 'GET', url: `/sim/v1/calls/${callId}` })).body.state).toBe('talking');
  });

  it('answers 200-002 to answer without a ringing call and 200-017 to release without a call', async () => {
    const agent = await GatewayAgent.signIn(app, 101);
    expect((await agent.call('PUT', 'voicecall/{id}/answer')).body.retcode).toBe('200-002');
    expect((await agent.call('DELETE', 'voicecall/{id}/release')).body.retcode).toBe('200-017');
    expect((await agent.call('DELETE', 'voicecall/{id}')).body.retcode).toBe('200-017');
  });

  it('refuses logout during a call (100-010) and allows it afterwards', async () => {
    const agent = await GatewayAgent.signIn(app, 101);
    const callId = await dial(app, '4001');
    expect((await agent.call('DELETE', 'onlineagent/{id}/logout')).body.retcode).toBe('100-010');
    await app.request({ method: 'POST', url: `/sim/v1/calls/${callId}/hangup` });
    expect((await agent.call('DELETE', 'onlineagent/{id}/logout')).body.retcode).toBe('0');
  });
});

describe('6.1.2.1 callout', () => {
  it('answers the call id and the call progresses with the documented events', async () => {
    const agent = await GatewayAgent.signIn(app, 101);
    await agent.events();
    const res = await agent.call('PUT', 'voicecall/{id}/callout', { caller: '4001', called: '13900001234', skillid: 1, callappdata: '', mediaability: 1 });
    expect(res.body).toEqual({ message: '', retcode: '0', result: expect.stringMatching(/^\d+-\d+$/) });
    const callId = res.body.result as string;
    expect(await agent.events()).toEqual([
      ['AgentOther_PhoneAlerting', null],
      ['AgentOther_PhoneOffhook', { type: 'main' }],
      ['AgentState_Busy', null],
      ['AgentEvent_Customer_Alerting', { callid: callId, otherPhoneWorkno: '', otherPhone: '13900001234', type: 'main' }],
    ]);
    await advance(app, 2_000);
    expect(await agent.events()).toEqual([
      ['AgentEvent_Talking', { caller: '4001', callid: callId, called: '13900001234', feature: '7', type: 'main', mediaAbility: '1' }],
      ['AgentMediaEvent_Record', expect.objectContaining({ callId })],
    ]);
  });

  it('reports a busy number with Call_Out_Fail and OUTBOUND_DETECT_EVENT', async () => {
    const agent = await GatewayAgent.signIn(app, 101);
    await agent.events();
    const callId = (await agent.call('PUT', 'voicecall/{id}/callout', { called: '13900000001' })).body.result;
    await advance(app, 1_000);
    expect(await agent.events()).toEqual([
      ['AgentOther_PhoneAlerting', null],
      ['AgentOther_PhoneOffhook', { type: 'main' }],
      ['AgentState_Busy', null],
      ['AgentEvent_Call_Out_Fail', callId],
      ['OUTBOUND_DETECT_EVENT', { callId, detect: 1164, desc: 'The called party is busy.' }],
      ['AgentOther_PhoneRelease', { phoneState: 3 }],
      ['AgentState_Ready', null],
    ]);
  });

  it('refuses an invalid number with 200-001', async () => {
    const agent = await GatewayAgent.signIn(app, 101);
    expect((await agent.call('PUT', 'voicecall/{id}/callout', { called: '12a' })).body.retcode).toBe('200-001');
    expect((await agent.call('PUT', 'voicecall/{id}/callout', { called: '1'.repeat(25) })).body.retcode).toBe('200-001');
  });
});
