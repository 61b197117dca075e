// Goal: 5.1.11 queryAgentLoginParams verifies an agent's sign-in account and password and answers
// what its client needs to sign in and register the softphone, all as strings; failures count
// toward the account lock. Method: whole servers on a virtual clock, driven through HTTP.
import { afterEach, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../test/support/test-app.ts';
import { addSecondTenant, demoApp, later, type Call } from './agent-accounts.test-support.ts';

let app: TestApp;
let call: Call;
afterEach(async () => {
  await app.close();
});

const url = '/apiaccess/CC-Management/v1/queryAgentLoginParams';
const login = (body: unknown, caller: Call = call) => caller(url, body);

describe('5.1.11 queryAgentLoginParams', () => {
  it('answers the documented shape (ref L3828–3842) for an agent account and password', async () => {
    ({ app, call } = await demoApp());
    const res = await login({ account: 'agent101', password: 'Demo@123' });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      returnCode: '0',
      results: {
        sipServerInfo: [{ sipServiceIp: app.services.settings.sipHost, sipServicePort: String(app.services.settings.sipPort), type: '0' }],
        password: 'Demo@123',
        sipAccount: '70101',
        sipPwd: 'Demo@123',
        workNo: '101',
      },
      message: 'verify Account or password success.',
    });
  });

  it('accepts the bound business account as the sign-in account', async () => {
    ({ app, call } = await demoApp());
    await app.services.repos.agents.update(1, 105, { accountCode: '1s120201' });
    expect((await login({ account: '1s120201', password: 'Demo@123' })).body.results.workNo).toBe('105');
  });

  it('refuses an unknown account, a wrong password, and locks after three wrong passwords', async () => {
    ({ app, call } = await demoApp());
    expect((await login({ account: 'nobody', password: 'Demo@123' })).body).toEqual({
      returnCode: '1',
      message: 'verify Account or password failed. No agent has the sign-in account nobody.',
    });
    expect((await login({ account: 'agent102', password: 'bad' })).body.message).toBe(
      'verify Account or password failed. password is incorrect. 2 more incorrect attempt(s) will lock the account for 30 minutes.',
    );
    await login({ account: 'agent102', password: 'bad' });
    await login({ account: 'agent102', password: 'bad' });
    expect((await login({ account: 'agent102', password: 'Demo@123' })).body.message).toMatch(/locked after three consecutive incorrect passwords/);
    call = await later(app, 30 * 60_000);
    expect((await login({ account: 'agent102', password: 'Demo@123' })).body.returnCode).toBe('0');
  });

  it('refuses a password past its 90-day validity until it is changed', async () => {
    ({ app, call } = await demoApp());
    call = await later(app, 90 * 24 * 3_600_000);
    expect((await login({ account: 'agent103', password: 'Demo@123' })).body.message).toBe(
      'verify Account or password failed. The password expired at 2026-04-05T08:00:00.000Z (validity 90 days); change it with agentAccount/update.',
    );
    await call('/apiaccess/rest/cc-management/v1/agentAccount/update', { userAccount: 'agent103', oldPassWord: 'Demo@123', newPassWord: 'Fresh@2026' });
    expect((await login({ account: 'agent103', password: 'Fresh@2026' })).body.returnCode).toBe('0');
  });

  it('refuses missing and overlong fields', async () => {
    ({ app, call } = await demoApp());
    expect((await login({ account: 'agent101' })).body).toEqual({ returnCode: '1', message: expect.stringMatching(/password is mandatory$/) });
    expect((await login({ account: 'a'.repeat(101), password: 'x' })).body).toEqual({ returnCode: '1', message: 'account must NOT have more than 100 characters' });
  });

  it("verifies only the caller's agents", async () => {
    ({ app, call } = await demoApp());
    const other = await addSecondTenant(app);
    expect((await login({ account: 'agent101', password: 'Demo@123' }, other)).body.returnCode).toBe('1');
    expect((await login({ account: 'other20001', password: 'Other@123' }, other)).body.results.workNo).toBe('20001');
    expect((await login({ account: 'other20001', password: 'Other@123' })).body.returnCode).toBe('1');
  });
});
