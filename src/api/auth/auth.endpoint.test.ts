// Goal: the credential-issuing interfaces of chapter 4 behave as documented, and credentials
// expire and stay inside their tenant. Method: a whole server on a virtual clock, driven with
// the reference's example requests.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bearerToken, createTestApp, type TestApp } from '../../../test/support/test-app.ts';

let app: TestApp;
beforeEach(async () => {
  app = await createTestApp();
});
afterEach(async () => {
  await app.close();
});

const queryAgents = (token: string, extra: Record<string, string> = {}) =>
  app.request({
    method: 'POST',
    url: '/apiaccess/rest/cc-management/v1/agentAccount/query',
    body: { userAccount: 'agent101' },
    headers: { authorization: `Bearer ${token}`, ...extra },
  });

describe('4.2 tokenByAkSk', () => {
  it('answers the documented PascalCase object with the requested lifetime', async () => {
    const res = await app.request({
      method: 'POST',
      url: '/apigovernance/api/oauth/tokenByAkSk',
      headers: { 'X-Token-Expire': '600' },
      body: { app_key: 'demo-ak', app_secret: 'demo-sk' },
    });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      AccessToken: expect.stringMatching(/^\w{20,}$/),
      ApplyType: 'Bearer',
      CreateTime: String(Math.floor(app.clock.now() / 1000)),
      Expires: '600',
      Scope: expect.any(String),
      AppKey: 'demo-ak',
      UserID: 'Anonymous',
    });
  });

  it('caps the lifetime at 3600 s and defaults to it', async () => {
    const capped = await app.request({ method: 'POST', url: '/apigovernance/api/oauth/tokenByAkSk', headers: { 'x-token-expire': '99999' }, body: { app_key: 'demo-ak', app_secret: 'demo-sk' } });
    expect(capped.body.Expires).toBe('3600');
    const absent = await app.request({ method: 'POST', url: '/apigovernance/api/oauth/tokenByAkSk', body: { app_key: 'demo-ak', app_secret: 'demo-sk' } });
    expect(absent.body.Expires).toBe('3600');
  });

  it('refuses a wrong secret or an unknown key with 401', async () => {
    for (const body of [{ app_key: 'demo-ak', app_secret: 'nope' }, { app_key: 'who', app_secret: 'demo-sk' }]) {
      const res = await app.request({ method: 'POST', url: '/apigovernance/api/oauth/tokenByAkSk', body });
      expect(res.status).toBe(401);
      expect(res.body).toEqual({ error_code: 'APIGW.401', error_msg: expect.any(String) });
    }
  });

  it('refuses a body without the mandatory fields with 400', async () => {
    const res = await app.request({ method: 'POST', url: '/apigovernance/api/oauth/tokenByAkSk', body: { app_key: 'demo-ak' } });
    expect(res.status).toBe(400);
  });

  it('gives a token that works until it expires, then 401', async () => {
    const res = await app.request({ method: 'POST', url: '/apigovernance/api/oauth/tokenByAkSk', headers: { 'X-Token-Expire': '600' }, body: { app_key: 'demo-ak', app_secret: 'demo-sk' } });
    const token = res.body.AccessToken as string;
    expect((await queryAgents(token)).status).toBe(200);
    app.clock.advance(599_000);
    expect((await queryAgents(token)).status).toBe(200);
    app.clock.advance(1_000);
    const expired = await queryAgents(token);
    expect(expired.status).toBe(401);
    expect(expired.body.resultCode).toBe('1');
  });

  it('refuses a missing or malformed Authorization and a mismatching x-app-key', async () => {
    const token = await bearerToken(app);
    expect((await queryAgents('garbage')).status).toBe(401);
    expect((await app.request({ method: 'POST', url: '/apiaccess/rest/cc-management/v1/agentAccount/query', body: {} })).status).toBe(401);
    expect((await queryAgents(token, { 'x-app-key': 'someone-else' })).status).toBe(401);
    expect((await queryAgents(token, { 'X-APP-KEY': 'demo-ak' })).status).toBe(200);
  });
});

describe('4.4 gettoken (OIAP)', () => {
  it('answers errorCode 0 with an authToken valid for 3600 s', async () => {
    const res = await app.request({ method: 'POST', url: '/oifde/rest/api/gettoken', body: { appKey: 'demo-ak', appSecret: 'demo-sk' } });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ errorCode: 0, errorMsg: '', authToken: expect.any(String), expireTime: 3600 });
  });

  it('answers a non-zero errorCode for wrong credentials', async () => {
    const res = await app.request({ method: 'POST', url: '/oifde/rest/api/gettoken', body: { appKey: 'demo-ak', appSecret: 'x' } });
    expect(res.body.errorCode).not.toBe(0);
    expect(typeof res.body.errorCode).toBe('number');
  });
});

describe('4.6 config login (C5)', () => {
  it('returns the GUID in result.guid and the Guid header', async () => {
    const res = await app.request({ method: 'POST', url: '/agentgateway/resource/config/login', body: { agentId: 100001, password: 'Demo@123' } });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ message: 'success', retcode: '0', result: { guid: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\.AgentGateway1$/) } });
    expect(res.headers.guid).toBe(res.body.result.guid);
  });

  it('accepts the agentId as a string, and refuses a wrong password with 100-004', async () => {
    const ok = await app.request({ method: 'POST', url: '/agentgateway/resource/config/login', body: { agentId: '100001', password: 'Demo@123' } });
    expect(ok.body.retcode).toBe('0');
    const bad = await app.request({ method: 'POST', url: '/agentgateway/resource/config/login', body: { agentId: 100001, password: 'wrong' } });
    expect(bad.body).toEqual({ message: expect.any(String), retcode: '100-004', result: '' });
  });

  it('reports a missing field in the gateway envelope with 000-002', async () => {
    const res = await app.request({ method: 'POST', url: '/agentgateway/resource/config/login', body: { password: 'x' } });
    expect(res.status).toBe(200);
    expect(res.body.retcode).toBe('000-002');
  });
});

describe('transport-level failures', () => {
  it('answers an unknown gateway path with 210-001 and others with a plain 404', async () => {
    const gw = await app.request({ method: 'GET', url: '/agentgateway/resource/nothing/here' });
    expect(gw.status).toBe(404);
    expect(gw.body.retcode).toBe('210-001');
    const other = await app.request({ method: 'GET', url: '/nothing' });
    expect(other.status).toBe(404);
  });

  it('answers unparsable JSON with 400 in the family envelope', async () => {
    const res = await app.request({ method: 'POST', url: '/agentgateway/resource/config/login', rawBody: '{"agentId":', headers: { 'content-type': 'application/json' } });
    expect(res.status).toBe(400);
    expect(res.body.retcode).toBe('000-002');
  });
});
