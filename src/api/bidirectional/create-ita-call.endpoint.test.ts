// Goal: the ITA variant of 6.2.1/6.2.2 createCall (decision 0431): for a tenant whose bidirectional
// calls go through the ITA, the simulated ITA answers the codes of Table 6-358 with their fixed
// retMsg, binds A and B to a free privacy number X, makes the call, and after it ends pushes a
// signed 6.2.13 CDR that gives the call its ITA release cause (Table 6-367); queryCallDetailRecord
// lists it only under taskType 4. Method: whole server on a virtual clock, driven through HTTP.
import { afterEach, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../test/support/test-app.ts';
import { addOtherTenant, advanceAndSettle, bidirectionalApp, mobileAgentBase, patchTenantSettings } from './bidirectional.test-support.ts';

let app: TestApp;
let call: Awaited<ReturnType<typeof bidirectionalApp>>['call'];
afterEach(async () => {
  await app.close();
});

const createCall = (body: unknown, version = 'v1') => call(`/apiaccess/CC-Management/${version}/mobileAgent/createCall`, body);
const records = (taskType: string) => {
  const now = app.clock.now();
  return call(`${mobileAgentBase}/queryCallDetailRecord`, { startTime: String(now - 3_600_000), endTime: String(now), taskType });
};

async function itaApp(ita: Record<string, unknown> = {}, extra: Record<string, unknown> = {}) {
  ({ app, call } = await bidirectionalApp());
  await patchTenantSettings(app, 1, { bidirectionalCall: { ita: { appKey: 'CMCCGX_0001', appSecret: 'ita-secret', privacyNumbers: ['18400000497', '18400000498'], ...ita }, ...extra } });
}

describe('6.2.1 createCall for an ITA tenant', () => {
  it('makes the call through a privacy number and keeps the CDR the ITA pushes after it', async () => {
    await itaApp();
    const t0 = app.clock.now();
    const res = await createCall({ caller: '70101', called: '88889060' });
    expect(res.body).toEqual({ retCode: '0', retMsg: 'Add CallOutInfo in DB successfully', result: { callSerialNo: expect.stringMatching(/^\d{19}$/) } });
    const sn = res.body.result.callSerialNo as string;
    await advanceAndSettle(app, 4_000);
    expect((await call(`${mobileAgentBase}/queryCallState`, { callSerialNo: sn })).body.result).toMatchObject({ caller: '70101', called: '88889060', callerPresent: '18400000497', state: 2 });
    await advanceAndSettle(app, 200_000);
    const row = await app.services.repos.systemCalls.find(1, sn);
    const cdr = JSON.parse(row!.detail).cdr;
    expect(cdr).toMatchObject({ appKey: 'CMCCGX_0001', remark: '1', telA: '70101', telX: '18400000497', telB: '88889060', callID: row!.callId, releaseCause: '16', startTime: '20260105080000', callerAnswerTime: '20260105080002', calledAnswerTime: '20260105080004' });
    expect(cdr.callDuration).toBe(Math.round((Number(row!.endMs) - t0) / 1000));
    const listed = await records('4');
    expect(listed.body.result).toMatchObject({ total: 1, callInfo: [{ callSerialNo: sn, caller: '70101', called: '88889060', state: 3, reasonCode: 16, taskType: '4' }] });
    expect((await records('0')).body.retCode).toBe('1');
  });

  it('gives a call whose customer never answers the ITA cause 19', async () => {
    await itaApp();
    const sn = (await createCall({ softPhone: '70102', called: '88880000' }, 'v3')).body.result.callSerialNo as string;
    await advanceAndSettle(app, 120_000);
    expect(await app.services.repos.systemCalls.find(1, sn)).toMatchObject({ state: 3, reasonCode: 19, taskType: '4' });
  });

  it.each([
    ['no called number', { caller: '70101' }, '90100100', 'Invalid Input Parameter'],
    ['a caller with letters', { caller: '7010a', called: '88889060' }, '90100100', 'Invalid Input Parameter'],
    ['callData, which the ITA does not carry', { caller: '70101', called: '88889060', callData: 'x' }, '90100100', 'Invalid Input Parameter'],
    ['a callerPresent', { caller: '70101', called: '88889060', callerPresent: '4001' }, '90100100', 'Invalid Input Parameter'],
    ['a calling number outside the tenant', { caller: '88889050', called: '88889060' }, '90106011', 'Caller Forbid'],
  ])('refuses %s with the ITA code', async (_name, body, retCode, retMsg) => {
    await itaApp();
    const res = await createCall(body);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ retCode, retMsg });
  });

  it('refuses a second A–B binding (90106001) and a call when every X number is bound (90106003)', async () => {
    await itaApp();
    expect((await createCall({ caller: '70101', called: '88889060' })).body.retCode).toBe('0');
    expect((await createCall({ caller: '70101', called: '88889060' })).body).toEqual({ retCode: '90106001', retMsg: 'Binding relationship already exists' });
    expect((await createCall({ caller: '70102', called: '88889061' })).body.retCode).toBe('0');
    expect((await createCall({ caller: '70103', called: '88889062' })).body).toEqual({ retCode: '90106003', retMsg: 'Insufficient Number resources' });
    await advanceAndSettle(app, 300_000);
    expect((await createCall({ caller: '70103', called: '88889062' })).body.retCode).toBe('0');
  });

  it('limits a trial ITA tenant to 10 calls a day (90104029)', async () => {
    await itaApp({ privacyNumbers: Array.from({ length: 12 }, (_, i) => `184000005${String(i).padStart(2, '0')}`) }, { trial: true });
    for (let i = 0; i < 10; i++) expect((await createCall({ caller: '70101', called: `8888906${i}` })).body.retCode).toBe('0');
    expect((await createCall({ caller: '70101', called: '88889070' })).body).toEqual({ retCode: '90104029', retMsg: 'Too Many Requests' });
  });

  it('keeps AICC codes for a tenant without an ITA account, and ITA calls within their tenant', async () => {
    await itaApp();
    const other = await addOtherTenant(app);
    expect((await other(`${mobileAgentBase}/createCall`, { caller: '70101', called: '88889060' })).body.retCode).toBe('8');
    const sn = (await createCall({ caller: '70101', called: '88889060' })).body.result.callSerialNo as string;
    expect((await other(`${mobileAgentBase}/queryCallState`, { callSerialNo: sn })).body.retCode).toBe('1');
  });
});
