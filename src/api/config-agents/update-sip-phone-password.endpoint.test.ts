// Goal: 5.1.8 updateSipPhonePassword checks the agent's account password (with the 30-minute lock)
// and the SIP password rule, stores the new SIP password, and stays inside the caller's tenant.
// Method: whole servers on a virtual clock, driven through HTTP.
import { afterEach, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../test/support/test-app.ts';
import { addSecondTenant, configBase, demoApp, type Call } from './agent-accounts.test-support.ts';

let app: TestApp;
let call: Call;
afterEach(async () => {
  await app.close();
});

const url = `${configBase}/sipPhone/updateSipPhonePassword`;
const change = (body: unknown) => call(url, body);
const sipPwdOf = async (vdnId: number, account: string) => (await app.services.repos.agents.findByUserAccount(vdnId, account))!.sipPwd;

describe('5.1.8 sipPhone/updateSipPhonePassword', () => {
  it('answers the reference example (ref L3505–3521) and stores the new SIP password', async () => {
    ({ app, call } = await demoApp());
    // The example's masked values made real.
    const res = await change({ userAccount: 'agent101', accountPwd: 'Demo@123', newPhonePwd: 'Sip~pass2026' });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ resultCode: '0', resultMessage: 'success' });
    expect(await sipPwdOf(1, 'agent101')).toBe('Sip~pass2026');
    const sysInfo = await call('/apiaccess/CC-Management/v1/querySysInfo', undefined, 'GET');
    expect(sysInfo.body.agents.find((a: { workNo: number }) => a.workNo === 101).sipPwd).toBe('Sip~pass2026');
  });

  it.each([
    ['three types without specials', 'Abcdefg12'],
    ['three types without upper case', 'abc@12345'],
    ['four types at 16 characters', 'Aa1~Aa1~Aa1~Aa1~'.slice(0, 16)],
    ['eight characters', 'Ab1{Ab1}'],
  ])('accepts %s', async (_name, newPhonePwd) => {
    ({ app, call } = await demoApp());
    expect((await change({ userAccount: 'agent102', accountPwd: 'Demo@123', newPhonePwd })).body.resultCode).toBe('0');
  });

  it.each([
    ['seven characters', 'Abc@123', 'newPhonePwd must contain 8 to 16 characters'],
    ['seventeen characters', 'Abcdefgh@1234567x', /newPhonePwd must NOT have more than 16 characters/],
    ['two types only', 'abcdefgh1', 'newPhonePwd must combine at least three of: upper-case letters, lower-case letters, digits, special characters ~@^*_{+}?'],
    ['a special character outside ~@^*_{+}?', 'Abcdef1#', 'newPhonePwd may contain only letters, digits and the special characters ~@^*_{+}?'],
  ])('refuses %s', async (_name, newPhonePwd, message) => {
    ({ app, call } = await demoApp());
    const res = await change({ userAccount: 'agent102', accountPwd: 'Demo@123', newPhonePwd });
    expect(res.body).toEqual({ resultCode: '1', resultMessage: typeof message === 'string' ? message : expect.stringMatching(message) });
    expect(await sipPwdOf(1, 'agent102')).toBe('Demo@123');
  });

  it('locks the account for 30 minutes after three wrong account passwords, shared with 5.1.3', async () => {
    ({ app, call } = await demoApp());
    const attempt = (accountPwd: string) => change({ userAccount: 'agent103', accountPwd, newPhonePwd: 'Sip~pass2026' });
    expect((await attempt('Wrong@1')).body.resultMessage).toBe('accountPwd is incorrect. 2 more incorrect attempt(s) will lock the account for 30 minutes.');
    // A wrong current password on 5.1.3 counts toward the same lock.
    await call('/apiaccess/rest/cc-management/v1/agentAccount/update', { userAccount: 'agent103', oldPassWord: 'Wrong@1', newPassWord: 'New@pass2026' });
    expect((await attempt('Wrong@1')).body.resultMessage).toBe('accountPwd is incorrect. The account is locked until 2026-01-05T08:30:00.000Z.');
    expect((await attempt('Demo@123')).body.resultCode).toBe('1');
    app.clock.advance(30 * 60_000);
    expect((await attempt('Demo@123')).body).toEqual({ resultCode: '0', resultMessage: 'success' });
  });

  it('refuses an unknown account and missing fields', async () => {
    ({ app, call } = await demoApp());
    expect((await change({ userAccount: 'nobody01', accountPwd: 'Demo@123', newPhonePwd: 'Sip~pass2026' })).body).toEqual({
      resultCode: '1',
      resultMessage: 'The agent account nobody01 does not exist.',
    });
    expect((await change({ userAccount: 'agent101', newPhonePwd: 'Sip~pass2026' })).body.resultMessage).toMatch(/accountPwd is mandatory$/);
    expect((await change({ userAccount: 'agent101', accountPwd: '', newPhonePwd: 'Sip~pass2026' })).body.resultMessage).toBe('accountPwd is mandatory');
  });

  it("cannot change another tenant's agent", async () => {
    ({ app, call } = await demoApp());
    const other = await addSecondTenant(app);
    expect((await other(url, { userAccount: 'agent101', accountPwd: 'Demo@123', newPhonePwd: 'Sip~pass2026' })).body.resultCode).toBe('1');
    expect(await sipPwdOf(1, 'agent101')).toBe('Demo@123');
  });
});
