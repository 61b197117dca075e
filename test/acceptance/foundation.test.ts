// Goal: the foundation issue's "done when", end to end: with demo-ak/demo-sk a client gets a token
// and creates, queries, updates and deletes agents, skill queues and called routes with the
// documented envelopes; invalid input gets the documented error; what was written survives a
// restart on SQLite and PostgreSQL; tenants stay isolated. Method: whole servers over inject.
import { afterEach, describe, expect, it } from 'vitest';
import { bearerToken, c1, createTestApp, type TestApp } from '../support/test-app.ts';
import { dialects, durableStoreUrl } from '../support/postgres.ts';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

const storeUrl = (dialect: 'sqlite' | 'postgres') => durableStoreUrl(dialect, cleanups, 'opencec-accept-');

const api = '/apiaccess/rest/cc-management/v1';

async function configure(app: TestApp) {
  const call = c1(app, await bearerToken(app));
  const skill = await call(`${api}/skill/createSkill`, {
    name: 'Premium',
    description: 'Premium line',
    mediaTypeId: 5,
    maxWaitTime: 120,
    maxWaitNum: 50,
    maxAgentWrapupTime: 10,
    skillParam: { noAgents: { transferType: 'Release' }, busy: { transferType: 'Release' }, timeOut: { transferType: 'Transfer', deviceType: '1', value: 1 }, answerFunction: '2', waitVoice: { parameterType: 'Voice' } },
  });
  expect(skill.body).toEqual({ returnCode: '0', skillId: expect.any(String), description: 'Create Skill successfully' });
  const skillId = Number(skill.body.skillId);
  const agent = await call(`${api}/agentAccount/create`, {
    userAccount: 'premium01',
    userName: 'Premium One',
    password: 'Prem@2026x',
    email: 'premium01@example.com',
    agentType: 4,
    ccRoleId: 2,
    skills: [{ skillId, agentWeight: 2, skillWeight: 1 }],
  });
  expect(agent.body).toEqual({ resultCode: '0', resultMessage: 'create agent account success', workNo: expect.any(Number) });
  await call(`${api}/accessCodeInfo/queryAccessCodeList`, {});
  const route = await call(`${api}/calledRoute/createCalledRoute`, { accessCode: '4001', extCode: '9', devicetype: 1, deviceid: skillId });
  expect(route.body).toEqual({ returnCode: '0', description: 'data create success' });
  return { call, skillId, workNo: agent.body.workNo as number };
}

describe('foundation acceptance', () => {
  for (const { name, enabled } of dialects) {
    it.skipIf(!enabled)(`creates, queries, updates and deletes configuration that survives a restart (${name})`, async () => {
      const url = await storeUrl(name);
      const first = await createTestApp({ storeUrl: url });
      const { call, skillId, workNo } = await configure(first);
      expect((await call(`${api}/agentAccount/update`, { userAccount: 'premium01', userName: 'Premium Uno' })).body).toEqual({ resultCode: '0', resultMessage: 'edit success' });
      expect((await call(`${api}/skill/modifySkill`, { skillId, description: 'renamed', maxWaitTime: 60 })).body).toEqual({ returnCode: '0', description: 'Update Skill successfully' });
      await first.close();

      const second = await createTestApp({ storeUrl: url });
      cleanups.push(() => second.close());
      const again = c1(second, await bearerToken(second));
      const agent = await again(`${api}/agentAccount/query`, { userAccount: 'premium01' });
      expect(agent.body).toMatchObject({ resultCode: '0', resultMessage: 'get agent account info success', data: [expect.objectContaining({ userAccount: 'premium01', userName: 'Premium Uno', workNo })] });
      const skills = await again(`${api}/skill/querySkills`, { skillIds: [skillId] });
      expect(skills.body).toMatchObject({ returnCode: '0', total: 1, data: [expect.objectContaining({ skillId, description: 'renamed', maxWaitTime: 60 })] });
      const routes = await again(`${api}/calledRoute/queryCalledRoute`, { accessCode: '4001', extCode: '9' });
      expect(routes.body.data.calledRouteList).toHaveLength(1);
      const dnid = routes.body.data.calledRouteList[0].dnid;
      expect((await again(`${api}/calledRoute/deleteCalledRoute`, { dnids: String(dnid) })).body).toMatchObject({ returnCode: '0', description: 'data delete success' });
      expect((await again(`${api}/agentAccount/delete`, { userAccount: 'premium01' })).body).toEqual({ resultCode: '0', resultMessage: 'delete AgentAccount success' });
      expect((await again(`${api}/skill/deleteSkill`, { skillIds: String(skillId) })).body).toMatchObject({ returnCode: '0' });
      expect((await again(`${api}/agentAccount/query`, { userAccount: 'premium01' })).body.resultCode).toBe('1');
    });
  }

  it('answers invalid input with the documented envelopes and never a 500', async () => {
    const app = await createTestApp();
    cleanups.push(() => app.close());
    const call = c1(app, await bearerToken(app));
    const bodies: Array<[string, unknown]> = [
      [`${api}/agentAccount/create`, { userAccount: 'x', userName: 'y' }],
      [`${api}/agentAccount/create`, 'not json at all'],
      [`${api}/skill/createSkill`, { name: 'A', mediaTypeId: 53, maxWaitTime: 1, maxWaitNum: 10001, maxAgentWrapupTime: 1, skillParam: {} }],
      [`${api}/calledRoute/createCalledRoute`, { accessCode: '9999', devicetype: 1, deviceid: 1 }],
      [`${api}/skill/querySkills`, { limit: 'lots' }],
      [`${api}/agentAccount/query`, []],
    ];
    for (const [url, body] of bodies) {
      const res = typeof body === 'string'
        ? await app.request({ method: 'POST', url, rawBody: body, headers: { authorization: `Bearer ${await bearerToken(app)}`, 'content-type': 'application/json' } })
        : await call(url, body);
      expect(res.status, `${url} ${JSON.stringify(body)}`).toBeLessThan(500);
      const code = res.body?.resultCode ?? res.body?.returnCode;
      expect(code, `${url} ${res.text}`).toBe('1');
    }
  });

  it('lets the system administrator create a second tenant, isolated from the first', async () => {
    const app = await createTestApp();
    cleanups.push(() => app.close());
    const login = await app.request({ method: 'POST', url: '/agentgateway/resource/config/login', body: { agentId: 1, password: 'Admin@123' } });
    const guid = login.body.result.guid as string;
    const tenant = {
      vdnId: 2,
      name: 'acme',
      workNoRange: [10000, 10999],
      appCredentials: [{ appKey: 'acme-ak', appSecret: 'acme-sk' }],
      adminPassword: 'Acme@123',
      skills: [{ skillId: 1, name: 'Sales', mediaTypeId: 5 }],
      agents: [{ workNo: 10001, userAccount: 'acme0001', userName: 'Acme 1', password: 'Acme@1234', sipAccount: '60001', skills: [{ skillId: 1 }] }],
      accessCodes: [{ accessCode: '5001', mediaTypeId: 5 }],
      calledRoutes: [{ accessCode: '5001', deviceType: 1, deviceId: 1 }],
    };
    const created = await app.request({ method: 'POST', url: '/opencec/v1/tenants', body: tenant, headers: { guid } });
    expect(created.body).toEqual({ returnCode: '0', description: 'success', vdnId: 2 });
    const overlapping = await app.request({ method: 'POST', url: '/opencec/v1/tenants', body: { ...tenant, vdnId: 3, workNoRange: [100, 200] }, headers: { guid } });
    expect(overlapping.body.returnCode).toBe('1');
    const vdnAdmin = await app.request({ method: 'POST', url: '/agentgateway/resource/config/login', body: { agentId: 100001, password: 'Demo@123' } });
    expect((await app.request({ method: 'GET', url: '/opencec/v1/tenants', headers: { guid: vdnAdmin.body.result.guid } })).status).toBe(403);

    const acme = c1(app, await bearerToken(app, 'acme-ak', 'acme-sk'));
    const demo = c1(app, await bearerToken(app));
    expect((await acme(`${api}/agentAccount/query`, { userAccount: 'agent101' })).body.resultCode).toBe('1');
    expect((await demo(`${api}/agentAccount/query`, { userAccount: 'acme0001' })).body.resultCode).toBe('1');
    expect((await acme(`${api}/agentAccount/query`, { userAccount: 'acme0001' })).body.resultCode).toBe('0');
    const acmeSkills = await acme(`${api}/skill/querySkills`, {});
    expect(acmeSkills.body.data.map((s: { name: string }) => s.name)).toEqual(['Sales']);
    // The new tenant's agent signs in on the gateway and takes calls to its own access code.
    const signIn = await app.request({ method: 'PUT', url: '/agentgateway/resource/onlineagent/10001', body: { password: 'Acme@1234', phonenum: '60001' } });
    expect(signIn.body.result.vdnid).toBe(2);
    const dialled = await app.request({ method: 'POST', url: '/sim/v1/calls', body: { caller: '1', called: '5001' } });
    expect((await app.request({ method: 'GET', url: `/sim/v1/calls/${dialled.body.callId}` })).body).toMatchObject({ vdnId: 2, state: 'talking' });
  });
});
