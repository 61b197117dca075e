// Goal: §6.4 app personal settings: create, update, query and delete per user with the reference's
// examples, the header rules (C1 bearer and a mandatory X-APP-Key naming the same app), every
// field rule, one settings record per user, and tenant isolation. Method: the demo tenant and a
// second one provisioned in the test server; requests through inject.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bearerToken, createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { provisionTenant } from '../../tenancy/index.ts';

let app: TestApp;
let token: string;
beforeEach(async () => {
  app = await createTestApp();
  token = await bearerToken(app);
});
afterEach(async () => {
  await app.close();
});

const base = '/apiaccess/CC-Management/v1/openapp/agentsettings';
const call = (op: string, body: unknown, headers: Record<string, string> = { authorization: `Bearer ${token}`, 'x-app-key': 'demo-ak' }) => app.request({ method: 'POST', url: `${base}/${op}`, body, headers });
const example = { callType: '1', userId: '1660270845627002401', callerPresent: ['12323', '232232', '12323', '12323'], callNumber: ['12323', '232343', '233', '232343'], callNumberDefault: '23232323', callerPresentDefault: '1212121212' };

describe('§6.4 app personal settings', () => {
  it('creates, queries, updates and deletes with the documented replies', async () => {
    const created = await call('create', example);
    expect(created.body).toEqual({ returnCode: '0', returnDesc: 'The AgentSettings created successfully.', id: expect.stringMatching(/^\d{19}$/) });
    const id = created.body.id as string;
    expect((await call('query', { userId: example.userId })).body).toEqual({ returnCode: '0', returnDesc: 'query success', id, userId: example.userId, callType: '1', callerPresent: example.callerPresent, callNumber: example.callNumber, callNumberDefault: '23232323', callerPresentDefault: '1212121212', agentName: '' });
    const update = { id, callType: '1', userId: example.userId, callerPresent: ['12323'], callNumber: '12323,232343,233,239343', callNumberDefault: '70101', callerPresentDefault: '1212121212' };
    expect((await call('update', update)).body).toEqual({ returnCode: '0', returnDesc: 'update success.', id });
    const queried = (await call('query', { userId: example.userId })).body;
    expect(queried).toMatchObject({ callerPresent: ['12323'], callNumber: ['12323', '232343', '233', '239343'], callNumberDefault: '70101' });
    // The default softphone is agent 101's: its business account is the agent name.
    expect(queried.agentName).toBe('agent101');
    expect((await call('delete', { userId: example.userId })).body).toEqual({ returnCode: '0', returnDesc: 'The AgentSettings delete successfully.' });
    expect((await call('query', { userId: example.userId })).body.returnCode).toBe('1');
    expect((await call('delete', { userId: example.userId })).body.returnCode).toBe('1');
  });

  it('keeps one record per user and checks every field (returnCode 1)', async () => {
    await call('create', example);
    expect((await call('create', example)).body.returnCode).toBe('1');
    for (const body of [{}, { ...example, userId: '' }, { ...example, callType: '3' }, { ...example, callerPresent: ['1', '2', '3', '4', '5', '6'] }, { ...example, callNumber: ['1'.repeat(16)] }, { ...example, callNumberDefault: '1'.repeat(16) }, { ...example, callerPresent: '1,2,3,4,5,6' }]) {
      expect((await call('create', { ...body, userId: (body as { userId?: string }).userId === undefined ? undefined : `${(body as { userId: string }).userId}` })).body.returnCode, JSON.stringify(body)).toBe('1');
    }
    expect((await call('update', { ...example, id: '1' })).body.returnCode).toBe('1');
    expect((await call('update', { userId: example.userId })).body.returnCode).toBe('1');
  });

  it('needs the bearer token and X-APP-Key of the same app (HTTP 401)', async () => {
    const noKey = await call('query', { userId: '1' }, { authorization: `Bearer ${token}` });
    expect([noKey.status, noKey.body.returnCode]).toEqual([401, '1']);
    expect((await call('query', { userId: '1' }, { 'x-app-key': 'demo-ak' })).status).toBe(401);
    expect((await call('query', { userId: '1' }, { authorization: `Bearer ${token}`, 'x-app-key': 'other-ak' })).status).toBe(401);
  });

  it('keeps tenants apart', async () => {
    await provisionTenant(app.services, {
      vdnId: 2, name: 'second', workNoRange: [20001, 20099], appCredentials: [{ appKey: 'second-ak', appSecret: 'second-sk' }], adminPassword: 'Second@123',
      skills: [{ skillId: 1, name: 'Voice2', mediaTypeId: 5 }], agents: [], accessCodes: [], calledRoutes: [],
    });
    await call('create', example);
    const other = await bearerToken(app, 'second-ak', 'second-sk');
    const headers = { authorization: `Bearer ${other}`, 'x-app-key': 'second-ak' };
    expect((await call('query', { userId: example.userId }, headers)).body.returnCode).toBe('1');
    expect((await call('delete', { userId: example.userId }, headers)).body.returnCode).toBe('1');
    expect((await call('create', example, headers)).body.returnCode).toBe('0');
    expect((await call('query', { userId: example.userId })).body.callNumberDefault).toBe('23232323');
  });
});
