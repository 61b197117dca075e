// Goal: autoanswer (6.1.1.7), autoenteridle (6.1.1.17) and settalkright (6.1.1.22) answer the
// documented envelope and codes and change what the next call does. Method: the demo tenant on a
// virtual clock; calls are dialled through the simulator and the agent polls like a desktop.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { advance, dial, GatewayAgent } from '../../../../test/support/gateway-client.ts';

let app: TestApp;
let agent: GatewayAgent;
beforeEach(async () => {
  app = await createTestApp();
  agent = await GatewayAgent.signIn(app, 101);
  await agent.events();
});
afterEach(async () => {
  await app.close();
});

const callState = async (callId: string) => (await app.request({ method: 'GET', url: `/sim/v1/calls/${callId}` })).body.state;

describe('6.1.1.7 autoanswer/{isautoanswer}', () => {
  it('answers the documented reply; false makes the next call ring until answered', async () => {
    expect((await agent.call('POST', 'onlineagent/{id}/autoanswer/false')).body).toEqual({ message: 'success', retcode: '0', result: {} });
    const callId = await dial(app, '4001');
    expect(await agent.eventTypes()).toEqual(['AgentEvent_Ringing', 'AgentOther_PhoneAlerting']);
    await advance(app, 5_000);
    expect(await callState(callId)).toBe('alerting');
    expect((await agent.call('PUT', `voicecall/{id}/answer?callid=${callId}`)).body.retcode).toBe('0');
    expect(await callState(callId)).toBe('talking');
  });

  it('true (any case) answers automatically; any other short value answers manually', async () => {
    await agent.call('POST', 'onlineagent/{id}/autoanswer/no');
    await dial(app, '4001');
    expect((await agent.eventTypes())[0]).toBe('AgentEvent_Ringing');
    await agent.call('DELETE', 'onlineagent/{id}/forcelogout');
    const again = await GatewayAgent.signIn(app, 101, { autoanswer: false });
    await again.events();
    expect((await again.call('POST', 'onlineagent/{id}/autoanswer/TRUE')).body.retcode).toBe('0');
    await dial(app, '4001');
    expect((await again.eventTypes())[0]).toBe('AgentEvent_Auto_Answer');
  });

  it('refuses a value longer than five characters (000-002), an unknown session (100-006) and a wrong GUID (000-003)', async () => {
    expect((await agent.call('POST', 'onlineagent/{id}/autoanswer/falsey')).body).toMatchObject({ retcode: '000-002', result: '' });
    expect((await new GatewayAgent(app, 102).call('POST', 'onlineagent/{id}/autoanswer/true')).body.retcode).toBe('100-006');
    const stranger = new GatewayAgent(app, 101);
    stranger.guid = 'not-the-guid';
    expect((await stranger.call('POST', 'onlineagent/{id}/autoanswer/true')).body.retcode).toBe('000-003');
  });
});

describe('6.1.1.17 autoenteridle/{flag}', () => {
  it('false sends the agent to wrap-up after its next call; true back to idle', async () => {
    expect((await agent.call('POST', 'onlineagent/{id}/autoenteridle/false')).body).toEqual({ message: 'success', retcode: '0', result: {} });
    const first = await dial(app, '4001');
    await agent.events();
    await app.request({ method: 'POST', url: `/sim/v1/calls/${first}/hangup` });
    expect((await agent.eventTypes()).at(-1)).toBe('AgentState_Work');
    expect((await agent.call('GET', 'onlineagent/{id}/agentstatus')).body.result.agentState).toBe(5);
    await agent.call('POST', 'onlineagent/{id}/cancelwork');
    expect((await agent.call('POST', 'onlineagent/{id}/autoenteridle/true')).body.retcode).toBe('0');
    const second = await dial(app, '4001');
    await agent.events();
    await app.request({ method: 'POST', url: `/sim/v1/calls/${second}/hangup` });
    expect((await agent.eventTypes()).at(-1)).toBe('AgentState_Ready');
  });

  it('refuses a flag longer than five characters (000-002)', async () => {
    expect((await agent.call('POST', 'onlineagent/{id}/autoenteridle/123456')).body.retcode).toBe('000-002');
  });
});

describe('6.1.1.22 settalkright?flag=', () => {
  it('0 keeps inbound calls away (the call waits); 1 gives the waiting call to the agent at once', async () => {
    expect((await agent.call('POST', 'onlineagent/{id}/settalkright?flag=0')).body).toEqual({ message: 'success', retcode: '0', result: {} });
    const callId = await dial(app, '4001');
    await advance(app, 5_000);
    expect(await callState(callId)).toBe('queued');
    expect(await agent.events()).toEqual([]);
    expect((await agent.call('POST', 'onlineagent/{id}/settalkright?flag=1')).body.retcode).toBe('0');
    expect((await agent.eventTypes()).slice(0, 4)).toEqual(['AgentEvent_Auto_Answer', 'AgentOther_PhoneAlerting', 'AgentOther_PhoneOffhook', 'AgentEvent_Talking']);
    expect(await callState(callId)).toBe('talking');
  });

  it('leaves the agent idle without the right, and routes to another agent', async () => {
    const other = await GatewayAgent.signIn(app, 102);
    await other.events();
    await agent.call('POST', 'onlineagent/{id}/settalkright?flag=0');
    await dial(app, '4001');
    expect(await agent.events()).toEqual([]);
    expect((await other.eventTypes())[0]).toBe('AgentEvent_Auto_Answer');
    expect((await agent.call('GET', 'onlineagent/{id}/agentstatus')).body.result.agentState).toBe(4);
  });

  it('refuses a flag other than 1 or 0, or none (000-002)', async () => {
    for (const query of ['?flag=2', '?flag=yes', '?flag=', '']) expect((await agent.call('POST', `onlineagent/{id}/settalkright${query}`)).body.retcode, query).toBe('000-002');
  });
});
