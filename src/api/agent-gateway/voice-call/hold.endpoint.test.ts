// Goal: hold, gethold, connecthold, beginmute/endmute, dropcall, disconnect and confjoin over
// HTTP: documented paths (and their misprints), reply shapes and every documented error code.
// Method: the demo tenant on a virtual clock, an inbound call to 4001 answered automatically.
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

async function talking(): Promise<{ agent: GatewayAgent; callId: string }> {
  const agent = await GatewayAgent.signIn(app, 101);
  const callId = await dial(app, '4001');
  await agent.events();
  return { agent, callId };
}

describe('6.1.2.8 hold / 6.1.2.10 gethold', () => {
  it('answers 200-013 without a call and 200-015 with nothing held', async () => {
    const agent = await GatewayAgent.signIn(app, 101);
    expect((await agent.call('POST', 'voicecall/{id}/hold')).body).toMatchObject({ retcode: '200-013' });
    expect((await agent.call('POST', 'voicecall/{id}/gethold')).body).toMatchObject({ retcode: '200-015' });
  });

  it('holds and retrieves, refusing a second hold (200-014) and another call id (200-015)', async () => {
    const { agent, callId } = await talking();
    expect((await agent.call('POST', 'voicecall/{id}/hold')).body).toEqual(success);
    expect(await agent.events()).toEqual([['AgentEvent_Hold', callId]]);
    expect((await agent.call('POST', 'voicecall/{id}/hold')).body.retcode).toBe('200-014');
    expect((await agent.call('POST', 'voicecall/{id}/gethold?callid=1-1')).body.retcode).toBe('200-015');
    expect((await agent.call('POST', 'voicecall/{id}/gethold')).body).toEqual(success);
    expect(await agent.eventTypes()).toEqual(['AgentEvent_Talking']);
  });

  it('refuses gethold while another call is in conversation (200-016)', async () => {
    const { agent } = await talking();
    await agent.call('POST', 'voicecall/{id}/hold');
    await agent.call('PUT', 'voicecall/{id}/callout', { called: '13900001234' });
    await advance(app, 2_000);
    expect((await agent.call('POST', 'voicecall/{id}/gethold')).body.retcode).toBe('200-016');
  });
});

describe('6.1.2.9 connecthold', () => {
  it('bridges a held customer with an outbound call and releases the agent', async () => {
    const { agent, callId } = await talking();
    expect((await agent.call('POST', 'voicecall/{id}/connecthold/1-1')).body.retcode).toBe('200-013');
    // The call named is not on hold: a state error.
    expect((await agent.call('POST', `voicecall/{id}/connecthold/${callId}`)).body.retcode).toBe('200-014');
    await agent.call('POST', 'voicecall/{id}/hold');
    expect((await agent.call('POST', `voicecall/{id}/connecthold/${callId}`)).body.retcode).toBe('200-014');
    const out = (await agent.call('PUT', 'voicecall/{id}/callout', { called: '13900001234' })).body.result as string;
    await advance(app, 2_000);
    await agent.events();
    expect((await agent.call('POST', `voicecall/{id}/connecthold/${callId}`)).body).toEqual(success);
    expect(await agent.eventTypes()).toEqual([
      'AgentEvent_Call_Release', 'AgentEvent_Customer_Release', 'AgentMediaEvent_StopRecordDone',
      'AgentEvent_Call_Release', 'AgentEvent_Customer_Release', 'AgentMediaEvent_StopRecordDone',
      'AgentOther_PhoneRelease', 'AgentState_Ready',
    ]);
    const live = await app.request({ method: 'GET', url: `/sim/v1/calls/${callId}` });
    expect(live.body).toMatchObject({ state: 'connected', agents: [] });
    expect((await app.services.repos.ctiRecords.cdrsOfCall(1, out)).map((r) => [r.deviceNo, r.leaveReason, r.callIdNum])).toEqual([[101, 7, -1]]);
  });
});

describe('6.1.2.6 beginmute / 6.1.2.7 endmute', () => {
  it('mutes and unmutes with the documented codes', async () => {
    const agent = await GatewayAgent.signIn(app, 101);
    expect((await agent.call('POST', 'voicecall/{id}/beginmute')).body.retcode).toBe('200-003');
    expect((await agent.call('POST', 'voicecall/{id}/endmute')).body.retcode).toBe('200-007');
    await dial(app, '4001');
    expect((await agent.call('POST', 'voicecall/{id}/endmute')).body.retcode).toBe('200-008');
    expect((await agent.call('POST', 'voicecall/{id}/beginmute')).body).toEqual(success);
    expect((await agent.call('POST', 'voicecall/{id}/beginmute')).body.retcode).toBe('200-004');
    expect((await agent.call('POST', 'voicecall/{id}/endmute')).body).toEqual(success);
  });
});

describe('6.1.2.15 dropcall / 6.1.2.17 disconnect', () => {
  it('drops the call named, through the documented voicerecall path', async () => {
    const { agent, callId } = await talking();
    expect((await agent.call('POST', 'voicerecall/{id}/dropcall/1-1')).body.retcode).toBe('200-025');
    expect((await agent.call('POST', `voicerecall/{id}/dropcall/${callId}`)).body).toEqual(success);
    expect(await agent.eventTypes()).toEqual(['AgentEvent_Call_Release', 'AgentEvent_Customer_Release', 'AgentMediaEvent_StopRecordDone', 'AgentOther_PhoneRelease', 'AgentState_Ready']);
  });

  it('releases a party by number: 200-023 for a stranger, 000-002 for a malformed number', async () => {
    const { agent, callId } = await talking();
    expect((await agent.call('POST', 'voicerecall/{id}/disconnect/555')).body.retcode).toBe('200-023');
    expect((await agent.call('POST', 'voicerecall/{id}/disconnect/12ab')).body.retcode).toBe('000-002');
    expect((await agent.call('POST', 'voicerecall/{id}/disconnect/13800000001')).body).toEqual(success);
    expect(await agent.events()).toEqual([
      ['AgentEvent_Customer_Release', { callid: callId, number: '13800000001' }],
      ['AgentMediaEvent_StopRecordDone', expect.anything()],
      ['AgentEvent_Call_Release', callId],
      ['AgentOther_PhoneRelease', { phoneState: 3 }],
      ['AgentState_Ready', null],
    ]);
  });
});

describe('6.1.2.14 confjoin', () => {
  it('answers 200-010 without the calls, 200-011 for a call not on hold, 000-002 without callid', async () => {
    const { agent, callId } = await talking();
    expect((await agent.call('POST', 'voicecall/{id}/confjoin', {})).body.retcode).toBe('000-002');
    expect((await agent.call('POST', 'voicecall/{id}/confjoin', { callid: '1-1', callappdata: '' })).body.retcode).toBe('200-010');
    expect((await agent.call('POST', 'voicecall/{id}/confjoin', { callid: callId })).body.retcode).toBe('200-011');
    await agent.call('POST', 'voicecall/{id}/hold');
    expect((await agent.call('POST', 'voicecall/{id}/confjoin', { callid: callId })).body.retcode).toBe('200-010');
  });

  it('makes a three-party call of a held customer and an outbound call', async () => {
    const { agent, callId } = await talking();
    await agent.call('POST', 'voicecall/{id}/hold');
    await agent.call('PUT', 'voicecall/{id}/callout', { called: '13900001234' });
    await advance(app, 2_000);
    await agent.events();
    expect((await agent.call('POST', 'voicecall/{id}/confjoin', { callid: callId, callappdata: 'three' })).body).toEqual(success);
    expect((await agent.events()).at(-1)).toEqual(['AgentEvent_Conference', { callid: callId, partner: '13800000001,13900001234' }]);
  });
});
