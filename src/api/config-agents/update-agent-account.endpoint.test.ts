// Goal: 5.1.3 agentAccount/update changes only what is sent, replaces the skill set, enforces the
// password rules (current password, 3 failures → 30-minute lock, once per 24 h) and stays inside
// the caller's tenant. Method: whole servers on a virtual clock, driven through HTTP.
import { afterEach, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../test/support/test-app.ts';
import { addSecondTenant, agentBase, demoApp, exampleApp, later, type Call } from './agent-accounts.test-support.ts';

let app: TestApp;
let call: Call;
afterEach(async () => {
  await app.close();
});

const update = (body: unknown) => call(`${agentBase}/update`, body);
const queryOne = async (userAccount: string) => (await call(`${agentBase}/query`, { userAccount })).body.data[0];
const minutes = 60_000;
const hours = 60 * minutes;

describe('5.1.3 agentAccount/update', () => {
  it('answers the reference example (ref L3005–3031) and persists every field', async () => {
    ({ app, call } = await exampleApp());
    await call(`${agentBase}/create`, { userAccount: 'test123456', userName: 'test111', password: 'Te@st1234', email: 'tst@example.com', agentType: 11, ccRoleId: 2, skills: [{ skillId: 3 }, { skillId: 2 }] });
    // The example's request with its masked e-mail, phone and passwords made real.
    const res = await update({
      userAccount: 'test123456',
      userName: 'test123',
      email: 'Test@example.com',
      phone: '18400005555',
      agentType: 5,
      ccRoleId: 2,
      skills: [{ skillId: 1, agentWeight: 1, skillWeight: 1 }],
      oldPassWord: 'Te@st1234',
      newPassWord: 'New@pass2026',
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ resultCode: '0', resultMessage: 'edit success' });
    expect(await queryOne('test123456')).toMatchObject({ userName: 'test123', email: 'Test@example.com', phone: '18400005555', agentType: 5, ccRoleId: 2, skills: [{ skillId: 1, agentWeight: 1, skillWeight: 1 }] });
    const stored = (await app.services.repos.agents.findByUserAccount(1, 'test123456'))!;
    expect(app.services.passwords.verify('New@pass2026', stored.passwordHash)).toBe(true);
    expect(stored.pwdUserChangedAtMs).toBe(app.clock.now());
  });

  it('changes only the fields sent and keeps the skills when none are sent', async () => {
    ({ app, call } = await demoApp());
    expect((await update({ userAccount: 'agent101', userName: "O'Brien (day)" })).body.resultCode).toBe('0');
    expect(await queryOne('agent101')).toMatchObject({ userName: "O'Brien (day)", email: 'agent101@demo.opencec.local', agentType: 99, skills: [{ skillId: 1, agentWeight: 1, skillWeight: 1 }] });
    await update({ userAccount: 'agent101', phone: '12345' });
    await update({ userAccount: 'agent101', phone: '' });
    expect((await queryOne('agent101')).phone).toBe('');
    expect((await update({ userAccount: 'agent101', skills: [] })).body.resultCode).toBe('0');
    expect((await queryOne('agent101')).skills).toEqual([]);
  });

  it.each([
    ['a name of more than 20 bytes', { userName: '张三张三张三张' }, 'userName must contain at most 20 bytes'],
    ['a name with ;', { userName: 'a;b' }, 'userName must not contain any of the characters "[]=;<>'],
    ['an invalid e-mail', { email: 'nope@' }, 'email must be an e-mail address (local-part@domain)'],
    ['an unknown agent type', { agentType: 7 }, 'agentType must be equal to one of the allowed values'],
    ['a skill entry without agentWeight', { skills: [{ skillId: 1, skillWeight: 1 }] }, 'skills[0].agentWeight is mandatory when skills is set'],
    ['a skill entry without skillWeight', { skills: [{ skillId: 1, agentWeight: 1 }] }, 'skills[0].skillWeight is mandatory when skills is set'],
    ['an unknown skill', { skills: [{ skillId: 42, agentWeight: 1, skillWeight: 1 }] }, 'The skill queue 42 does not exist.'],
    ['a new password without the current one', { newPassWord: 'New@pass2026' }, 'oldPassWord is mandatory when the password is changed'],
    ['the current password without a new one', { oldPassWord: 'Demo@123' }, 'newPassWord is mandatory when oldPassWord is set'],
    ['a weak new password', { oldPassWord: 'Demo@123', newPassWord: 'newpass2026' }, 'newPassWord must contain upper-case letters, lower-case letters, digits and special characters'],
  ])('refuses %s and writes nothing', async (_name, fields, message) => {
    ({ app, call } = await demoApp());
    const res = await update({ userAccount: 'agent102', userName: 'Changed', ...fields });
    expect(res.body).toEqual({ resultCode: '1', resultMessage: message });
    expect((await queryOne('agent102')).userName).toBe('Agent 102');
  });

  it('refuses an unknown account', async () => {
    ({ app, call } = await demoApp());
    expect((await update({ userAccount: 'nobody01', userName: 'x' })).body).toEqual({ resultCode: '1', resultMessage: 'The agent account nobody01 does not exist.' });
  });

  it('checks the current skills against a new agent type, and the new skills when sent', async () => {
    ({ app, call } = await demoApp());
    // agent103 is versatile (99) on the voice skill 1; a multimedia agent cannot keep it.
    expect((await update({ userAccount: 'agent103', agentType: 5 })).body.resultMessage).toBe('The type of skill queue 1 (media type 5) does not match agent type 5.');
    expect((await update({ userAccount: 'agent103', agentType: 5, skills: [{ skillId: 2, agentWeight: 2, skillWeight: 1 }] })).body.resultCode).toBe('0');
    expect(await queryOne('agent103')).toMatchObject({ agentType: 5, skills: [{ skillId: 2, agentWeight: 2, skillWeight: 1 }] });
  });

  it('locks the account for 30 minutes after three wrong current passwords', async () => {
    ({ app, call } = await demoApp());
    const change = (oldPassWord: string) => update({ userAccount: 'agent104', oldPassWord, newPassWord: 'New@pass2026' });
    expect((await change('Wrong@111')).body.resultMessage).toBe('oldPassWord is incorrect. 2 more incorrect attempt(s) will lock the account for 30 minutes.');
    expect((await change('Wrong@111')).body.resultMessage).toBe('oldPassWord is incorrect. 1 more incorrect attempt(s) will lock the account for 30 minutes.');
    expect((await change('Wrong@111')).body.resultMessage).toBe('oldPassWord is incorrect. The account is locked until 2026-01-05T08:30:00.000Z.');
    expect((await change('Demo@123')).body.resultMessage).toBe('The account is locked after three consecutive incorrect passwords, until 2026-01-05T08:30:00.000Z.');
    app.clock.advance(30 * minutes);
    expect((await change('Demo@123')).body).toEqual({ resultCode: '0', resultMessage: 'edit success' });
  });

  it('resets the count of wrong passwords after a right one', async () => {
    ({ app, call } = await demoApp());
    await update({ userAccount: 'agent104', oldPassWord: 'Wrong@111', newPassWord: 'New@pass2026' });
    await update({ userAccount: 'agent104', oldPassWord: 'Wrong@111', newPassWord: 'New@pass2026' });
    expect((await update({ userAccount: 'agent104', oldPassWord: 'Demo@123', newPassWord: 'New@pass2026' })).body.resultCode).toBe('0');
    call = await later(app, 24 * hours);
    expect((await update({ userAccount: 'agent104', oldPassWord: 'Wrong@111', newPassWord: 'Next@pass2026' })).body.resultMessage).toMatch(/2 more incorrect/);
  });

  it('allows one password change within 24 hours, and refuses an unchanged password', async () => {
    ({ app, call } = await demoApp());
    const change = (oldPassWord: string, newPassWord: string) => update({ userAccount: 'agent106', oldPassWord, newPassWord });
    expect((await change('Demo@123', 'Demo@123')).body.resultMessage).toBe('newPassWord must differ from the current password.');
    expect((await change('Demo@123', 'First@2026')).body.resultCode).toBe('0');
    call = await later(app, 23 * hours);
    expect((await change('First@2026', 'Second@2026')).body.resultMessage).toBe(
      'The password can be changed only once within 24 hours; the next change is allowed from 2026-01-06T08:00:00.000Z.',
    );
    call = await later(app, 1 * hours);
    expect((await change('First@2026', 'Second@2026')).body.resultCode).toBe('0');
  });

  it("cannot change another tenant's agent", async () => {
    ({ app, call } = await demoApp());
    const other = await addSecondTenant(app);
    expect((await other(`${agentBase}/update`, { userAccount: 'agent101', userName: 'Hijacked' })).body.resultCode).toBe('1');
    expect((await queryOne('agent101')).userName).toBe('Agent 101');
    expect((await other(`${agentBase}/update`, { userAccount: 'agent101', skills: [{ skillId: 1, agentWeight: 1, skillWeight: 1 }] })).body.resultCode).toBe('1');
  });
});
