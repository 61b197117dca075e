// Goal: 5.1.6 releaseAgentBySkillId unbinds the listed agents, or all agents for an empty list,
// from a skill queue of the caller's tenant. Method: whole servers on a virtual clock, via HTTP.
import { afterEach, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../test/support/test-app.ts';
import { addSecondTenant, agentBase, demoApp, exampleApp, type Call } from './agent-accounts.test-support.ts';

let app: TestApp;
let call: Call;
afterEach(async () => {
  await app.close();
});

const release = (body: unknown) => call(`${agentBase}/releaseAgentBySkillId`, body);
const countOn = (vdnId: number, skillId: number) => app.services.repos.agents.countAgentsOfSkill(vdnId, skillId);

describe('5.1.6 releaseAgentBySkillId', () => {
  it('answers the reference example (ref L3325–3340): an empty list unbinds every agent of skill 3', async () => {
    ({ app, call } = await exampleApp());
    expect(await countOn(1, 3)).toBe(7);
    const res = await release({ skillId: 3, userAccounts: [] });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ resultCode: '0', resultMessage: 'success' });
    expect(await countOn(1, 3)).toBe(0);
  });

  it('unbinds only the listed agents, and accepts agents that are not bound', async () => {
    ({ app, call } = await demoApp());
    expect((await release({ skillId: 1, userAccounts: ['agent101', 'agent102', 'agent120'] })).body.resultCode).toBe('0');
    expect(await countOn(1, 1)).toBe(8);
    expect(await app.services.repos.agents.listSkills(1, 101)).toEqual([]);
    expect(await app.services.repos.agents.listSkills(1, 103)).toHaveLength(1);
  });

  it('refuses an unknown skill, unknown accounts and a missing list, and changes nothing', async () => {
    ({ app, call } = await demoApp());
    expect((await release({ skillId: 9, userAccounts: [] })).body).toEqual({ resultCode: '1', resultMessage: 'The skill queue 9 does not exist.' });
    expect((await release({ skillId: 1, userAccounts: ['agent101', 'ghost0001'] })).body).toEqual({ resultCode: '1', resultMessage: 'The agent account ghost0001 does not exist.' });
    expect((await release({ skillId: 1 })).body).toEqual({ resultCode: '1', resultMessage: expect.stringMatching(/userAccounts is mandatory$/) });
    expect(await countOn(1, 1)).toBe(10);
  });

  it("unbinds only inside the caller's tenant", async () => {
    ({ app, call } = await demoApp());
    const other = await addSecondTenant(app);
    expect((await other(`${agentBase}/releaseAgentBySkillId`, { skillId: 1, userAccounts: [] })).body.resultCode).toBe('0');
    expect(await countOn(2, 1)).toBe(0);
    expect(await countOn(1, 1)).toBe(10);
    expect((await other(`${agentBase}/releaseAgentBySkillId`, { skillId: 1, userAccounts: ['agent101'] })).body.resultCode).toBe('1');
  });

  it('announces the change', async () => {
    ({ app, call } = await demoApp());
    const changes: unknown[] = [];
    app.services.configChanges.subscribe((change) => changes.push(change));
    await release({ skillId: 1, userAccounts: ['agent101'] });
    expect(changes).toEqual([{ vdnId: 1, what: 'agents' }]);
  });
});
