// Goal: logininfo (6.1.1.26) issues a fresh temporary softphone token for the session's softphone
// number, which lives five minutes and is replaced by the next one. Method: the demo tenant on a
// virtual clock; the token is checked the way a SIP registrar would, through the engine.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { tokenHash } from '../../../auth/index.ts';
import { phoneTokenValid } from '../../../engine/index.ts';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { advance, GatewayAgent } from '../../../../test/support/gateway-client.ts';

let app: TestApp;
beforeEach(async () => {
  app = await createTestApp();
});
afterEach(async () => {
  await app.close();
});

const valid = async (workNo: number, token: string) => phoneTokenValid(await app.services.cti.registry.get(1), workNo, tokenHash(token));

describe('6.1.1.26 logininfo', () => {
  it('answers {phonenum, phonetoken}; the token lives five minutes', async () => {
    const agent = await GatewayAgent.signIn(app, 101);
    const res = await agent.call('POST', 'onlineagent/{id}/logininfo');
    expect(res.body).toEqual({ result: { phonenum: '70101', phonetoken: expect.stringMatching(/^[0-9a-f]{48}$/) }, message: 'success', retcode: '0' });
    const token = res.body.result.phonetoken as string;
    expect(await valid(101, token)).toBe(true);
    expect(await valid(102, token)).toBe(false);
    // A heartbeat every minute keeps the session alive (two minutes without one end it).
    for (let minute = 0; minute < 4; minute++) {
      await advance(app, 60_000);
      expect((await agent.call('POST', 'onlineagent/{id}/handshake')).body.retcode).toBe('0');
    }
    await advance(app, 60_000 - 1);
    expect(await valid(101, token)).toBe(true);
    await advance(app, 1);
    expect(await valid(101, token)).toBe(false);
  });

  it('replaces the previous token, and the session end takes it away', async () => {
    const agent = await GatewayAgent.signIn(app, 101);
    const first = (await agent.call('POST', 'onlineagent/{id}/logininfo')).body.result.phonetoken as string;
    const second = (await agent.call('POST', 'onlineagent/{id}/logininfo')).body.result.phonetoken as string;
    expect(second).not.toBe(first);
    expect(await valid(101, first)).toBe(false);
    expect(await valid(101, second)).toBe(true);
    await agent.call('DELETE', 'onlineagent/{id}/logout');
    expect(await valid(101, second)).toBe(false);
  });

  it("names the agent's configured SIP number for a session signed in without one (loginex)", async () => {
    const res = await app.request({ method: 'PUT', url: '/agentgateway/resource/onlineagent/102/loginex', body: { password: 'Demo@123' } });
    const agent = new GatewayAgent(app, 102);
    agent.guid = String(res.headers.guid);
    expect((await agent.call('POST', 'onlineagent/{id}/logininfo')).body.result.phonenum).toBe('70102');
  });

  it('answers 100-006 when the agent is not signed in', async () => {
    expect((await new GatewayAgent(app, 103).call('POST', 'onlineagent/{id}/logininfo')).body.retcode).toBe('100-006');
  });
});
