// Goal: 5.1.12 queryAgentInfoByAccount maps a sign-in account to the agent's work number and type,
// authorised either by a bearer token or by the body's username/password, inside one tenant.
// Method: whole servers on a virtual clock, driven through HTTP.
import { afterEach, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../test/support/test-app.ts';
import { addSecondTenant, demoApp, type Call } from './agent-accounts.test-support.ts';

let app: TestApp;
let call: Call;
afterEach(async () => {
  await app.close();
});

const url = '/apiaccess/rest/CC-Management/v1/queryAgentInfoByAccount';
const byAccount = (body: unknown, caller: Call = call) => caller(url, body);

describe('5.1.12 queryAgentInfoByAccount', () => {
  it('answers the first example (ref L3915–3933) with a bearer token', async () => {
    ({ app, call } = await demoApp());
    await app.services.repos.agents.update(1, 107, { accountCode: 'Agents', agentType: 5 });
    const res = await byAccount({ accountCode: 'Agents' });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ returnCode: '0', data: { workNo: 107, agentType: 5, agentStatus: '0' }, description: 'query success' });
  });

  it('answers the second example (ref L3940–3958) with username and password instead of a token', async () => {
    ({ app, call } = await demoApp());
    await app.services.repos.agents.update(1, 107, { accountCode: 'Agents' });
    const res = await app.request({ method: 'POST', url, body: { accountCode: 'Agents', username: 'demo-ak', password: 'demo-sk' } });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ returnCode: '0', data: { workNo: 107, agentType: 99, agentStatus: '0' }, description: 'query success' });
    const wrong = await app.request({ method: 'POST', url, body: { accountCode: 'Agents', username: 'demo-ak', password: 'nope' } });
    expect(wrong.status).toBe(401);
    expect(wrong.body.returnCode).toBe('1');
  });

  it('finds an agent without a business account by its agent account', async () => {
    ({ app, call } = await demoApp());
    expect((await byAccount({ accountCode: 'agent108' })).body.data).toEqual({ workNo: 108, agentType: 99, agentStatus: '0' });
  });

  it('answers an empty workNo when no agent has the account, and refuses bad fields', async () => {
    ({ app, call } = await demoApp());
    expect((await byAccount({ accountCode: 'nobody' })).body).toEqual({ returnCode: '1', description: 'No agent has the sign-in account nobody.', data: { workNo: '' } });
    expect((await byAccount({ accountCode: 'x'.repeat(65) })).body).toEqual({ returnCode: '1', description: 'accountCode must NOT have more than 64 characters' });
    expect((await byAccount({})).body.description).toMatch(/accountCode is mandatory$/);
  });

  it("finds only the caller's agents, whichever way the caller authenticates", async () => {
    ({ app, call } = await demoApp());
    const other = await addSecondTenant(app);
    expect((await byAccount({ accountCode: 'agent101' }, other)).body.data).toEqual({ workNo: '' });
    const viaCredentials = await app.request({ method: 'POST', url, body: { accountCode: 'agent101', username: 'other-ak', password: 'other-sk' } });
    expect(viaCredentials.body.returnCode).toBe('1');
    expect((await byAccount({ accountCode: 'other20001' }, other)).body.data.workNo).toBe(20001);
  });
});
