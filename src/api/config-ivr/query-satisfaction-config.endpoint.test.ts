// Goal: 5.4.2 reports the token's tenant's satisfaction survey as documented, under both
// documented paths. Method: the demo tenant (survey on flow 2) and a second tenant.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { addTenant, demoCaller, otherTenant } from './config-ivr.test-support.ts';

const path = '/apiaccess/rest/cc-management/v1/satisfactionconfig/querySatisfactionConfig';
const alias = '/apiaccess/rest/cc-management/v1/satisfactionconfig/querySatisfyConfig';
let app: TestApp;
beforeEach(async () => {
  app = await createTestApp();
});
afterEach(async () => {
  await app.close();
});

describe('5.4.2 querySatisfactionConfig', () => {
  it('answers the documented shape with the survey flow and its 19-digit ivrId (ref L6396–6414)', async () => {
    const flow = await app.services.repos.ivr.findFlow(1, 2);
    const res = await (await demoCaller(app))(path);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      returnCode: '0',
      description: 'success',
      data: [{ accessCode: '8002', channelType: 'audio', feedbackType: 'IVR', ivrId: flow!.ivrId }],
      enabled: true,
    });
    expect(res.body.data[0].ivrId).toMatch(/^\d{19}$/);
  });

  it('serves the querySatisfyConfig spelling of the change history (ref L1063) identically', async () => {
    const call = await demoCaller(app);
    expect((await call(alias)).body).toEqual((await call(path)).body);
  });

  it('answers enabled false with empty data when the survey is disabled or not configured', async () => {
    const disabled = await addTenant(app);
    expect((await disabled(path)).body).toEqual({ returnCode: '0', description: 'success', data: [], enabled: false });
    const { satisfaction: _omitted, ...unconfiguredSpec } = otherTenant({ vdnId: 8, name: 'bare', workNoRange: [30101, 30200], appCredentials: [{ appKey: 'bare-ak', appSecret: 'bare-sk' }] });
    const unconfigured = await addTenant(app, unconfiguredSpec);
    expect((await unconfigured(path)).body).toMatchObject({ data: [], enabled: false });
  });

  it("reports each tenant's own survey flow, and follows a configuration change", async () => {
    const other = await addTenant(app, otherTenant({ satisfaction: { enabled: true, ivrFlowId: 1 } }));
    const otherFlow = await app.services.repos.ivr.findFlow(7, 1);
    expect((await other(path)).body.data).toEqual([{ accessCode: '90500', channelType: 'audio', feedbackType: 'IVR', ivrId: otherFlow!.ivrId }]);
    await app.services.repos.ivr.upsertSatisfactionConfig({ vdnId: 1, enabled: 0, ivrFlowId: 2, feedbackType: 'IVR', channelType: 'audio' });
    expect((await (await demoCaller(app))(path)).body).toMatchObject({ data: [], enabled: false });
    expect((await other(path)).body.enabled).toBe(true);
  });

  it('answers 401 without a token', async () => {
    const res = await app.request({ method: 'POST', url: alias });
    expect(res.status).toBe(401);
    expect(res.body.returnCode).toBe('1');
  });
});
