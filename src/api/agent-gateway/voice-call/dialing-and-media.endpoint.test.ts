// Goal: seconddialex (6.1.2.13), thirdPartyConfTransmitNum (6.1.2.25), mediaswitch (6.1.2.18)
// and adjustvideomode (6.1.2.19) over HTTP: documented paths and their misprints, the reply
// shapes of the examples, and only the codes each interface documents. Method: the demo tenant
// (IVR flows 8001 menu and 8002 survey) on a virtual clock.
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

describe('6.1.2.13 seconddialex', () => {
  it('validates the number (000-002), needs a call (100-007) and feeds an IVR the agent called', async () => {
    const agent = await GatewayAgent.signIn(app, 101);
    expect((await agent.call('POST', 'voicecall/{id}/seconddialex?number=12')).body.retcode).toBe('100-007');
    expect((await agent.call('POST', 'voicecall/{id}/seconddialex?number=1a')).body.retcode).toBe('000-002');
    expect((await agent.call('POST', 'voicecall/{id}/seconddialex')).body.retcode).toBe('000-002');
    expect((await agent.call('POST', `voicecall/{id}/seconddialex?number=${'1'.repeat(25)}`)).body.retcode).toBe('000-002');
    const callId = (await agent.call('PUT', 'voicecall/{id}/callout', { called: '8002' })).body.result as string;
    await agent.events();
    await advance(app, 3_000);
    expect((await agent.call('POST', 'voicecall/{id}/seconddialex?number=5')).body).toEqual(success);
    expect(await agent.eventTypes()).toEqual(['AgentEvent_Customer_Release', 'AgentMediaEvent_StopRecordDone', 'AgentEvent_Call_Release', 'AgentOther_PhoneRelease', 'AgentState_Ready']);
    expect(await app.services.repos.ivr.findSatisfactionResult(1, callId, 0, app.clock.now())).toMatchObject({ evaluationValue: '5' });
  });
});

describe('6.1.2.25 thirdPartyConfTransmitNum', () => {
  it('answers 10001 outside a three-party call with an IVR, and relays digits inside one', async () => {
    const agent = await GatewayAgent.signIn(app, 101);
    expect((await agent.call('POST', 'voicecall/{id}/thirdPartyConfTransmitNum')).body).toEqual({ message: expect.any(String), retcode: '10001', result: '' });
    const callId = await dial(app, '4001');
    await agent.events();
    expect((await agent.call('POST', 'voicecall/{id}/transfer', { devicetype: 5, address: '8002', mode: 4, holdflag: false })).body.retcode).toBe('0');
    expect((await agent.events()).at(-1)).toEqual(['AgentEvent_Conference', { callid: callId, partner: '13800000001,8002' }]);
    await advance(app, 3_000);
    expect((await agent.call('POST', 'voicecall/{id}/thirdPartyConfTransmitNum?number=x')).body.retcode).toBe('10001');
    expect((await agent.call('POST', 'voicecall/{id}/thirdPartyConfTransmitNum')).body).toEqual({ message: '', retcode: '0', result: {} });
    await app.request({ method: 'POST', url: `/sim/v1/calls/${callId}/dtmf`, body: { digits: '3' } });
    expect(await app.services.repos.ivr.findSatisfactionResult(1, callId, 0, app.clock.now())).toMatchObject({ evaluationValue: '3' });
    expect(await agent.events()).toEqual([['AgentEvent_Customer_Release', { callid: callId, number: '8002' }]]);
  });
});

describe('6.1.2.18 mediaswitch and 6.1.2.19 adjustvideomode on voice calls', () => {
  it('answer their documented codes only', async () => {
    const agent = await GatewayAgent.signIn(app, 101);
    expect((await agent.call('POST', 'voicercall/{id}/mediaswitch?mediaType=2')).body.retcode).toBe('200-028');
    expect((await agent.call('POST', 'voicercall/{id}/mediaswitch?mediaType=video')).body.retcode).toBe('200-028');
    expect((await agent.call('POST', 'voicercall/{id}/mediaswitch?mediaType=3')).body.retcode).toBe('200-027');
    expect((await agent.call('POST', 'voicerecall/{id}/adjustvideomode', { mode: '0' })).body.retcode).toBe('200-032');
    expect((await agent.call('POST', 'voicerecall/{id}/adjustvideomode', { mode: 9 })).body.retcode).toBe('200-031');
    expect((await agent.call('POST', 'voicerecall/{id}/adjustvideomode', {})).body.retcode).toBe('200-031');
    await dial(app, '4001');
    expect((await agent.call('POST', 'voicercall/{id}/mediaswitch?mediaType=3')).body.retcode).toBe('200-030');
    expect((await agent.call('POST', 'voicercall/{id}/mediaswitch')).body.retcode).toBe('200-030');
    expect((await agent.call('POST', 'voicerecall/{id}/adjustvideomode', { mode: '0' })).body.retcode).toBe('200-033');
    await agent.call('POST', 'voicecall/{id}/hold');
    expect((await agent.call('POST', 'voicerecall/{id}/adjustvideomode', { mode: 1 })).body.retcode).toBe('200-034');
    expect((await agent.call('POST', 'voicercall/{id}/mediaswitch?mediaType=3')).body.retcode).toBe('200-027');
  });
});
