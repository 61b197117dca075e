// Goal: the CC-CMS family's shared rules hold: the global and tenant AK/SK are told apart, a
// tenant key never reads another VDN, ccId and unknown paths answer in the CMS envelope.
// Method: sign ping (12.3.7) with each key; call cmsTenant as the handlers do.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { cmsRequest, globalKey } from '../../../test/support/cms-client.ts';
import { cmsTenant } from './cms-request.ts';
import type { AuthContext } from '../../http/endpoint.ts';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(async () => {
  await app.close();
});

const tenant: AuthContext = { mode: 'C2-any', vdnId: 1, subject: 'demo-ak' };
const global: AuthContext = { mode: 'C2-any', vdnId: null, subject: 'global-ak' };

describe('CC-CMS plumbing', () => {
  it('accepts the global AK/SK on C2-any interfaces and refuses a wrong global secret with 401', async () => {
    expect((await cmsRequest(app, '/rest/cmsapp/v1/ping', { a: 1 }, { key: globalKey })).body).toEqual({ request: { a: 1 }, status: 'UP' });
    expect((await cmsRequest(app, '/rest/cmsapp/v1/ping', {}, { key: { accessKey: 'global-ak', secretKey: 'wrong' } })).status).toBe(401);
  });

  it('confines a tenant key to its VDN with 0101003, even for a VDN that does not exist', async () => {
    expect(await cmsTenant(app.services, tenant, { vdn: 1 })).toBe(1);
    await expect(cmsTenant(app.services, tenant, { vdn: 2 })).rejects.toMatchObject({ code: '0101003' });
    await expect(cmsTenant(app.services, tenant, { vdn: 4999 })).rejects.toMatchObject({ code: '0101003' });
  });

  it('lets the global key read any existing VDN and refuses an unknown one or a foreign ccId with 0100002', async () => {
    expect(await cmsTenant(app.services, global, { vdn: 1, ccId: 1 })).toBe(1);
    await expect(cmsTenant(app.services, global, { vdn: 4999 })).rejects.toMatchObject({ code: '0100002' });
    await expect(cmsTenant(app.services, global, { vdn: 1, ccId: 2 })).rejects.toMatchObject({ code: '0100002' });
  });

  it('answers an unknown CMS path with 404 in the CMS envelope', async () => {
    const res = await cmsRequest(app, '/rest/cmsapp/v1/openapi/nosuch/thing', {});
    expect(res.status).toBe(404);
    expect(res.body).toMatchObject({ resultCode: '0100001' });
    expect(typeof res.body.resultDesc).toBe('string');
  });
});
