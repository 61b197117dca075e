// Goal: 5.1.1 agentAccount/create validates as Table 5-2 says, allocates work and SIP numbers,
// persists the account with its skills inside the caller's tenant, and answers the documented
// envelope. Method: whole servers on a virtual clock, driven through HTTP.
import { afterEach, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../test/support/test-app.ts';
import { checkCtiPassword, checkSipPassword } from '../../domain/config/agent-password-rules.ts';
import { addSecondTenant, agentBase, demoApp, exampleApp, newAgent, type Call } from './agent-accounts.test-support.ts';

let app: TestApp;
let call: Call;
afterEach(async () => {
  await app.close();
});

const create = (body: unknown) => call(`${agentBase}/create`, body);

describe('5.1.1 agentAccount/create', () => {
  it('answers the reference example with the next work number, 108', async () => {
    ({ app, call } = await exampleApp());
    // The example's request (ref L2806–2831) with its masked password and e-mail made real.
    const res = await create({
      userAccount: 'test123456',
      userName: 'test111',
      password: 'Te@st1234',
      email: 'tst@example.com',
      agentType: 11,
      ccRoleId: 2,
      skills: [
        { skillId: 3, agentWeight: 1, skillWeight: 1 },
        { skillId: 2, agentWeight: 1, skillWeight: 2 },
      ],
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ resultCode: '0', resultMessage: 'create agent account success', workNo: 108 });
  });

  it('persists the account, its skills, a SIP number and generated passwords', async () => {
    ({ app, call } = await demoApp());
    const res = await create(newAgent({ phone: '18400005555', skills: [{ skillId: 1, agentWeight: 3, skillWeight: 2 }] }));
    expect(res.body).toEqual({ resultCode: '0', resultMessage: 'create agent account success', workNo: 111 });
    const query = await call(`${agentBase}/query`, { userAccount: 'newagent01' });
    expect(query.body.data).toEqual([
      {
        userAccount: 'newagent01',
        userName: 'New Agent',
        phone: '18400005555',
        email: 'new.agent@example.com',
        agentType: 4,
        ccRoleId: 2,
        sipAccount: '70111',
        skills: [{ skillId: 1, agentWeight: 3, skillWeight: 2 }],
        workNo: 111,
        transparentDisplayFlag: false,
      },
    ]);
    const stored = (await app.services.repos.agents.findByUserAccount(1, 'newagent01'))!;
    expect(checkSipPassword(stored.sipPwd)).toBeUndefined();
    expect(checkCtiPassword(stored.ctiPassword, 111)).toBeUndefined();
    expect(stored.ctiPassword).toHaveLength(8);
    expect(stored.passwordHash).not.toContain('Start@2026');
    expect(app.services.passwords.verify('Start@2026', stored.passwordHash)).toBe(true);
    expect(stored.pwdChangedAtMs).toBe(app.clock.now());
  });

  it('fills the lowest free work number and skips SIP numbers already in use', async () => {
    ({ app, call } = await demoApp());
    await app.services.repos.agents.update(1, 120, { sipAccount: '70111' });
    expect((await create(newAgent())).body.workNo).toBe(111);
    expect((await app.services.repos.agents.find(1, 111))!.sipAccount).toBe('71111');
    expect((await create(newAgent({ userAccount: 'newagent02' }))).body.workNo).toBe(112);
    await call(`${agentBase}/delete`, { userAccount: 'newagent01' });
    expect((await create(newAgent({ userAccount: 'newagent03' }))).body.workNo).toBe(111);
  });

  it('refuses an account that exists, and reports the range when it is full', async () => {
    ({ app, call } = await demoApp());
    expect((await create(newAgent({ userAccount: 'agent101' }))).body).toEqual({ resultCode: '1', resultMessage: 'The agent account agent101 already exists.' });
    await app.services.repos.vdns.update(1, { workNoMax: 111 });
    expect((await create(newAgent())).body.resultCode).toBe('0');
    expect((await create(newAgent({ userAccount: 'newagent02' }))).body).toEqual({ resultCode: '1', resultMessage: "No agent ID is free in the tenant's range 101-111." });
  });

  it.each([
    ['userAccount too short', { userAccount: 'abc12' }, /userAccount must NOT have fewer than 6 characters/],
    ['userAccount too long', { userAccount: 'a'.repeat(51) }, /userAccount must NOT have more than 50 characters/],
    ['userAccount with a space', { userAccount: 'new agent1' }, /userAccount may contain only letters, digits/],
    ['userAccount with #', { userAccount: 'agent#0001' }, /userAccount may contain only/],
    ['userName missing', { userName: undefined }, /userName is mandatory/],
    ['userName too long', { userName: 'x'.repeat(21) }, /userName must NOT have more than 20 characters/],
    ['userName with &', { userName: 'Tom & Jerry' }, /userName must not contain any of the characters/],
    ['userName with a comma', { userName: 'Doe, John' }, /userName must not contain/],
    ['password too short', { password: 'Ab@1234' }, /password must NOT have fewer than 8 characters/],
    ['password without a digit', { password: 'Abcdefg@' }, /password must contain upper-case letters, lower-case letters, digits and special characters/],
    ['password without a special character', { password: 'Abcdefg1' }, /password must contain upper-case/],
    ['password with a space', { password: 'Ab@12345 x' }, /password may contain only letters, digits and the special characters/],
    ['email without @', { email: 'agent.example.com' }, /email must be an e-mail address/],
    ['email with a long local part', { email: `${'a'.repeat(65)}@example.com` }, /email local part must contain at most 64 characters/],
    ['email with a long first label', { email: `a@${'b'.repeat(64)}.com` }, /email first domain label must contain at most 63 characters/],
    ['email without a dot in the domain', { email: 'a@localhost' }, /email domain part is not valid/],
    ['agentType out of the enumeration', { agentType: 6 }, /agentType must be equal to one of the allowed values/],
    ['ccRoleId out of the enumeration', { ccRoleId: 5 }, /ccRoleId must be equal to one of the allowed values/],
    ['a weight below 1', { skills: [{ skillId: 1, agentWeight: 0, skillWeight: 1 }] }, /skills.0.agentWeight must be >= 1/],
    ['a skill entry without skillId', { skills: [{ agentWeight: 1 }] }, /skills\[0\].skillId is mandatory/],
    ['a skill listed twice', { skills: [{ skillId: 1 }, { skillId: 1 }] }, /skills lists skill 1 more than once/],
    ['a phone of 26 characters', { phone: '1'.repeat(26) }, /phone must NOT have more than 25 characters/],
  ])('refuses %s with resultCode 1', async (_name, overrides, message) => {
    ({ app, call } = await demoApp());
    const res = await create(newAgent(overrides));
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ resultCode: '1', resultMessage: expect.stringMatching(message) });
    expect(await app.services.repos.agents.findByUserAccount(1, String(newAgent(overrides).userAccount))).toBeUndefined();
  });

  it('refuses unknown skills and skills whose media type does not suit the agent type', async () => {
    ({ app, call } = await demoApp());
    expect((await create(newAgent({ skills: [{ skillId: 9 }, { skillId: 7 }] }))).body.resultMessage).toBe('The skill queues 9, 7 do not exist.');
    // Skill 2 of the demo tenant is the multimedia chat queue (53); an audio agent cannot serve it.
    expect((await create(newAgent({ skills: [{ skillId: 2 }] }))).body.resultMessage).toBe('The type of skill queue 2 (media type 53) does not match agent type 4.');
    expect((await create(newAgent({ agentType: 5, skills: [{ skillId: 2 }] }))).body.resultCode).toBe('0');
  });

  it('accepts numbers sent as strings, a wrapped body, and defaults missing weights to 1', async () => {
    ({ app, call } = await demoApp());
    const res = await create({ requestParam: newAgent({ agentType: '99', ccRoleId: '3', skills: [{ skillId: '1' }, { skillId: 2, skillWeight: '4' }] }) });
    expect(res.body.resultCode).toBe('0');
    expect(await app.services.repos.agents.listSkills(1, res.body.workNo)).toEqual([
      { workNo: res.body.workNo, skillId: 1, vdnId: 1, agentWeight: 1, skillWeight: 1 },
      { workNo: res.body.workNo, skillId: 2, vdnId: 1, agentWeight: 1, skillWeight: 4 },
    ]);
  });

  it('refuses a missing body field, and a request without a token', async () => {
    ({ app, call } = await demoApp());
    const { password: _omitted, ...rest } = newAgent();
    // The message is the schema validator's (src/http), which names the field.
    expect((await create(rest)).body).toEqual({ resultCode: '1', resultMessage: expect.stringMatching(/password is mandatory$/) });
    const anonymous = await app.request({ method: 'POST', url: `${agentBase}/create`, body: newAgent() });
    expect(anonymous.status).toBe(401);
  });

  it('creates in the token\'s tenant only, with a work number from that tenant\'s range', async () => {
    ({ app, call } = await demoApp());
    const other = await addSecondTenant(app);
    // The same account name may exist once per tenant.
    const res = await other(`${agentBase}/create`, newAgent({ userAccount: 'agent101', skills: [{ skillId: 1 }] }));
    expect(res.body).toEqual({ resultCode: '0', resultMessage: 'create agent account success', workNo: 20002 });
    expect((await app.services.repos.agents.findByUserAccount(2, 'agent101'))!.sipAccount).toBe('7020002');
    expect((await app.services.repos.agents.findByUserAccount(1, 'agent101'))!.workNo).toBe(101);
  });

  it('announces the change to live state', async () => {
    ({ app, call } = await demoApp());
    const changes: unknown[] = [];
    app.services.configChanges.subscribe((change) => changes.push(change));
    await create(newAgent());
    await create(newAgent());
    expect(changes).toEqual([{ vdnId: 1, what: 'agents' }]);
  });
});
