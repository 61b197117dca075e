// Goal: 5.1.5 addSkillsToAgent binds agents to a skill queue of the caller's tenant with the given
// weights, all or nothing. Method: whole servers on a virtual clock, driven through HTTP.
import { afterEach, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../test/support/test-app.ts';
import { addSecondTenant, agentBase, demoApp, exampleApp, type Call } from './agent-accounts.test-support.ts';

let app: TestApp;
let call: Call;
afterEach(async () => {
  await app.close();
});

const bind = (body: unknown) => call(`${agentBase}/addSkillsToAgent`, body);
const skillsOf = async (vdnId: number, workNo: number) => (await app.services.repos.agents.listSkills(vdnId, workNo)).map(({ skillId, agentWeight, skillWeight }) => ({ skillId, agentWeight, skillWeight }));

describe('5.1.5 addSkillsToAgent', () => {
  it('answers the reference example (ref L3248–3265) and persists the bindings', async () => {
    ({ app, call } = await exampleApp());
    // The example binds "x1" and "x2"; accounts that short cannot be created (5.1.1 needs 6 characters).
    const res = await bind({ userAccounts: ['agent101', 'agent102'], skillId: 4, agentWeight: 1, skillWeight: 1 });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ resultCode: '0', resultMessage: 'success' });
    expect(await skillsOf(1, 101)).toEqual([{ skillId: 3, agentWeight: 1, skillWeight: 1 }, { skillId: 4, agentWeight: 1, skillWeight: 1 }]);
    expect(await skillsOf(1, 102)).toEqual([{ skillId: 3, agentWeight: 1, skillWeight: 1 }, { skillId: 4, agentWeight: 1, skillWeight: 1 }]);
  });

  it('gives an existing binding the new weights, and accepts a repeated account once', async () => {
    ({ app, call } = await demoApp());
    expect((await bind({ userAccounts: ['agent101', 'agent101'], skillId: 1, agentWeight: 5, skillWeight: '7' })).body.resultCode).toBe('0');
    expect(await skillsOf(1, 101)).toEqual([{ skillId: 1, agentWeight: 5, skillWeight: 7 }]);
  });

  it('refuses the whole request for an unknown account or an agent type that does not serve the skill', async () => {
    ({ app, call } = await exampleApp());
    expect((await bind({ userAccounts: ['agent101', 'x1', 'x2'], skillId: 4, agentWeight: 1, skillWeight: 1 })).body).toEqual({
      resultCode: '1',
      resultMessage: 'The agent accounts x1, x2 do not exist.',
    });
    // Skill 1 of the example tenant is multimedia; agents 101–107 are audio agents.
    expect((await bind({ userAccounts: ['agent101'], skillId: 1, agentWeight: 1, skillWeight: 1 })).body.resultMessage).toBe(
      'The type of skill queue 1 (media type 53) does not match agent type 4 of agent account agent101.',
    );
    expect(await skillsOf(1, 101)).toEqual([{ skillId: 3, agentWeight: 1, skillWeight: 1 }]);
  });

  it.each([
    ['an unknown skill', { skillId: 99 }, 'The skill queue 99 does not exist.'],
    ['an empty account list', { userAccounts: [] }, 'userAccounts must list at least one agent account'],
    ['an account of 51 characters', { userAccounts: ['a'.repeat(51)] }, 'userAccounts.0 must NOT have more than 50 characters'],
    ['an account with a space', { userAccounts: ['agent 101'] }, 'userAccounts[0] must not contain blank or control characters'],
    ['agentWeight 0', { agentWeight: 0 }, 'agentWeight must be >= 1'],
    ['skillWeight 0', { skillWeight: 0 }, 'skillWeight must be >= 1'],
    ['a missing skillId', { skillId: undefined }, /skillId is mandatory$/],
    ['a missing agentWeight', { agentWeight: undefined }, /agentWeight is mandatory$/],
  ])('refuses %s', async (_name, fields, message) => {
    ({ app, call } = await demoApp());
    const res = await bind({ userAccounts: ['agent101'], skillId: 1, agentWeight: 2, skillWeight: 2, ...fields });
    expect(res.body).toEqual({ resultCode: '1', resultMessage: typeof message === 'string' ? message : expect.stringMatching(message) });
    expect(await skillsOf(1, 101)).toEqual([{ skillId: 1, agentWeight: 1, skillWeight: 1 }]);
  });

  it("binds only the caller's agents to the caller's skills", async () => {
    ({ app, call } = await demoApp());
    const other = await addSecondTenant(app);
    // Both tenants have a skill 1; tenant 2 cannot reach agent101 of tenant 1 through its own.
    expect((await other(`${agentBase}/addSkillsToAgent`, { userAccounts: ['agent101'], skillId: 1, agentWeight: 9, skillWeight: 9 })).body.resultCode).toBe('1');
    expect(await skillsOf(1, 101)).toEqual([{ skillId: 1, agentWeight: 1, skillWeight: 1 }]);
    expect((await bind({ userAccounts: ['other20001'], skillId: 1, agentWeight: 9, skillWeight: 9 })).body.resultCode).toBe('1');
    expect((await other(`${agentBase}/addSkillsToAgent`, { userAccounts: ['other20001'], skillId: 1, agentWeight: 9, skillWeight: 9 })).body.resultCode).toBe('0');
    expect(await skillsOf(2, 20001)).toEqual([{ skillId: 1, agentWeight: 9, skillWeight: 9 }]);
  });
});
