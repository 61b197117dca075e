// Goal: §16.1 queryCallManualDetailInfo over the CDR store joined with satisfaction results: the
// filters of Table 16-2, the callId-or-dates rule (400), C1 auth (401), and the credential's VDN
// only. Method: the demo tenant on a virtual clock; a customer call to 4001 answered by agent 101
// and released after 20 s; a satisfaction result stored for it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bearerToken, createTestApp, testEpochMs, type TestApp } from '../../../test/support/test-app.ts';
import { advance, dial, GatewayAgent } from '../../../test/support/gateway-client.ts';

let app: TestApp;
let token: string;
let callId: string;
beforeEach(async () => {
  app = await createTestApp();
  token = await bearerToken(app);
  const agent = await GatewayAgent.signIn(app, 101);
  callId = await dial(app, '4001');
  await advance(app, 20_000);
  await agent.call('DELETE', 'voicecall/{id}/release');
  await app.services.settle();
  await app.services.store.db.insertInto('satisfactionResult').values({ id: '1', vdnId: 1, callId, evaluationValue: '5', channel: 'IVR', evaluationTimeMs: app.clock.now(), customerNumber: '13800000001' }).execute();
});
afterEach(async () => {
  await app.close();
});

const query = (body: unknown, auth = true) =>
  app.request({ method: 'POST', url: '/apiaccess/rest/dataprocess/v1/openapp/queryCallManualDetailInfo', body, headers: auth ? { authorization: `Bearer ${token}` } : {} });
const window = { subCcNo: '1', vdn: '1', beginDate: String(testEpochMs - 1), endDate: String(testEpochMs + 3_600_000) };

describe('16.1 queryCallManualDetailInfo', () => {
  it('returns every CDR row of the call with its satisfaction value', async () => {
    const res = await query({ ...window, callId });
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(res.body.results.length);
    expect(res.body.total).toBeGreaterThanOrEqual(2);
    const agentRow = res.body.results.find((r: { callBegin: string }) => r.callBegin !== '');
    expect(agentRow).toEqual({
      logDate: '2026-01-05', callerNo: '13800000001', calleeNo: '4001', callId, callType: '0', mediatype: '5', waitBegin: expect.any(String), ackBegin: expect.any(String),
      callBegin: expect.any(String), callEnd: String(testEpochMs + 20_000), vdn: 1, leaveReason: '16', evaluationValue: '5',
    });
  });

  it('filters by numbers, call type, media type, satisfaction and dates', async () => {
    const all = (await query(window)).body.total;
    expect(all).toBeGreaterThan(0);
    expect((await query({ ...window, callerNo: '13800000001', callType: '0', mediaType: '5', evaluationValue: '5' })).body.total).toBe(all);
    for (const other of [{ callerNo: '1' }, { calleeNo: '9' }, { callType: '1' }, { callType: '10' }, { mediaType: '19' }, { evaluationValue: '1' }, { beginDate: String(testEpochMs + 3_600_000), endDate: '' }]) {
      expect((await query({ ...window, ...other })).body.total, JSON.stringify(other)).toBe(0);
    }
    // Another VDN or call center names none of this tenant's calls.
    expect((await query({ ...window, vdn: '2' })).body).toEqual({ total: 0, results: [] });
    expect((await query({ ...window, subCcNo: '7' })).body.total).toBe(0);
  });

  it('needs callId or a date (400), valid fields (400) and the bearer token (401)', async () => {
    const noDates = await query({ subCcNo: '1', vdn: '1' });
    expect(noDates.status).toBe(400);
    expect((await query({ ...window, callType: '9' })).status).toBe(400);
    expect((await query({ ...window, beginDate: 'yesterday' })).status).toBe(400);
    expect((await query({ vdn: '1', callId })).status).toBe(400);
    expect((await query(window, false)).status).toBe(401);
  });
});
