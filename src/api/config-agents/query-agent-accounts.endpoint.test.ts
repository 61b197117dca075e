// Goal: 5.1.4 agentAccount/query returns one agent by account or a page of the tenant's agents
// with the documented fields and types, filters by agent type and anonymization flag, and never
// shows another tenant's agents. Method: whole servers on a virtual clock, driven through HTTP.
import { afterEach, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../test/support/test-app.ts';
import { addSecondTenant, agentBase, demoApp, exampleApp, type Call } from './agent-accounts.test-support.ts';

let app: TestApp;
let call: Call;
afterEach(async () => {
  await app.close();
});

const query = (body: unknown) => call(`${agentBase}/query`, body);

describe('5.1.4 agentAccount/query', () => {
  it('answers the single-account example (ref L3123–3147) with the documented fields and types', async () => {
    ({ app, call } = await exampleApp());
    await call(`${agentBase}/create`, { userAccount: 'test123456', userName: 'test111', password: 'Te@st1234', email: 'tst@example.com', agentType: 11, ccRoleId: 2, skills: [{ skillId: 2, agentWeight: 1, skillWeight: 2 }] });
    const res = await query({ userAccount: 'test123456' });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      resultCode: '0',
      resultMessage: 'get agent account info success',
      data: [
        {
          skills: [{ skillId: 2, agentWeight: 1, skillWeight: 2 }],
          agentType: 11,
          phone: '',
          userAccount: 'test123456',
          ccRoleId: 2,
          userName: 'test111',
          sipAccount: '70108',
          email: 'tst@example.com',
          workNo: 108,
          transparentDisplayFlag: false,
        },
      ],
    });
  });

  it('answers the paging example (ref L3160–3180) with one agent and the total', async () => {
    ({ app, call } = await exampleApp());
    const res = await query({ pageNum: 0, pageSize: 1 });
    expect(res.body).toEqual({
      resultCode: '0',
      resultMessage: 'get agent account info success',
      data: [
        {
          skills: [{ skillId: 3, agentWeight: 1, skillWeight: 1 }],
          agentType: 4,
          phone: '',
          userAccount: 'agent101',
          ccRoleId: 2,
          userName: 'Agent 101',
          sipAccount: '88880000',
          email: 'agent101@example.com',
          workNo: 101,
          transparentDisplayFlag: false,
        },
      ],
      total: 7,
    });
  });

  it('pages from 0 in work-number order and caps a page at 100', async () => {
    ({ app, call } = await demoApp());
    const second = await query({ pageNum: 1, pageSize: 4 });
    expect(second.body.data.map((a: { workNo: number }) => a.workNo)).toEqual([105, 106, 107, 108]);
    expect(second.body.total).toBe(11);
    expect((await query({ pageNum: 3, pageSize: 4 })).body.data).toEqual([]);
    expect((await query({ pageSize: 500 })).body.data).toHaveLength(11);
    expect((await query({ pageNum: '0', pageSize: '2' })).body.data).toHaveLength(2);
  });

  it('filters a page by agent type and by anonymization flag', async () => {
    ({ app, call } = await demoApp());
    await call(`${agentBase}/create`, { userAccount: 'audio0001', userName: 'Audio', password: 'Start@2026', email: 'a@example.com', agentType: 4, ccRoleId: 2 });
    const audio = await query({ pageNum: 0, pageSize: 50, agentType: [4, 11] });
    expect(audio.body.data.map((a: { userAccount: string }) => a.userAccount)).toEqual(['audio0001']);
    expect(audio.body.total).toBe(1);
    await app.services.repos.agents.update(1, 102, { transparentDisplayFlag: 1 });
    const anonymous = await query({ pageNum: 0, pageSize: 50, transparentDisplayFlag: true });
    expect(anonymous.body.data).toEqual([expect.objectContaining({ workNo: 102, transparentDisplayFlag: true })]);
    expect((await query({ pageNum: 0, pageSize: 50, transparentDisplayFlag: 'false' })).body.total).toBe(11);
  });

  it('ignores the paging parameters when userAccount is sent', async () => {
    ({ app, call } = await demoApp());
    const res = await query({ userAccount: 'agent120', pageNum: 5, pageSize: 1, agentType: [5] });
    expect(res.body.data).toEqual([expect.objectContaining({ userAccount: 'agent120', ccRoleId: 3, skills: [] })]);
    expect(res.body.total).toBeUndefined();
  });

  it('refuses a request without account or paging, bad paging, an unknown type and an unknown account', async () => {
    ({ app, call } = await demoApp());
    expect((await query({})).body).toEqual({ resultCode: '1', resultMessage: 'userAccount is mandatory when pageNum and pageSize are not set' });
    expect((await query({ pageNum: -1, pageSize: 10 })).body).toEqual({ resultCode: '1', resultMessage: 'pageNum must be >= 0' });
    expect((await query({ pageNum: 0, pageSize: 0 })).body).toEqual({ resultCode: '1', resultMessage: 'pageSize must be >= 1' });
    expect((await query({ pageNum: 0, pageSize: 10, agentType: [3] })).body.resultCode).toBe('1');
    expect((await query({ userAccount: 'nobody01' })).body).toEqual({ resultCode: '1', resultMessage: 'The agent account nobody01 does not exist.' });
  });

  it("shows each tenant only its own agents", async () => {
    ({ app, call } = await demoApp());
    const other = await addSecondTenant(app);
    const page = await other(`${agentBase}/query`, { pageNum: 0, pageSize: 100 });
    expect(page.body.data.map((a: { userAccount: string }) => a.userAccount)).toEqual(['other20001']);
    expect(page.body.total).toBe(1);
    expect((await other(`${agentBase}/query`, { userAccount: 'agent101' })).body.resultCode).toBe('1');
    expect((await query({ userAccount: 'other20001' })).body.resultCode).toBe('1');
    expect((await query({ pageNum: 0, pageSize: 100 })).body.total).toBe(11);
  });
});
