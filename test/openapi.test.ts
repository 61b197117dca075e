// Goal: the OpenAPI document describes every registered interface at its documented path, and the
// browsable page is served. Method: build the server and read /openapi.json and /docs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allEndpoints } from '../src/api/registry.ts';
import { simEndpoints } from '../src/api/sim/index.ts';
import { toOpenApiPath } from '../src/http/route-path.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(async () => {
  await app.close();
});

describe('OpenAPI', () => {
  it('lists every endpoint under its documented path and method', async () => {
    const res = await app.request({ method: 'GET', url: '/openapi.json' });
    expect(res.status).toBe(200);
    expect(res.body.openapi).toBe('3.0.3');
    const paths = Object.fromEntries(Object.entries(res.body.paths as Record<string, object>).map(([p, ops]) => [p.toLowerCase(), ops]));
    for (const endpoint of [...allEndpoints, ...simEndpoints]) {
      const documented = toOpenApiPath(endpoint.path).toLowerCase();
      const operations = paths[documented] as Record<string, unknown> | undefined;
      expect(operations, `${endpoint.section} ${documented}`).toBeDefined();
      expect(operations?.[endpoint.method.toLowerCase()], `${endpoint.section} ${endpoint.method}`).toBeDefined();
    }
  });

  it('serves the browsable documentation at /docs', async () => {
    const res = await app.request({ method: 'GET', url: '/docs/' });
    expect(res.status).toBe(200);
    expect(res.text).toContain('<html');
  });
});
