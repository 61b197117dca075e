// Goal: no interface answers bad input with a 500 or a crash: every registered endpoint, called
// with malformed bodies and parameters, answers in its family's envelope with a documented code.
// Method: drive every definition of the registry with a fixed set of hostile inputs, properly
// authenticated so that the handlers themselves see them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allEndpoints } from '../src/api/registry.ts';
import { authorizationHeader } from '../src/auth/signature-v2.ts';
import { bearerToken, createTestApp, type TestApp } from './support/test-app.ts';
import { GatewayAgent } from './support/gateway-client.ts';

let app: TestApp;
let headersFor: (auth: string, url: string, body: string) => Record<string, string>;

beforeAll(async () => {
  app = await createTestApp();
  const token = await bearerToken(app);
  const agent = await GatewayAgent.signIn(app, 101);
  const oiap = (await app.request({ method: 'POST', url: '/oifde/rest/api/gettoken', body: { appKey: 'demo-ak', appSecret: 'demo-sk' } })).body.authToken;
  const admin = (await app.request({ method: 'POST', url: '/agentgateway/resource/config/login', body: { agentId: 1, password: 'Admin@123' } })).body.result.guid;
  headersFor = (auth, url, body): Record<string, string> => {
    switch (auth) {
      case 'C1':
      case 'C1-or-credentials':
        return { authorization: `Bearer ${token}` };
      case 'C3':
        return { authtoken: oiap };
      case 'C4':
        return { guid: agent.guid };
      case 'C5':
        return { guid: admin };
      case 'C2': {
        const headers = { host: 'localhost:80', 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) };
        const [path, query = ''] = url.split('?');
        const authorization = authorizationHeader(
          { method: 'POST', path: path!, query: query ? query.split('&').map((kv) => kv.split('=') as [string, string]) : [], headers, body },
          { accessKey: 'demo-ak', secretKey: 'demo-sk', timestamp: new Date(app.clock.now()).toISOString(), signedHeaders: ['content-length', 'content-type', 'host'] },
        );
        return { ...headers, authorization };
      }
      default:
        return {};
    }
  };
});
afterAll(async () => {
  await app.close();
});

/** Plausible path parameters, so that the request reaches the handler. */
function urlOf(path: string): string {
  return path.split('?')[0]!.replace(/\{([A-Za-z0-9_]+)\}/g, (_, name: string) => (name === 'agentid' ? '101' : name === 'workno' ? '102' : name === 'callid' || name === 'callId' ? '1767600000-1' : '1'));
}

const hostileBodies: string[] = ['', '{}', '[]', '"text"', 'null', '{"a":', JSON.stringify({ x: 'y'.repeat(5000) }), '{"__proto__":{"polluted":true}}'];

/** For each property of a body schema: a value of a wrong type. */
function wrongTypes(schema: { properties?: Record<string, { type?: string }> } | undefined): string[] {
  if (!schema?.properties) return [];
  return Object.entries(schema.properties).map(([name, prop]) => JSON.stringify({ [name]: prop.type === 'string' ? { nested: [1] } : prop.type === 'array' ? 'not-an-array' : 'not-a-number' }));
}

describe('robustness of every interface', () => {
  it.each(allEndpoints.map((e) => [`${e.section} ${e.method} ${e.path}`, e] as const))('%s answers hostile input without a 5xx', async (_, endpoint) => {
    const url = urlOf(endpoint.path);
    const bodies = endpoint.method === 'GET' || endpoint.method === 'DELETE' ? [''] : [...hostileBodies, ...wrongTypes(endpoint.body as never)];
    for (const body of bodies) {
      const res = await app.request({ method: endpoint.method, url, rawBody: body, headers: { 'content-type': 'application/json', ...headersFor(endpoint.auth, url, body) } });
      expect(res.status, `${endpoint.section} with ${body.slice(0, 60)}: ${res.text.slice(0, 200)}`).toBeLessThan(500);
    }
    const odd = await app.request({ method: endpoint.method, url: `${url}${url.includes('?') ? '&' : '?'}skillid=%ZZ&reason=-1&flag=maybe`, headers: headersFor(endpoint.auth, url, '') });
    expect(odd.status, `${endpoint.section} with odd query: ${odd.text.slice(0, 200)}`).toBeLessThan(500);
  });

  it('never lets a body pollute prototypes', () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
