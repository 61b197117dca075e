// Goal: 5.4.1 lists exactly the token's tenant's IVR flows in the documented shape. Method: a
// whole server on a virtual clock; a second tenant holds the two flows of the reference example.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { addTenant, demoCaller } from './config-ivr.test-support.ts';

const path = '/apiaccess/rest/cc-management/v1/ivrFlow/queryIVRFlowList';
let app: TestApp;
beforeEach(async () => {
  app = await createTestApp();
});
afterEach(async () => {
  await app.close();
});

describe('5.4.1 queryIVRFlowList', () => {
  it('answers the reference example for a tenant holding its two flows (ref L6294–6331)', async () => {
    const other = await addTenant(app);
    const res = await other(path);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      retCode: '0',
      message: 'success',
      result: [
        { isLoad: 1, accessCode: '90500', maxCallNum: null, description: 'Exception handling', id: 1, flowFileName: 'defaultIVR.GSL', flowType: 1 },
        { isLoad: 1, accessCode: '90501', maxCallNum: null, description: '1015', id: 2, flowFileName: 'defaultIVR.GSL', flowType: 1 },
      ],
    });
  });

  it("lists only the token's tenant's flows, in flow id order", async () => {
    await addTenant(app);
    const res = await (await demoCaller(app))(path);
    expect(res.body.result.map((f: { id: number; description: string }) => [f.id, f.description])).toEqual([
      [1, 'Main menu'],
      [2, 'Satisfaction survey'],
    ]);
  });

  it('reports what the store holds: a flow added or changed later, with its concurrency limit', async () => {
    await app.services.repos.ivr.upsertFlow({
      vdnId: 1, flowId: 3, ivrId: app.services.ids.next(), accessCode: '8003', description: 'Night service',
      flowFileName: 'night.VXML', flowType: 2, isLoad: 0, maxCallNum: 30, serviceNo: 3, script: '{}',
    });
    const res = await (await demoCaller(app))('/apiaccess/CC-Management/v1/ivrFlow/queryIVRFlowList', {});
    expect(res.body.result[2]).toEqual({ isLoad: 0, accessCode: '8003', maxCallNum: 30, description: 'Night service', id: 3, flowFileName: 'night.VXML', flowType: 2 });
  });

  it('answers 401 without a valid token, in its envelope', async () => {
    const res = await app.request({ method: 'POST', url: path, headers: { authorization: 'Bearer nope' } });
    expect(res.status).toBe(401);
    expect(res.body).toEqual({ retCode: '1', message: expect.any(String) });
  });
});
