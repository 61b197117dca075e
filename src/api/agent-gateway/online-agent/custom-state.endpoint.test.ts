// Goal: setcustomstate, querycustomstate and cancelsetcustomstate (6.1.1.27–29) keep a business
// status beside the work state, with the documented replies and codes. Method: the demo tenant,
// through the gateway.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { GatewayAgent } from '../../../../test/support/gateway-client.ts';

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

const query = async () => (await agent.call('GET', 'onlineagent/{id}/querycustomstate')).body;

describe('6.1.1.27–29 custom status', () => {
  it('answers "65535" before any status is set, as the example does', async () => {
    expect(await query()).toEqual({ result: { agentcustomstate: '65535' }, message: 'success', retcode: '0' });
  });

  it('sets, replaces, queries and cancels a status without touching the work state or events', async () => {
    expect((await agent.call('POST', 'onlineagent/{id}/setcustomstate?customstate=12')).body).toEqual({ message: 'success', retcode: '0', result: {} });
    expect((await query()).result.agentcustomstate).toBe('12');
    expect((await agent.call('POST', 'onlineagent/{id}/setcustomstate?customstate=0')).body.retcode).toBe('0');
    expect((await query()).result.agentcustomstate).toBe('0');
    expect((await agent.call('POST', 'onlineagent/{id}/setcustomstate?customstate=65534')).body.retcode).toBe('0');
    expect((await agent.call('GET', 'onlineagent/{id}/agentstatus')).body.result.agentState).toBe(4);
    expect(await agent.events()).toEqual([]);
    expect((await agent.call('POST', 'onlineagent/{id}/cancelsetcustomstate')).body).toEqual({ message: 'success', retcode: '0', result: {} });
    expect((await query()).result.agentcustomstate).toBe('65535');
  });

  it('refuses a status outside 0–65534 or none (000-002), and a cancel with nothing set (100-009)', async () => {
    for (const q of ['?customstate=65535', '?customstate=-1', '?customstate=abc', '?customstate=1.5', '?customstate=', '']) {
      expect((await agent.call('POST', `onlineagent/{id}/setcustomstate${q}`)).body.retcode, q).toBe('000-002');
    }
    expect((await agent.call('POST', 'onlineagent/{id}/cancelsetcustomstate')).body.retcode).toBe('100-009');
  });

  it('answers 100-006 without a session and 000-003 with a wrong GUID', async () => {
    const absent = new GatewayAgent(app, 102);
    expect((await absent.call('GET', 'onlineagent/{id}/querycustomstate')).body.retcode).toBe('100-006');
    const stranger = new GatewayAgent(app, 101);
    stranger.guid = 'wrong';
    for (const [method, path] of [['POST', 'setcustomstate?customstate=1'], ['GET', 'querycustomstate'], ['POST', 'cancelsetcustomstate']] as const) {
      expect((await stranger.call(method, `onlineagent/{id}/${path}`)).body.retcode, path).toBe('000-003');
    }
  });

  it('forgets the status when the session ends', async () => {
    await agent.call('POST', 'onlineagent/{id}/setcustomstate?customstate=7');
    await agent.call('DELETE', 'onlineagent/{id}/logout');
    agent = await GatewayAgent.signIn(app, 101);
    expect((await query()).result.agentcustomstate).toBe('65535');
  });
});
