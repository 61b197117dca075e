// Goal: the §17.4 interfaces the reference gives by URI only answer the documented "not supported"
// (HTTP 404, decision 1501) to an authenticated caller, and 401 without a token. Method: inject.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearerToken, createTestApp, type TestApp } from '../../../test/support/test-app.ts';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(async () => {
  await app.close();
});

describe('17.4 AICC internal interfaces', () => {
  it.each(['/apiaccess/ccbar/v1/thirdparty/thirdPartyValidate', '/apiaccess/ccmanagement/v1/thirdParty/queryThirdpartyCustomerInfo'])('%s is not supported', async (url) => {
    const token = await bearerToken(app);
    const res = await app.request({ method: 'POST', url, body: { any: 'thing' }, headers: { authorization: `Bearer ${token}` } });
    expect(res.status).toBe(404);
    expect(res.text).toContain('decision 1501');
    expect((await app.request({ method: 'POST', url, body: {} })).status).toBe(401);
  });
});
