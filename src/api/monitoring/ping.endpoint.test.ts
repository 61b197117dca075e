// Goal: C2-signed requests are verified exactly as §4.3 specifies. Method: sign the documented
// ping request (12.3.7) with the demo tenant's AK/SK and check valid, tampered, wrong-key, stale
// and malformed variants.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authorizationHeader } from '../../auth/signature-v2.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(async () => {
  await app.close();
});

const body = '{"say":"Hello world!"}';
const host = 'localhost:80';

function signedHeaders(options: { secret?: string; ak?: string; timestampMs?: number; signBody?: string } = {}) {
  const headers = { host, 'content-type': 'application/json;charset=UTF-8', 'content-length': String(Buffer.byteLength(body)) };
  const authorization = authorizationHeader(
    { method: 'POST', path: '/rest/cmsapp/v1/ping', query: [], headers, body: options.signBody ?? body },
    {
      accessKey: options.ak ?? 'demo-ak',
      secretKey: options.secret ?? 'demo-sk',
      timestamp: new Date(options.timestampMs ?? app.clock.now()).toISOString(),
      signedHeaders: ['content-length', 'content-type', 'host'],
    },
  );
  return { ...headers, authorization };
}

const ping = (headers: Record<string, string>, raw = body) => app.request({ method: 'POST', url: '/rest/cmsapp/v1/ping', rawBody: raw, headers });

describe('12.3.7 ping with a C2 signature', () => {
  it('echoes the request with status UP when the signature is valid', async () => {
    const res = await ping(signedHeaders());
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ request: { say: 'Hello world!' }, status: 'UP' });
  });

  it('refuses a tampered body with 401', async () => {
    const res = await ping(signedHeaders(), '{"say":"Hello world?"}');
    expect(res.status).toBe(401);
  });

  it('refuses a signature made with the wrong secret or an unknown key', async () => {
    expect((await ping(signedHeaders({ secret: 'not-the-secret' }))).status).toBe(401);
    expect((await ping(signedHeaders({ ak: 'unknown-ak' }))).status).toBe(401);
  });

  it('refuses a stale timestamp, and accepts one inside the skew window', async () => {
    expect((await ping(signedHeaders({ timestampMs: app.clock.now() - 16 * 60_000 }))).status).toBe(401);
    expect((await ping(signedHeaders({ timestampMs: app.clock.now() + 16 * 60_000 }))).status).toBe(401);
    expect((await ping(signedHeaders({ timestampMs: app.clock.now() - 5 * 60_000 }))).status).toBe(200);
  });

  it('refuses a missing or malformed Authorization, and one that does not sign host', async () => {
    const { authorization, ...unsigned } = signedHeaders();
    expect((await ping(unsigned)).status).toBe(401);
    expect((await ping({ ...unsigned, authorization: 'Bearer x' })).status).toBe(401);
    expect((await ping({ ...unsigned, authorization: authorization.replace('content-length;content-type;host', 'content-length;content-type') })).status).toBe(401);
  });
});
