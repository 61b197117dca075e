// Goal: the called-route service serialises a tenant's writes, so that two concurrent bindings of
// one number cannot both land and allocated dnids stay distinct. Method: the services of a whole
// test server, called concurrently.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { createCalledRoute } from './called-route-service.ts';

let app: TestApp;
beforeEach(async () => {
  app = await createTestApp();
});
afterEach(async () => {
  await app.close();
});

describe('called-route service', () => {
  it('binds a number once under concurrency', async () => {
    const bind = () => createCalledRoute(app.services, 1, { accessCode: '4001', extCode: '5', devicetype: 1, deviceid: 1 });
    const results = await Promise.all([bind(), bind(), bind()]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok).map((r) => !r.ok && r.rejection)).toEqual([
      { tag: 'NumberTaken', number: '40015' },
      { tag: 'NumberTaken', number: '40015' },
    ]);
  });

  it('allocates the next dnids of the tenant', async () => {
    const results = await Promise.all(['6', '7', '8'].map((extCode) => createCalledRoute(app.services, 1, { accessCode: '4001', extCode, devicetype: 1, deviceid: 1 })));
    expect(results.map((r) => r.ok && r.value.dnid).sort()).toEqual([4, 5, 6]);
  });
});
