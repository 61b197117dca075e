// Goal: 12.3.2.3 serves Table 12-694 per IVR business type from the IVR legs of calls, and
// refuses what §5.5 of note 08 forbids. Method: callers reach the demo IVR hotline (4002), then
// signed queries.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useScriptedIvr } from '../../../../test/support/scripted-ivr.ts';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { cmsRequest } from '../../../../test/support/cms-client.ts';
import { advance, dial, firstValues } from '../../../../test/support/history-traffic.ts';

const path = '/rest/cmsapp/v1/openapi/hisindex/ivr';
let app: TestApp;
let ivrLegs = 0;
beforeAll(async () => {
  app = await createTestApp();
  await useScriptedIvr(app);
  await dial(app, { talkMs: 20_000, patienceMs: 20_000 }, '4002');
  await advance(app, 5 * 60_000);
  await dial(app, { talkMs: 20_000, patienceMs: 20_000 }, '4002');
  await advance(app, 30 * 60_000);
  ivrLegs = (await app.services.store.db.selectFrom('cdr').select('id').where('deviceType', '=', 3).execute()).length;
});
afterAll(async () => {
  await app.close();
});

describe('12.3.2.3 hisindex/ivr', () => {
  it('counts IVR visits of inbound calls per business type, in request order', async () => {
    expect(ivrLegs).toBeGreaterThan(0);
    const res = await cmsRequest(app, path, { ccId: 1, vdn: 1, serviceNos: [3, 1], indexIds: ['IDX_COUNT_IVR_INBOUND_CALL', 'IDX_COUNT_IVR_ABANDONED_CALL'] });
    expect(res.body).toMatchObject({ result: '0', resultCode: '0100000' });
    expect(res.body.resultDesc.map((i: { id: string }) => i.id)).toEqual(['3', '1']);
    expect(firstValues(res.body, 0)).toEqual({ IDX_COUNT_IVR_INBOUND_CALL: '0', IDX_COUNT_IVR_ABANDONED_CALL: '0' });
    expect(Number(firstValues(res.body, 1).IDX_COUNT_IVR_INBOUND_CALL)).toBe(ivrLegs);
    const grain = await cmsRequest(app, path, { vdn: 1, serviceNos: [1], timeGrain: '15MIN', indexIds: ['IDX_COUNT_IVR_INBOUND_CALL'] });
    expect(firstValues(grain.body)).toEqual({ IDX_COUNT_IVR_INBOUND_CALL: { '2026-01-05 08:00:00.0': String(ivrLegs) } });
  });

  it('refuses more than 500 business types, skill codes and a foreign VDN', async () => {
    expect((await cmsRequest(app, path, { vdn: 1, serviceNos: Array.from({ length: 501 }, (_, i) => i), indexIds: ['IDX_COUNT_IVR_INBOUND_CALL'] })).body).toMatchObject({ resultCode: '0100002' });
    expect((await cmsRequest(app, path, { vdn: 1, serviceNos: [1], indexIds: ['IDX_COUNT_SKILL_REQUEST'] })).body).toMatchObject({ resultCode: '0100002' });
    expect((await cmsRequest(app, path, { vdn: 7, serviceNos: [1], indexIds: ['IDX_COUNT_IVR_INBOUND_CALL'] })).body).toMatchObject({ resultCode: '0101003' });
  });
});
