// Goal: CORS stays on the agent gateway only (decision 1600), with the preflight answered before
// any guard, and the other families' replies carry no CORS header at all (not even Vary).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/support/test-app.ts';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(async () => {
  await app.close();
});

const origin = 'http://toolbar.example';

describe('gateway CORS', () => {
  it('answers a preflight with the methods, the asked headers, the max age and Vary', async () => {
    const res = await app.http.inject({ method: 'OPTIONS', url: '/AgentGateway/resource/onlineagent/101/agentstatus', headers: { origin, 'access-control-request-method': 'GET', 'access-control-request-headers': 'guid' } });
    expect(res.statusCode).toBe(204);
    expect(res.headers['content-length']).toBe('0');
    expect(res.headers['access-control-allow-methods']).toBe('GET, POST, PUT, DELETE');
    expect(res.headers['access-control-allow-headers']).toBe('guid');
    expect(res.headers['access-control-max-age']).toBe('600');
    expect(res.headers.vary).toBe('Origin, Access-Control-Request-Headers');
  });

  it('refuses a preflight without Origin or Access-Control-Request-Method', async () => {
    const res = await app.http.inject({ method: 'OPTIONS', url: '/agentgateway/resource/onlineagent/101', headers: { origin } });
    expect(res.statusCode).toBe(400);
    expect(res.body).toBe('Invalid Preflight Request');
  });

  it('reflects the origin on an ordinary gateway reply, even a refused one', async () => {
    const res = await app.http.inject({ method: 'GET', url: '/agentgateway/resource/onlineagent/101/agentstatus', headers: { origin, guid: 'nope' } });
    expect(JSON.parse(res.body).retcode).not.toBe('0');
    expect(res.headers['access-control-allow-origin']).toBe(origin);
    expect(res.headers['access-control-expose-headers']).toBe('Set-GUID, Guid');
    expect(res.headers.vary).toBe('Origin');
  });

  it('sends no Access-Control-Allow-Origin without an Origin', async () => {
    const res = await app.http.inject({ method: 'GET', url: '/agentgateway/resource/onlineagent/101/agentstatus' });
    expect(res.headers['access-control-allow-origin']).toBeUndefined();
    expect(res.headers.vary).toBe('Origin');
  });

  it('leaves other families alone: no CORS header, and OPTIONS is an unknown path', async () => {
    const query = await app.http.inject({ method: 'POST', url: '/apiaccess/rest/cc-management/v1/skill/querySkills', headers: { origin, 'content-type': 'application/json' }, payload: '{}' });
    expect(query.headers['access-control-allow-origin']).toBeUndefined();
    expect(query.headers.vary).toBeUndefined();
    const preflight = await app.http.inject({ method: 'OPTIONS', url: '/apiaccess/rest/cc-management/v1/skill/querySkills', headers: { origin, 'access-control-request-method': 'POST' } });
    expect(preflight.statusCode).toBe(404);
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
  });
});
