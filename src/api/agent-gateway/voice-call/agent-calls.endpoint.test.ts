// Goal: callinner, innerhelp, previewCallout, reject, snatchpickup, requestcall, phonepickup and
// phonehangup over HTTP: the reference's example bodies in, the documented reply shapes out, and
// every documented error code. Method: the demo tenant on a virtual clock; agents poll.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { advance, dial, GatewayAgent } from '../../../../test/support/gateway-client.ts';

let app: TestApp;
beforeEach(async () => {
  app = await createTestApp();
});
afterEach(async () => {
  await app.close();
});

const success = { result: {}, message: 'success', retcode: '0' };

describe('6.1.2.4 callinner', () => {
  it('calls a colleague and answers the call id', async () => {
    const a101 = await GatewayAgent.signIn(app, 101);
    const a102 = await GatewayAgent.signIn(app, 102);
    await a101.events();
    await a102.events();
    const res = await a101.call('PUT', 'voicecall/{id}/callinner', { called: '102' });
    expect(res.body).toEqual({ message: 'success', retcode: '0', result: expect.stringMatching(/^\d+-\d+$/) });
    const callId = res.body.result as string;
    expect(await a101.eventTypes()).toEqual(['AgentOther_PhoneAlerting', 'AgentOther_PhoneOffhook', 'AgentState_Busy', 'AgentEvent_Customer_Alerting', 'AgentEvent_Talking', 'AgentMediaEvent_Record']);
    expect((await a102.events())[0]).toEqual(['AgentEvent_Auto_Answer', { caller: 'a101', transfer: 'no', callid: callId, transfrom: '', called: 'a102', type: 'main', mediaAbility: '1', feature: '6' }]);
  });

  it('answers 000-002 for a malformed number, 100-009 in a call; an absent colleague fails by event', async () => {
    const a101 = await GatewayAgent.signIn(app, 101);
    await a101.events();
    expect((await a101.call('PUT', 'voicecall/{id}/callinner', { called: '10a' })).body.retcode).toBe('000-002');
    expect((await a101.call('PUT', 'voicecall/{id}/callinner', {})).body.retcode).toBe('000-002');
    expect((await a101.call('PUT', 'voicecall/{id}/callinner', { called: '101' })).body.retcode).toBe('000-002');
    const callId = (await a101.call('PUT', 'voicecall/{id}/callinner', { called: '105' })).body.result;
    expect((await a101.events()).slice(3)).toEqual([['AgentEvent_Inside_Call_Fail', callId], ['AgentOther_PhoneRelease', { phoneState: 3 }], ['AgentState_Ready', null]]);
    await dial(app, '4001');
    expect((await a101.call('PUT', 'voicecall/{id}/callinner', { called: '102' })).body.retcode).toBe('100-009');
  });
});

describe('6.1.2.5 innerhelp', () => {
  it('answers 200-018 without a call and 000-002 for a bad devicetype', async () => {
    const a101 = await GatewayAgent.signIn(app, 101);
    expect((await a101.call('POST', 'voicerecall/{id}/innerhelp', { dstaddress: 102 })).body.retcode).toBe('200-018');
    expect((await a101.call('POST', 'voicerecall/{id}/innerhelp', { dstaddress: 102, devicetype: 3 })).body.retcode).toBe('000-002');
  });

  it('three-party help gives AgentEvent_Conference', async () => {
    const a101 = await GatewayAgent.signIn(app, 101);
    const callId = await dial(app, '4001');
    const a102 = await GatewayAgent.signIn(app, 102);
    await a101.events();
    const res = await a101.call('POST', 'voicecall/{id}/innerhelp', { dstaddress: '102', devicetype: '2', mode: '2', holdflag: false });
    expect(res.body.retcode).toBe('0');
    expect((await a101.events()).at(-1)).toEqual(['AgentEvent_Conference', { callid: callId, partner: '13800000001,102' }]);
    expect((await a102.events()).at(-1)).toEqual(['AgentEvent_Conference', { callid: callId, partner: '13800000001,101' }]);
  });
});

describe('6.1.2.2 previewCallout', () => {
  it('answers 200-001 for a malformed number and 200-036 without a matching preview task', async () => {
    const a101 = await GatewayAgent.signIn(app, 101);
    expect((await a101.call('PUT', 'voicercall/{id}/previewCallout', { called: 'x', callcontrolid: '11776' })).body.retcode).toBe('200-001');
    expect((await a101.call('PUT', 'voicercall/{id}/previewCallout', { called: '88889039', callcontrolid: '11776' })).body.retcode).toBe('200-036');
    const engine = await app.services.cti.registry.get(1);
    engine.agents.get(101)!.preview = { controlId: '11776', numbers: ['88889039'], callData: '' };
    // The reference's example: the control id as a string; a number works too.
    const res = await a101.call('PUT', 'voicercall/{id}/previewCallout', { called: '88889039', callcontrolid: 11776 });
    expect(res.body).toEqual({ message: '', retcode: '0', result: expect.stringMatching(/^\d+-\d+$/) });
  });
});

describe('6.1.2.22 reject', () => {
  it('takes the reference example (mode "1"), with 200-002 and 200-037', async () => {
    const a101 = await GatewayAgent.signIn(app, 101, { autoanswer: false });
    expect((await a101.call('POST', 'voicercall/{id}/reject', { callid: '1455885056-1095', mode: '1' })).body.retcode).toBe('200-002');
    const callId = await dial(app, '4001');
    await a101.events();
    expect((await a101.call('POST', 'voicercall/{id}/reject', { mode: 3 })).body.retcode).toBe('000-002');
    expect((await a101.call('POST', 'voicercall/{id}/reject', { callid: '1455885056-1095', mode: '1' })).body.retcode).toBe('200-037');
    expect((await a101.call('POST', 'voicercall/{id}/reject', { callid: callId, mode: '1' })).body).toEqual(success);
    expect(await a101.events()).toEqual([['AgentEvent_No_Answer', callId], ['AgentOther_PhoneRelease', { phoneState: 3 }], ['AgentState_SetNotReady_Success', { reason: '7' }]]);
    expect((await a101.call('GET', 'onlineagent/{id}/agentstatus')).body.result).toEqual({ agentState: 3, isWorking: false });
  });
});

describe('6.1.2.21 snatchpickup and 6.1.2.20 requestcall', () => {
  it('picks up a colleague\'s ringing call', async () => {
    const a101 = await GatewayAgent.signIn(app, 101, { autoanswer: false });
    const callId = await dial(app, '4001');
    const a102 = await GatewayAgent.signIn(app, 102);
    await a101.events();
    await a102.events();
    expect((await a102.call('PUT', 'voicercall/{id}/snatchpickup')).body.retcode).toBe('000-002');
    expect((await a102.call('PUT', 'voicercall/{id}/snatchpickup?destWorkNo=60000')).body.retcode).toBe('000-002');
    expect((await a102.call('PUT', 'voicercall/{id}/snatchpickup?destWorkNo=103')).body.retcode).toBe('100-007');
    expect((await a102.call('PUT', 'voicercall/{id}/snatchpickup?destWorkNo=101')).body).toEqual(success);
    expect(await a101.eventTypes()).toEqual(['AgentEvent_No_Answer', 'AgentOther_PhoneRelease', 'AgentState_Ready']);
    expect(await a102.events()).toEqual([
      ['AgentOther_PhoneAlerting', null],
      ['AgentOther_PhoneOffhook', { type: 'main' }],
      ['AgentEvent_Talking', expect.objectContaining({ callid: callId })],
      ['AgentEvent_Incoming_CallInfo', expect.objectContaining({ callId })],
      ['AgentMediaEvent_Record', expect.objectContaining({ callId })],
    ]);
  });

  it('pulls a queued call: 000-002 for skilltype other than 0 or no skillId, 100-007 for a call not queued', async () => {
    const a101 = await GatewayAgent.signIn(app, 101, { status: 3 });
    const callId = await dial(app, '4001');
    await a101.events();
    expect((await a101.call('POST', `voicecall/{id}/requestcall/${callId}/1?skillId=1`)).body.retcode).toBe('000-002');
    expect((await a101.call('POST', `voicecall/{id}/requestcall/${callId}/0`)).body.retcode).toBe('000-002');
    expect((await a101.call('POST', 'voicecall/{id}/requestcall/1-1/0?skillId=1')).body.retcode).toBe('100-007');
    expect((await a101.call('POST', `voicecall/{id}/requestcall/${callId}/0?skillid=1`)).body).toEqual(success);
    expect(await a101.eventTypes()).toEqual(['AgentOther_PhoneAlerting', 'AgentOther_PhoneOffhook', 'AgentEvent_Talking', 'AgentEvent_Incoming_CallInfo', 'AgentMediaEvent_Record']);
  });
});

describe('6.1.2.23 phonepickup and 6.1.2.24 phonehangup', () => {
  it('answer 100-007 without a ringing phone, and work on the simulated softphone', async () => {
    const a101 = await GatewayAgent.signIn(app, 101, { autoanswer: false });
    expect((await a101.call('POST', 'voicell/{id}/phonepickup')).body.retcode).toBe('100-007');
    expect((await a101.call('POST', 'voicecall/{id}/phonehangup')).body.retcode).toBe('100-007');
    const callId = await dial(app, '4001');
    await a101.events();
    expect((await a101.call('POST', 'voicell/{id}/phonepickup')).body).toEqual(success);
    expect(await a101.eventTypes()).toEqual(['AgentOther_PhoneOffhook', 'AgentEvent_Talking', 'AgentEvent_Incoming_CallInfo', 'AgentMediaEvent_Record']);
    await advance(app, 1_000);
    await app.request({ method: 'POST', url: `/sim/v1/calls/${callId}/hangup` });
    await a101.events();
    await dial(app, '4001', { caller: '13800000002' });
    await a101.events();
    expect((await a101.call('POST', 'voicecall/{id}/phonehangup')).body).toEqual(success);
    expect((await a101.eventTypes()).slice(0, 2)).toEqual(['AgentOther_PhoneRelease', 'AgentEvent_No_Answer']);
  });
});
