// Goal: 5.1.2 agentAccount/delete removes an account and its skill bindings in the caller's
// tenant only, frees its numbers, and answers the documented envelope. Method: whole servers on
// a virtual clock, driven through HTTP.
import { afterEach, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../test/support/test-app.ts';
import { addSecondTenant, agentBase, demoApp, exampleApp, type Call } from './agent-accounts.test-support.ts';

let app: TestApp;
let call: Call;
afterEach(async () => {
  await app.close();
});

const remove = (body: unknown) => call(`${agentBase}/delete`, body);

describe('5.1.2 agentAccount/delete', () => {
  it('answers the reference example (ref L2907–2920)', async () => {
    ({ app, call } = await exampleApp());
    await call(`${agentBase}/create`, { userAccount: 'test123456', userName: 'test111', password: 'Te@st1234', email: 'tst@example.com', agentType: 11, ccRoleId: 2 });
    const res = await remove({ userAccount: 'test123456' });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ resultCode: '0', resultMessage: 'delete AgentAccount success' });
  });

  it('removes the account and its skill bindings from the store', async () => {
    ({ app, call } = await demoApp());
    expect((await remove({ userAccount: 'agent105' })).body.resultCode).toBe('0');
    expect(await app.services.repos.agents.findByUserAccount(1, 'agent105')).toBeUndefined();
    expect(await app.services.repos.agents.listSkills(1, 105)).toEqual([]);
    expect((await call(`${agentBase}/query`, { userAccount: 'agent105' })).body.resultCode).toBe('1');
    expect((await call(`${agentBase}/queryAgentInfoBySkillId`, { skillId: 1, pageNum: 0, pageSize: 100 })).body.count).toBe(9);
  });

  it('refuses an account that does not exist, and one that breaks the length rule', async () => {
    ({ app, call } = await demoApp());
    expect((await remove({ userAccount: 'nobody01' })).body).toEqual({ resultCode: '1', resultMessage: 'The agent account nobody01 does not exist.' });
    expect((await remove({ userAccount: 'abc' })).body).toEqual({ resultCode: '1', resultMessage: 'userAccount must NOT have fewer than 6 characters' });
    expect((await remove({ userAccount: 'agent 101' })).body).toEqual({ resultCode: '1', resultMessage: 'userAccount must not contain blank or control characters' });
    expect((await remove({})).body.resultCode).toBe('1');
  });

  it('deletes accounts whose names use the characters 5.1.1 allows', async () => {
    ({ app, call } = await demoApp());
    await call(`${agentBase}/create`, { userAccount: 'a.b-c_d@site', userName: 'Dotted', password: 'Start@2026', email: 'd@example.com', agentType: 4, ccRoleId: 2 });
    expect((await remove({ userAccount: 'a.b-c_d@site' })).body.resultCode).toBe('0');
  });

  it("cannot delete another tenant's agent", async () => {
    ({ app, call } = await demoApp());
    const other = await addSecondTenant(app);
    expect((await other(`${agentBase}/delete`, { userAccount: 'agent101' })).body.resultCode).toBe('1');
    expect(await app.services.repos.agents.findByUserAccount(1, 'agent101')).toBeDefined();
    expect((await remove({ userAccount: 'other20001' })).body.resultCode).toBe('1');
    expect(await app.services.repos.agents.findByUserAccount(2, 'other20001')).toBeDefined();
  });

  it('announces the deletion so that live state can sign the agent out', async () => {
    ({ app, call } = await demoApp());
    const changes: unknown[] = [];
    app.services.configChanges.subscribe((change) => changes.push(change));
    await remove({ userAccount: 'agent101' });
    await remove({ userAccount: 'agent101' });
    expect(changes).toEqual([{ vdnId: 1, what: 'agents' }]);
  });
});
