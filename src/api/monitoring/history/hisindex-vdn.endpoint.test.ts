// Goal: 12.3.2.1 serves Table 12-692 per VDN with its filters and grain rules, and a tenant key
// reads only its own VDN. Method: the reference morning, then signed queries.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { cmsRequest, globalKey } from '../../../../test/support/cms-client.ts';
import { firstValues, referenceMorning } from '../../../../test/support/history-traffic.ts';

const path = '/rest/cmsapp/v1/openapi/hisindex/vdn';
let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
  await referenceMorning(app);
});
afterAll(async () => {
  await app.close();
});

describe('12.3.2.1 hisindex/vdn', () => {
  it('counts inbound calls, connected and manual ones, per VDN in request order', async () => {
    const res = await cmsRequest(app, path, { vdnIds: [1], indexIds: ['IDX_COUNT_INBOUND_CALL', 'IDX_COUNT_INBOUND_CONNECTED', 'IDX_COUNT_AGENT_INBOUND', 'IDX_COUNT_AGENT_INBOUND_CONNECTED', 'IDX_COUNT_INBOUND_ABANDON_CONNECTED', 'IDX_RATE_AGENT_CALL_IN_CONNECTED_IN_20', 'IDX_COUNT_AGENT_ASSIGNED', 'IDX_COUNT_OUTBOUND_CALL'] });
    expect(res.body).toMatchObject({ result: '0', resultCode: '0100000' });
    expect(res.body.resultDesc[0].id).toBe('1');
    expect(firstValues(res.body)).toEqual({
      IDX_COUNT_INBOUND_CALL: '4',
      IDX_COUNT_INBOUND_CONNECTED: '3',
      IDX_COUNT_AGENT_INBOUND: '4',
      IDX_COUNT_AGENT_INBOUND_CONNECTED: '3',
      IDX_COUNT_INBOUND_ABANDON_CONNECTED: '1',
      IDX_RATE_AGENT_CALL_IN_CONNECTED_IN_20: '66.67',
      IDX_COUNT_AGENT_ASSIGNED: '3',
      IDX_COUNT_OUTBOUND_CALL: '0',
    });
  });

  it('requires timeGrain for the min-only totals and filters by called number and anonymity', async () => {
    const grain = await cmsRequest(app, path, { vdnIds: [1], timeGrain: '60MIN', indexIds: ['IDX_COUNT_TOTAL_CALL', 'IDX_COUNT_ABANDONED_CALL'], calleeNo: '4001', anonyCall: 0 });
    expect(firstValues(grain.body)).toEqual({ IDX_COUNT_TOTAL_CALL: { '2026-01-05 08:00:00.0': '4' }, IDX_COUNT_ABANDONED_CALL: { '2026-01-05 08:00:00.0': '1' } });
    const other = await cmsRequest(app, path, { vdnIds: [1], indexIds: ['IDX_COUNT_INBOUND_CALL'], calleeNo: '4002' });
    expect(firstValues(other.body)).toEqual({ IDX_COUNT_INBOUND_CALL: '0' });
    expect((await cmsRequest(app, path, { vdnIds: [1], indexIds: ['IDX_COUNT_TOTAL_CALL'] })).body).toMatchObject({ resultCode: '0100002' });
  });

  it('refuses more than 100 VDNs, bad ids and a foreign VDN', async () => {
    expect((await cmsRequest(app, path, { vdnIds: Array.from({ length: 101 }, (_, i) => i + 1), indexIds: ['IDX_COUNT_INBOUND_CALL'] })).body).toMatchObject({ resultCode: '0100002' });
    expect((await cmsRequest(app, path, { vdnIds: [0], indexIds: ['IDX_COUNT_INBOUND_CALL'] })).body).toMatchObject({ resultCode: '0100002' });
    expect((await cmsRequest(app, path, { vdnIds: [1, 2], indexIds: ['IDX_COUNT_INBOUND_CALL'] })).body).toMatchObject({ resultCode: '0101003' });
    expect((await cmsRequest(app, path, { vdnIds: [4999], indexIds: ['IDX_COUNT_INBOUND_CALL'] }, { key: globalKey })).body).toMatchObject({ resultCode: '0100002' });
  });
});
