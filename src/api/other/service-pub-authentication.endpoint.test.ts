// Goal: §17.1 token verification: a live C1 or C3 token of the platform gives its app and tenant;
// empty (1), unknown or of another kind (2) and expired (3) tokens get their return codes.
// Method: tokens issued through tokenByAkSk and the config login; the virtual clock moved past
// the token lifetime.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bearerToken, createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { advance } from '../../../test/support/gateway-client.ts';

let app: TestApp;
beforeEach(async () => {
  app = await createTestApp();
});
afterEach(async () => {
  await app.close();
});

const verify = (body: unknown) => app.request({ method: 'POST', url: '/apiaccess/rest/service-pub/authentication', body });

describe('17.1 service-pub authentication', () => {
  it('tells the app and tenant of a live token, in either body form', async () => {
    const token = await bearerToken(app);
    const expected = { returnCode: '0', returnMsg: 'success', data: { userAccount: 'demo-ak', userId: 'demo-ak', tenantId: '1', tenantSpaceId: '1', locale: 'en_US' } };
    expect((await verify({ token })).body).toEqual(expected);
    expect((await verify({ requestBody: { token } })).body).toEqual(expected);
  });

  it('answers 1 for an empty token, 2 for an unknown one or a config GUID, 3 once expired', async () => {
    expect((await verify({ token: '' })).body).toMatchObject({ returnCode: '1' });
    expect((await verify({})).body).toMatchObject({ returnCode: '1' });
    expect((await verify({ token: 'nope' })).body).toMatchObject({ returnCode: '2' });
    const guid = (await app.request({ method: 'POST', url: '/agentgateway/resource/config/login', body: { agentId: 100001, password: 'Demo@123' } })).body.result.guid;
    expect((await verify({ token: guid })).body).toMatchObject({ returnCode: '2' });
    const token = await bearerToken(app);
    await advance(app, 24 * 3_600_000);
    expect((await verify({ token })).body).toMatchObject({ returnCode: '3' });
    expect((await verify({ token: 5 })).body).toMatchObject({ returnCode: '2' });
  });
});
