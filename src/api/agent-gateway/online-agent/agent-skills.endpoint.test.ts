// Goal: agentskills (6.1.1.5) and agentskillsbyworkno (6.1.1.6) list configured skill queues in the
// form of the reference's examples, follow configuration changes and stay within the VDN. Method:
// the demo tenant and a second tenant; bindings changed in the store and published as the
// configuration interfaces do.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { advance, GatewayAgent } from '../../../../test/support/gateway-client.ts';
import { addTenant } from '../../config-skills/tenant-fixture.test-support.ts';

let app: TestApp;
let agent: GatewayAgent;
beforeEach(async () => {
  app = await createTestApp();
  agent = await GatewayAgent.signIn(app, 101);
});
afterEach(async () => {
  await app.close();
});

async function bindChatSkill(workNo: number): Promise<void> {
  await app.services.repos.agents.upsertSkill({ vdnId: 1, workNo, skillId: 2, agentWeight: 1, skillWeight: 1 });
  app.services.configChanges.publish({ vdnId: 1, what: 'agents' });
  await app.services.cti.registry.get(1);
}

describe('6.1.1.5 agentskills', () => {
  it("answers the agent's configured skill queues as {name, id, mediatype}", async () => {
    expect((await agent.call('GET', 'onlineagent/{id}/agentskills')).body).toEqual({ result: [{ name: 'Voice', id: 1, mediatype: 5 }], message: 'success', retcode: '0' });
    await bindChatSkill(101);
    expect((await agent.call('GET', 'onlineagent/{id}/agentskills')).body.result).toEqual([
      { name: 'Voice', id: 1, mediatype: 5 },
      { name: 'Chat', id: 2, mediatype: 53 },
    ]);
  });

  it('lists configured skills even when the agent signed out of them (resetskill)', async () => {
    await agent.call('POST', 'onlineagent/{id}/resetskill/false?skillid=');
    expect((await agent.call('GET', 'onlineagent/{id}/agentskills')).body.result).toEqual([{ name: 'Voice', id: 1, mediatype: 5 }]);
  });

  it('answers 100-006 when the agent is not signed in', async () => {
    expect((await new GatewayAgent(app, 102).call('GET', 'onlineagent/{id}/agentskills')).body.retcode).toBe('100-006');
  });

  it('is a flow-controlled query: a sixth query within two seconds is 999-002', async () => {
    for (let i = 0; i < 5; i++) expect((await agent.call('GET', 'onlineagent/{id}/agentskills')).body.retcode).toBe('0');
    expect((await agent.call('GET', 'onlineagent/{id}/agentskills')).body.retcode).toBe('999-002');
    await advance(app, 2_000);
    expect((await agent.call('GET', 'onlineagent/{id}/agentskills')).body.retcode).toBe('0');
  });
});

describe('6.1.1.6 agentskillsbyworkno/{workno}', () => {
  it("answers another agent's skills in the example's form, signed in or not", async () => {
    await bindChatSkill(102);
    expect((await agent.call('GET', 'onlineagent/{id}/agentskillsbyworkno/102')).body).toEqual({
      result: [
        { name: 'Voice', id: 1, mediatype: 5 },
        { name: 'Chat', id: 2, mediatype: 53 },
      ],
      message: 'success',
      retcode: '0',
    });
    expect((await agent.call('GET', 'onlineagent/{id}/agentskillsbyworkno/120')).body.result).toEqual([]);
  });

  it('refuses agents of another VDN, unknown agents and malformed IDs (000-002)', async () => {
    await addTenant(app);
    for (const workNo of ['20001', '999', '12', 'abc']) {
      expect((await agent.call('GET', `onlineagent/{id}/agentskillsbyworkno/${workNo}`)).body.retcode, workNo).toBe('000-002');
      await advance(app, 1_000);
    }
  });
});
