// Goal: sendnoteletex (6.1.1.4) delivers AgentOther_Note only to signed-in recipients of the
// sender's VDN, and checks Table 6-18. Method: the demo tenant plus a second tenant on one server,
// agents signed in through the gateway and polling their events.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { GatewayAgent } from '../../../../test/support/gateway-client.ts';
import { addTenant } from '../../config-skills/tenant-fixture.test-support.ts';

let app: TestApp;
let sender: GatewayAgent;
beforeEach(async () => {
  app = await createTestApp();
  sender = await GatewayAgent.signIn(app, 101);
  await sender.events();
});
afterEach(async () => {
  await app.close();
});

const send = (body: unknown) => sender.call('POST', 'onlineagent/{id}/sendnoteletex', body);

describe('6.1.1.4 sendnoteletex', () => {
  it('answers the documented reply and notes the signed-in recipients of the same VDN only', async () => {
    const recipient = await GatewayAgent.signIn(app, 102);
    await recipient.events();
    await addTenant(app);
    const foreign = await GatewayAgent.signIn(app, 20001, { password: 'Video@123', phonenum: '8820001' });
    await foreign.events();
    // 103 is not signed in; 20001 is signed in but belongs to another VDN.
    const res = await send({ agentIds: [102, 103, 20001], content: 'hello' });
    expect(res.body).toEqual({ result: null, message: 'success', retcode: '0' });
    expect(await recipient.events()).toEqual([['AgentOther_Note', { sender: '101', content: 'hello' }]]);
    expect(await foreign.events()).toEqual([]);
    expect(await sender.events()).toEqual([]);
    // 103 signs in later: the note is not waiting for it.
    const late = await GatewayAgent.signIn(app, 103);
    expect(await late.eventTypes()).toEqual(['AgentOther_InService', 'AgentState_Ready']);
  });

  it('delivers once per recipient, accepts IDs as strings or alone, and Chinese text up to 1023 bytes', async () => {
    const recipient = await GatewayAgent.signIn(app, 102);
    await recipient.events();
    const text = '便'.repeat(341);
    expect((await send({ agentIds: ['102', 102], content: text })).body.retcode).toBe('0');
    expect(await recipient.events()).toEqual([['AgentOther_Note', { sender: '101', content: text }]]);
    expect((await send({ agentids: 102, content: '' })).body.retcode).toBe('0');
    expect(await recipient.events()).toEqual([['AgentOther_Note', { sender: '101', content: '' }]]);
  });

  it('refuses parameters that break Table 6-18 with 100-001', async () => {
    const tooMany = Array.from({ length: 101 }, (_, i) => 101 + i);
    for (const body of [
      { agentIds: [102], content: '便'.repeat(342) },
      { agentIds: tooMany, content: 'x' },
      { agentIds: [], content: 'x' },
      { agentIds: [102] },
      { content: 'x' },
      { agentIds: [12], content: 'x' },
      { agentIds: ['abc'], content: 'x' },
    ]) {
      expect((await send(body)).body, JSON.stringify(body).slice(0, 60)).toMatchObject({ retcode: '100-001', result: '' });
    }
  });

  it('answers 100-006 for a sender that is not signed in', async () => {
    expect((await new GatewayAgent(app, 104).call('POST', 'onlineagent/{id}/sendnoteletex', { agentIds: [101], content: 'x' })).body.retcode).toBe('100-006');
  });
});
