// Goal: the VDN agent lists (12.3.1.1.3–.6, .15, .16) show every configured agent of the VDN with
// its live CTI status, paged as documented, and keep tenants apart. Method: sign agents in through
// the gateway, change their states, and read the lists with C2-signed requests on the virtual clock.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { GatewayAgent, advance } from '../../../../test/support/gateway-client.ts';
import { expectInvalid, expectTenantRules, openapi, withVideoTenant } from './vdn-fixture.test-support.ts';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
  await withVideoTenant(app);
});
afterAll(async () => {
  await app.close();
});

const demoAgents = [101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 120];

describe('VDN agent lists', () => {
  it('pages every configured agent with its CTI status and time in state (12.3.1.1.4, example shape)', async () => {
    // The tenant's engine starts with its first sign-in: an agent never signed in is in status 0 since then.
    const agent = await GatewayAgent.signIn(app, 102);
    await advance(app, 5_000);
    expect((await agent.call('POST', 'onlineagent/{id}/saybusy')).body.retcode).toBe('0');
    await advance(app, 7_000);
    const res = await openapi(app, 'vdn/totalagentabstractex3', { cclid: 1, vdn: 1, offset: 0, limit: 2 });
    expect(res.body).toEqual({
      result: '0',
      resultCode: '0100000',
      count: demoAgents.length,
      resultDatas: res.body.resultDesc,
      resultDesc: [
        { agentId: 101, locationId: 65535, currentStateTime: 12, currentState: 0 },
        { agentId: 102, locationId: 65535, currentStateTime: 7, currentState: 7 },
      ],
    });
    const second = await openapi(app, 'vdn/totalagentabstractex3', { ccId: '1', vdn: '1', offset: '10', limit: '1000' });
    expect(second.body.resultDesc.map((i: { agentId: number }) => i.agentId)).toEqual([120]);
    expect((await agent.call('DELETE', 'onlineagent/{id}/logout')).body.retcode).toBe('0');
    await advance(app, 3_000);
    const after = await openapi(app, 'vdn/totalagentabstractex3', { ccId: 1, vdn: 1, offset: 1, limit: 1 });
    expect(after.body.resultDesc).toEqual([{ agentId: 102, locationId: 65535, currentStateTime: 3, currentState: 0 }]);
  });

  it('reports states (12.3.1.1.5 paged, 12.3.1.1.16 whole VDN) and phones (12.3.1.1.3)', async () => {
    const agent = await GatewayAgent.signIn(app, 103, { phonenum: '13800000103' });
    const states = await openapi(app, 'vdn/totalagentdynamicinfo', { ccld: 1, vdn: 1, offset: 2, limit: 1 });
    expect(states.body).toMatchObject({ result: '0', resultCode: '0100000', count: 11, resultDesc: [{ agentId: 103, state: 1 }] });
    const all = await openapi(app, 'vdn/totalagentstate', { ccId: 1, vdn: 1 });
    expect(all.body.resultDesc).toHaveLength(demoAgents.length);
    expect(all.body.resultDesc.filter((i: { state: number }) => i.state !== 0)).toEqual([{ agentId: 103, state: 1 }]);
    expect(all.body).not.toHaveProperty('count');
    const phones = await openapi(app, 'vdn/allagentphones', { ccId: 1, vdn: 1, offset: 1, limit: 2 });
    expect(phones.body).toMatchObject({ count: 11, resultDesc: [{ agentId: 102, phone: '70102' }, { agentId: 103, phone: '13800000103' }] });
    expect((await agent.call('DELETE', 'onlineagent/{id}/logout')).body.retcode).toBe('0');
  });

  it('lists the static configuration with role permissions (12.3.1.1.6 paged, 12.3.1.1.15 whole VDN)', async () => {
    const paged = await openapi(app, 'vdn/queryagentstaticconfinfo', { cclid: 1, vdn: 1, offset: 0, limit: 100 });
    expect(paged.body.count).toBe(11);
    expect(paged.body.resultDesc[0]).toEqual({ agentId: 101, groupId: -1, rights: expect.stringMatching(/^[01]{128}$/), name: 'Agent 101', realFlag: 1 });
    const inspector = paged.body.resultDesc.at(-1);
    expect(inspector).toMatchObject({ agentId: 120, name: 'Inspector 120' });
    // Bit 13 (listen/insert/whisper) is the inspector's, not the agent's (decision 0804).
    expect(inspector.rights[12]).toBe('1');
    expect(paged.body.resultDesc[0].rights[12]).toBe('0');
    const whole = await openapi(app, 'vdn/querytotalagentinfo', { ccId: 1, vdn: 1 });
    expect(whole.body).toEqual({ result: '0', resultCode: '0100000', resultDatas: paged.body.resultDesc, resultDesc: paged.body.resultDesc });
  });

  it('keeps tenants apart', async () => {
    for (const path of ['vdn/totalagentabstractex3', 'vdn/totalagentdynamicinfo', 'vdn/allagentphones', 'vdn/queryagentstaticconfinfo']) {
      await expectTenantRules(app, path, { ccId: 1, offset: 0, limit: 10 });
    }
    for (const path of ['vdn/totalagentstate', 'vdn/querytotalagentinfo']) await expectTenantRules(app, path, { ccId: 1 });
    const video = await openapi(app, 'vdn/totalagentdynamicinfo', { ccId: 1, vdn: 2, offset: 0, limit: 10 }, { accessKey: 'video-ak', secretKey: 'video-sk' });
    expect(video.body.resultDesc).toEqual([{ agentId: 20001, state: 0 }]);
  });

  it('refuses out-of-range and missing parameters with 0100002', async () => {
    await expectInvalid(app, 'vdn/totalagentabstractex3', [
      { ccId: 1, vdn: 1, offset: 0, limit: 1001 },
      { ccId: 1, vdn: 1, offset: 0, limit: 0 },
      { ccId: 1, vdn: 1, offset: -1, limit: 10 },
      { ccId: 1, vdn: 0, offset: 0, limit: 10 },
      { ccId: 65536, vdn: 1, offset: 0, limit: 10 },
      { vdn: 1, offset: 0, limit: 10 },
      { ccId: 1, vdn: 1, limit: 10 },
      { ccId: 'x', vdn: 1, offset: 0, limit: 10 },
    ]);
    await expectInvalid(app, 'vdn/totalagentdynamicinfo', [{ ccId: 1, vdn: 1, offset: 0, limit: 101 }]);
    await expectInvalid(app, 'vdn/queryagentstaticconfinfo', [{ ccId: 1, vdn: 1, offset: 0, limit: 101 }]);
    await expectInvalid(app, 'vdn/allagentphones', [{ ccId: 1, vdn: 1, offset: 0, limit: 1001 }]);
    await expectInvalid(app, 'vdn/totalagentstate', [{ ccId: 1, vdn: 5001 }, {}]);
    await expectInvalid(app, 'vdn/querytotalagentinfo', [{ ccId: 1 }]);
  });
});
