// Goal: modifyaccountpwdex (6.1.1.16) changes the CTI password under the rules of ref L8192–8196,
// keeps it and its history in the store, and clears isForceChange: the next sign-in needs the new
// password, and an agent that had to change it receives calls again. Method: the demo tenant
// (CTI password Demo@123) on a virtual clock, through the gateway.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { dial, GatewayAgent } from '../../../../test/support/gateway-client.ts';

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

const change = (oldPassword: string, newPassword: string) => agent.call('POST', 'onlineagent/{id}/modifyaccountpwdex', { oldPassword, newPassword });

describe('6.1.1.16 modifyaccountpwdex', () => {
  it('answers the documented reply; then the new password signs in and the old one does not', async () => {
    expect((await change('Demo@123', 'Kq7#mZ2!xR')).body).toEqual({ result: {}, message: 'success', retcode: '0' });
    const row = await app.services.repos.agents.find(1, 101);
    expect(row).toMatchObject({ ctiPassword: 'Kq7#mZ2!xR', isForceChange: 0, ctiPwdChangedAtMs: app.clock.now() });
    expect(JSON.parse(row!.ctiPasswordHistory)).toHaveLength(1);
    // The session goes on with the same GUID.
    expect((await agent.call('GET', 'onlineagent/{id}/agentstatus')).body.retcode).toBe('0');
    await agent.call('DELETE', 'onlineagent/{id}/logout');
    const next = new GatewayAgent(app, 101);
    expect((await next.signIn({ password: 'Demo@123' })).body.retcode).toBe('100-004');
    expect((await next.signIn({ password: 'Kq7#mZ2!xR' })).body.retcode).toBe('0');
  });

  it('refuses new passwords that break the rules, and a wrong old password, with 000-002', async () => {
    const cases: Array<[string, string]> = [
      ['Demo@123', 'Ab1!xyz'], // 7 characters
      ['Demo@123', `Ab1!${'xyzw'.repeat(8)}`], // 36 characters
      ['Demo@123', 'Abb1!xyzQ'], // two identical characters in a row
      ['Demo@123', 'Xy101!abQ'], // three consecutive characters of work number 101
      ['Demo@123', 'abcdefgH'], // two character types
      ['Demo@123', 'Demo@123'], // the current password
      ['Wrong@123', 'Kq7#mZ2!xR'], // wrong old password
    ];
    for (const [oldPassword, newPassword] of cases) {
      expect((await change(oldPassword, newPassword)).body, newPassword).toMatchObject({ retcode: '000-002', result: '' });
    }
    expect((await agent.call('POST', 'onlineagent/{id}/modifyaccountpwdex', { oldPassword: 'Demo@123' })).body.retcode).toBe('000-002');
    expect((await app.services.repos.agents.find(1, 101))?.ctiPassword).toBe('Demo@123');
  });

  it('refuses any of the last five passwords and accepts the sixth-oldest again', async () => {
    const passwords = ['Demo@123', 'Pw1#abcD', 'Pw2#abcD', 'Pw3#abcD', 'Pw4#abcD'];
    for (let i = 1; i < passwords.length; i++) expect((await change(passwords[i - 1]!, passwords[i]!)).body.retcode).toBe('0');
    expect((await change('Pw4#abcD', 'Demo@123')).body.retcode).toBe('000-002');
    expect((await change('Pw4#abcD', 'Pw2#abcD')).body.retcode).toBe('000-002');
    expect((await change('Pw4#abcD', 'Pw5#abcD')).body.retcode).toBe('0');
    expect((await change('Pw5#abcD', 'Demo@123')).body.retcode).toBe('0');
    expect(JSON.parse((await app.services.repos.agents.find(1, 101))!.ctiPasswordHistory)).toHaveLength(4);
  });

  it('clears isForceChange: the agent that got no calls is offered the waiting one', async () => {
    await app.services.repos.agents.update(1, 101, { isForceChange: 1 });
    app.services.configChanges.publish({ vdnId: 1, what: 'agents' });
    await app.services.cti.registry.get(1);
    const callId = await dial(app, '4001');
    expect((await app.request({ method: 'GET', url: `/sim/v1/calls/${callId}` })).body.state).toBe('queued');
    expect((await change('Demo@123', 'Kq7#mZ2!xR')).body.retcode).toBe('0');
    expect((await agent.eventTypes())[0]).toBe('AgentEvent_Auto_Answer');
    expect((await app.services.repos.agents.find(1, 101))?.isForceChange).toBe(0);
  });

  it('answers 100-006 for an agent that is not signed in', async () => {
    expect((await new GatewayAgent(app, 102).call('POST', 'onlineagent/{id}/modifyaccountpwdex', { oldPassword: 'Demo@123', newPassword: 'Kq7#mZ2!xR' })).body.retcode).toBe('100-006');
  });
});
