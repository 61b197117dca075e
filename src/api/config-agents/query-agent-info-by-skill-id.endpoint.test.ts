// Goal: 5.1.7 queryAgentInfoBySkillId pages through the agents configured on a skill queue of the
// caller's tenant, with the documented fields, and `count`. Method: whole servers on a virtual
// clock, driven through HTTP.
import { afterEach, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../test/support/test-app.ts';
import { addSecondTenant, agentBase, demoApp, exampleApp, type Call } from './agent-accounts.test-support.ts';

let app: TestApp;
let call: Call;
afterEach(async () => {
  await app.close();
});

const bySkill = (body: unknown) => call(`${agentBase}/queryAgentInfoBySkillId`, body);

describe('5.1.7 queryAgentInfoBySkillId', () => {
  it('answers the reference example (ref L3411–3442) in its shape: data, count, resultCode and no message', async () => {
    ({ app, call } = await exampleApp());
    await call(`${agentBase}/releaseAgentBySkillId`, { skillId: 3, userAccounts: ['agent101', 'agent102', 'agent103', 'agent104', 'agent105', 'agent106'] });
    const res = await bySkill({ skillId: 3, pageSize: 10, pageNum: 0 });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      data: [
        {
          workNo: 107,
          accountCode: 'agent107',
          agentType: 4,
          agentWeight: 1,
          accountName: 'Agent 107',
          sipAccount: '88880006',
          skillWeight: 1,
          userAccount: 'agent107',
        },
      ],
      count: 1,
      resultCode: '0',
    });
  });

  it('pages from 0 with the weights of each binding', async () => {
    ({ app, call } = await demoApp());
    await call(`${agentBase}/addSkillsToAgent`, { userAccounts: ['agent104'], skillId: 1, agentWeight: 3, skillWeight: 2 });
    const res = await bySkill({ skillId: 1, pageSize: 3, pageNum: 1 });
    expect(res.body.count).toBe(10);
    expect(res.body.data.map((a: { workNo: number; agentWeight: number; skillWeight: number }) => [a.workNo, a.agentWeight, a.skillWeight])).toEqual([
      [104, 3, 2],
      [105, 1, 1],
      [106, 1, 1],
    ]);
    expect((await bySkill({ skillId: 2, pageSize: 10, pageNum: 0 })).body).toEqual({ data: [], count: 0, resultCode: '0' });
  });

  it.each([
    ['a page larger than 100', { pageSize: 101 }, 'pageSize must be at most 100'],
    ['a page size of 0', { pageSize: 0 }, 'pageSize must be >= 1'],
    ['a negative page', { pageNum: -1 }, 'pageNum must be >= 0'],
    ['an unknown skill', { skillId: 77 }, 'The skill queue 77 does not exist.'],
    ['a missing pageNum', { pageNum: undefined }, /pageNum is mandatory$/],
    ['a missing pageSize', { pageSize: undefined }, /pageSize is mandatory$/],
  ])('refuses %s', async (_name, fields, message) => {
    ({ app, call } = await demoApp());
    const res = await bySkill({ skillId: 1, pageSize: 10, pageNum: 0, ...fields });
    expect(res.body).toEqual({ resultCode: '1', resultMessage: typeof message === 'string' ? message : expect.stringMatching(message) });
  });

  it("lists only the caller's agents, on the caller's skill", async () => {
    ({ app, call } = await demoApp());
    const other = await addSecondTenant(app);
    const res = await other(`${agentBase}/queryAgentInfoBySkillId`, { skillId: 1, pageSize: 100, pageNum: 0 });
    expect(res.body.count).toBe(1);
    expect(res.body.data.map((a: { userAccount: string }) => a.userAccount)).toEqual(['other20001']);
    expect((await bySkill({ skillId: 1, pageSize: 100, pageNum: 0 })).body.count).toBe(10);
  });
});
