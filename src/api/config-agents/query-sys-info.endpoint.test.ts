// Goal: 5.1.9 querySysInfo and 5.1.10 queryAgentInfo answer bare objects with the configured
// sign-in and SIP addresses (ports as numbers, as the examples show) and every agent of the
// caller's tenant with its softphone credentials. Method: whole servers on a virtual clock.
import { afterEach, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../test/support/test-app.ts';
import { addSecondTenant, demoApp, type Call } from './agent-accounts.test-support.ts';

let app: TestApp;
let call: Call;
afterEach(async () => {
  await app.close();
});

const sysInfo = (caller: Call) => caller('/apiaccess/CC-Management/v1/querySysInfo', undefined, 'GET');
const agentInfo = (caller: Call) => caller('/apiaccess/CC-Management/v1/queryAgentInfo', undefined, 'GET');

describe('5.1.9 querySysInfo', () => {
  it('answers the documented shape (ref L3611–3627) with the server settings and every agent', async () => {
    ({ app, call } = await demoApp());
    const res = await sysInfo(call);
    expect(res.status).toBe(200);
    const { settings } = app.services;
    expect(res.body).toEqual({
      servicePort: settings.servicePort,
      serviceIp: settings.serviceHost,
      sipServiceIp: settings.sipHost,
      sipServicePort: settings.sipPort,
      agents: expect.any(Array),
    });
    expect(typeof res.body.servicePort).toBe('number');
    expect(typeof res.body.sipServicePort).toBe('number');
    expect(res.body.agents).toHaveLength(11);
    expect(res.body.agents[0]).toEqual({ workNo: 101, password: 'Demo@123', sipAccount: '70101', sipPwd: 'Demo@123' });
  });

  it('lists a created agent with its generated credentials, and forgets a deleted one', async () => {
    ({ app, call } = await demoApp());
    await call('/apiaccess/rest/cc-management/v1/agentAccount/create', { userAccount: 'newagent01', userName: 'N', password: 'Start@2026', email: 'n@example.com', agentType: 4, ccRoleId: 2 });
    const stored = (await app.services.repos.agents.findByUserAccount(1, 'newagent01'))!;
    expect((await sysInfo(call)).body.agents.find((a: { workNo: number }) => a.workNo === 111)).toEqual({ workNo: 111, password: stored.ctiPassword, sipAccount: '70111', sipPwd: stored.sipPwd });
    await call('/apiaccess/rest/cc-management/v1/agentAccount/delete', { userAccount: 'agent101' });
    expect((await sysInfo(call)).body.agents.map((a: { workNo: number }) => a.workNo)).not.toContain(101);
  });

  it("lists only the caller's agents, and answers 401 without a token", async () => {
    ({ app, call } = await demoApp());
    const other = await addSecondTenant(app);
    expect((await sysInfo(other)).body.agents).toEqual([{ workNo: 20001, password: 'Other@123', sipAccount: '7020001', sipPwd: 'Other@123' }]);
    const anonymous = await app.request({ method: 'GET', url: '/apiaccess/CC-Management/v1/querySysInfo' });
    expect(anonymous.status).toBe(401);
  });

  it('is reachable under the documented path variants', async () => {
    ({ app, call } = await demoApp());
    expect((await call('/apiaccess/rest/cc-management/v1/querySysInfo', undefined, 'GET')).status).toBe(200);
  });
});

describe('5.1.10 queryAgentInfo', () => {
  it('answers the documented shape (ref L3706–3722): accountCode only for agents bound to a business account', async () => {
    ({ app, call } = await demoApp());
    await app.services.repos.agents.update(1, 101, { accountCode: 'aaaa' });
    const res = await agentInfo(call);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ sipServiceIp: app.services.settings.sipHost, sipServicePort: app.services.settings.sipPort, agents: expect.any(Array) });
    expect(typeof res.body.sipServicePort).toBe('number');
    expect(res.body.agents.slice(0, 2)).toEqual([
      { workNo: 101, accountCode: 'aaaa', sipAccount: '70101', sipPwd: 'Demo@123' },
      { workNo: 102, sipAccount: '70102', sipPwd: 'Demo@123' },
    ]);
  });

  it("lists only the caller's agents", async () => {
    ({ app, call } = await demoApp());
    const other = await addSecondTenant(app);
    expect((await agentInfo(other)).body.agents).toEqual([{ workNo: 20001, sipAccount: '7020001', sipPwd: 'Other@123' }]);
    expect((await agentInfo(call)).body.agents).toHaveLength(11);
  });
});
