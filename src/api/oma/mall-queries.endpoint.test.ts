// Goal: §15.1.1, 15.1.2, 15.1.4 and 15.1.5 answer the business software mall with X-Auth-Token:
// the demo tenant's masked customer, its orders paged and filtered, the configured mall
// parameters; 401 with the section's text without a valid token, 502 for a bad page, 404 for
// trial information of a tenant not on trial; one tenant's token never reads another's data.
// Method: C1 tokens from tokenByAkSk in X-Auth-Token (in several spellings), a second tenant.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bearerToken, createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { provisionTenant } from '../../tenancy/index.ts';

let app: TestApp;
beforeEach(async () => {
  app = await createTestApp();
});
afterEach(async () => {
  await app.close();
});

const base = '/rest/oma/softwareconsole';
const get = (url: string, token?: string, headerName = 'X-Auth-Token') => app.request({ method: 'GET', url, headers: token === undefined ? {} : { [headerName]: token } });
const resources = (body: unknown, token: string) => app.request({ method: 'POST', url: `${base}/tenant/queryresource`, headers: { 'X-Auth-Token': token }, body });

describe('15.1.1 querytenantbasic', () => {
  it('answers the masked customer of the token\'s tenant, the status under both documented names', async () => {
    const token = await bearerToken(app);
    const res = await get(`${base}/tenant/querytenantbasic`, token, 'x-auth-token');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      mobilePhone: '153****0991',
      company: 'OpenCEC XXXX XXXXXXX XX',
      customerName: 'DXXXXXXXXX',
      email: 'owne***@demo.opencec.local',
      vdn: '1',
      createDate: app.clock.now(),
      tenantSpaces: '2',
      tenantSpaceStatus: '2',
      portalUrl: 'https://software.huawei.com/auth?client_id=opencec&redirect_uri=http://127.0.0.1:8043/workbench',
    });
  });

  it('answers 401 with the documented text without a valid token', async () => {
    for (const res of [await get(`${base}/tenant/querytenantbasic`), await get(`${base}/tenant/querytenantbasic`, 'nope'), await get(`${base}/tenant/querytenantbasic`, await bearerToken(app), 'Authorization')]) {
      expect(res.status).toBe(401);
      expect(res.body).toMatch(/^Unauthorized operation\. 1\. Check whether you have purchased services related to the AICC\./);
    }
  });
});

describe('15.1.2 queryresource', () => {
  it('pages the orders of the tenant with every Table 15-6 field, filtered by creation time', async () => {
    const token = await bearerToken(app);
    const all = await resources({ limit: '10', offset: '0' }, token);
    expect(all.status).toBe(200);
    expect(all.body).toMatchObject({ count: '2', returnCode: '0', description: 'success' });
    expect(all.body.result.map((o: { status: string }) => o.status)).toEqual(['8', '2']);
    const order = all.body.result[1];
    expect(Object.keys(order)).toHaveLength(29);
    expect(order).toMatchObject({ opType: 'newInstance', procutName: 'monthly', vdnId: '1', cecTenantName: 'demo', trialFlag: 0, periodType: 'month', remark: '' });
    const created = Number(order.createTime);
    const window = await resources({ limit: 10, offset: 0, startDate: created, endDate: created + 1 }, token);
    expect(window.body.count).toBe('1');
    expect(window.body.result[0].id).toBe(order.id);
    const page = await resources({ limit: 1, offset: 1 }, token);
    expect(page.body).toMatchObject({ count: '2', result: [{ id: order.id }] });
  });

  it('answers 502 for a limit of 100 or more or a negative offset, 401 without a token', async () => {
    const token = await bearerToken(app);
    for (const body of [{ limit: 100, offset: 0 }, { limit: 10, offset: -1 }, { offset: 0 }, { limit: 'ten', offset: 0 }]) {
      const res = await resources(body, token);
      expect(res.status).toBe(502);
      expect(res.body).toMatch(/^The business fails\./);
    }
    expect((await app.request({ method: 'POST', url: `${base}/tenant/queryresource`, body: { limit: 1, offset: 0 } })).status).toBe(401);
  });

  it('shows a tenant only its own orders and customer', async () => {
    const other = { vdnId: 2, name: 'other', workNoRange: [20000, 20099], appCredentials: [{ appKey: 'other-ak', appSecret: 'other-sk' }], adminPassword: 'Other@123', skills: [], agents: [], accessCodes: [], calledRoutes: [] };
    await provisionTenant({ store: app.services.store, clock: app.clock, ids: app.services.ids, passwords: app.services.passwords }, other);
    const token = await bearerToken(app, 'other-ak', 'other-sk');
    expect((await resources({ limit: 10, offset: 0 }, token)).body).toMatchObject({ count: '0', result: [] });
    expect((await get(`${base}/tenant/querytenantbasic`, token)).status).toBe(401);
  });
});

describe('15.1.4 and 15.1.5', () => {
  it('15.1.4 answers 404 for a tenant that is not on trial, 401 without a token', async () => {
    const res = await get(`${base}/trialtenant/querytenantinfo`, await bearerToken(app));
    expect(res.status).toBe(404);
    expect(res.body).toMatch(/^The requested content is not found/);
    const denied = await get(`${base}/trialtenant/querytenantinfo`);
    expect(denied.status).toBe(401);
    expect(denied.body).toMatch(/^Unauthorized operation\. Check whether related services are authorized\./);
  });

  it('15.1.5 answers the configured mall parameters', async () => {
    const res = await get(`${base}/system/querysoftwaresysparams`, await bearerToken(app));
    expect(res.body).toEqual({ softwareCloudUrl: 'https://software.huawei.com', clientId: 'opencec', privacyStatementId: 'opencec-aicc-privacy', privacyStatementUrl: 'https://software.huawei.com/privacy/opencec-aicc-privacy' });
    expect((await get(`${base}/system/querysoftwaresysparams`, 'bad')).status).toBe(401);
  });
});
