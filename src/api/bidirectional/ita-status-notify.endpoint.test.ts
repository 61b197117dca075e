// Goal: 6.2.13 statusnotify takes the ITA's CDR when the tenant's ITA account signed it
// (SDK-HMAC-SHA256 over the raw request), answers 200 `{}` as documented, keeps it as a taskType 4
// call for queryCallDetailRecord, and refuses unsigned, forged, stale or foreign pushes.
// Method: whole server on a virtual clock; the requests are signed here as the ITA would.
import { afterEach, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../test/support/test-app.ts';
import { sdkSignature } from '../../services/bidirectional/index.ts';
import { bidirectionalApp, mobileAgentBase, patchTenantSettings } from './bidirectional.test-support.ts';

let app: TestApp;
let call: Awaited<ReturnType<typeof bidirectionalApp>>['call'];
afterEach(async () => {
  await app.close();
});

const path = '/apiaccess/rest/cc-management/v1/ita/twopartiescall/statusnotify';
/** The reference example (ref L18019–18033), its remark naming the demo tenant. */
const example = { appKey: 'CMCCGX_0001', remark: '1', telA: '15800000001', telX: '18400000497', telB: '15800000002', calleeDisplay: '15800000001', startTime: '20260105075922', callerAnswerTime: '20260105075924', calledAnswerTime: '20260105075926', finishTime: '20260105075930', callID: 'cmccgx20210512195422', releaseCause: '16', callDuration: 8 };

function signed(body: unknown, options: { secret?: string; access?: string; date?: string } = {}) {
  const payload = JSON.stringify(body);
  const headers: Record<string, string> = { appkey: 'CMCCGX_0001', 'content-type': 'application/json;charset=UTF-8', host: 'localhost:80', 'x-sdk-date': options.date ?? '20260105T080000Z' };
  const signedHeaders = ['appkey', 'content-type', 'host', 'x-sdk-date'];
  const signature = sdkSignature({ method: 'POST', path, query: [], headers, body: payload }, signedHeaders, options.secret ?? 'ita-secret');
  headers.authorization = `SDK-HMAC-SHA256 Access=${options.access ?? 'CMCCGX_0001'}, SignedHeaders=${signedHeaders.join(';')}, Signature=${signature}`;
  return app.request({ method: 'POST', url: path, rawBody: payload, headers });
}

describe('6.2.13 statusnotify', () => {
  it('takes a signed CDR, answers {} and lists it as an ITA call', async () => {
    ({ app, call } = await bidirectionalApp());
    await patchTenantSettings(app, 1, { bidirectionalCall: { ita: { appKey: 'CMCCGX_0001', appSecret: 'ita-secret' } } });
    const res = await signed(example);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({});
    expect(res.headers['content-type']).toMatch(/^application\/json; ?charset=UTF-8$/i);
    expect((await signed(example)).status).toBe(200);
    const now = app.clock.now();
    const records = await call(`${mobileAgentBase}/queryCallDetailRecord`, { startTime: String(now - 3_600_000), endTime: String(now), taskType: '4' });
    expect(records.body.result).toMatchObject({ total: 1, callInfo: [{ caller: '15800000001', called: '15800000002', state: 3, reasonCode: 16, taskType: '4', startTime: Date.UTC(2026, 0, 5, 7, 59, 22), endTime: Date.UTC(2026, 0, 5, 7, 59, 30), talkDuration: 4 }] });
    expect((await call(`${mobileAgentBase}/queryCallDetailRecord`, { startTime: String(now - 3_600_000), endTime: String(now), taskType: '0' })).body.retCode).toBe('1');
  });

  it.each([
    ['a wrong secret', { secret: 'guess' }],
    ['another account', { access: 'OTHER' }],
    ['a stale date', { date: '20260105T070000Z' }],
  ])('refuses %s with 401', async (_name, options) => {
    ({ app, call } = await bidirectionalApp());
    await patchTenantSettings(app, 1, { bidirectionalCall: { ita: { appKey: 'CMCCGX_0001', appSecret: 'ita-secret' } } });
    expect((await signed(example, options)).status).toBe(401);
    expect(await app.services.repos.systemCalls.byCallId(1, example.callID)).toBeUndefined();
  });

  it('refuses a tenant without an ITA account (401) and a CDR without callID (400)', async () => {
    ({ app, call } = await bidirectionalApp());
    expect((await signed(example)).status).toBe(401);
    expect((await app.request({ method: 'POST', url: path, body: { remark: '1' } })).status).toBe(400);
  });
});
