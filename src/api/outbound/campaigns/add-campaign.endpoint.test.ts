// Goal: 7.1.1/7.1.2 create campaigns exactly as documented — the reference's own example requests
// in, `{resultCode, resultDesc, returnCode, returnDesc, returnObject:{id}}` out — and refuse each
// invalid request with the code of note 04 §5.2 in its order; another VDN's path is 401.
// Method: a test server on a virtual clock (2026-01-05 08:00 UTC); requests signed with the demo AK/SK.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { isales, v1, v1Campaign, v2, v2Campaign } from '../isales-client.test-support.ts';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
});
afterAll(async () => {
  await app.close();
});

describe('7.1.1 / 7.1.2 adding a campaign', () => {
  it('takes the V1 example and answers with the documented envelope', async () => {
    const res = await isales(app, 'POST', v1, v1Campaign({ name: 'v1 example' }));
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ resultCode: '0200000', resultDesc: '', returnCode: '0200000', returnDesc: '', returnObject: { id: expect.any(Number) } });
  });

  it('takes the V2 example with its single-quoted policy and round call policy', async () => {
    const res = await isales(app, 'POST', v2, v2Campaign({ name: 'v2 example' }));
    expect(res.body.resultCode).toBe('0200000');
    const detail = await isales(app, 'GET', `${v1}/${res.body.returnObject.id}`);
    expect(detail.body.returnObject).toMatchObject({
      name: 'v2 example', status: 2, deviceType: 2, callerNo: '88889527', strBeginTime: '2026-01-05', strEndTime: '2026-01-28', callBackUrl: 'https://10.10.10.10/campaign/results',
      skillParam: { skillId: 1, outBoundType: 2, predictParam: { predictMethod: 1, expPredictParam: { maxAvgCallTime: 100, minAvgCallTime: 50, outBoundRate: 50 }, offhookPredictParam: null } },
      retryPolicy: { policyType: 1, policyJson: "[{'dataType':'SI','type':1,'policy':{'result':4,'retryNumber':3,'callInterval':600}}]" },
      callPolicy: { callType: 1, chooseType: 0 },
    });
  });

  const cases: Array<[string, Record<string, unknown>, string, ('v1' | 'v2')?]> = [
    ['a missing name', { name: undefined }, '02000001'],
    ['a name over 32 characters', { name: 'x'.repeat(33) }, '02000003'],
    ['a description with forbidden characters', { description: 'a<b' }, '02000002'],
    ['a calling number with letters', { callerNo: '10a85' }, '02000002'],
    ['an unknown device type', { deviceType: 4 }, '02000007'],
    ['a string device type', { deviceType: 'two' }, '02000006'],
    ['a predictive campaign without skillParam', { skillParam: undefined, ivrParam: { deviceSign: '8001', callCount: 3, callInterval: 3 } }, '02000009'],
    ['an outBoundType other than the device type', { skillParam: { skillId: 1, outBoundType: 6 } }, '02000009'],
    ['a prediction method without its parameters', { skillParam: { skillId: 1, outBoundType: 2, predictParam: { predictMethod: 1 } } }, '02000009'],
    ['a schedule segment without its end', { scheduleParam: { workdayBeginTime1: '08:00' } }, '02000009'],
    ['overlapping schedule segments', { scheduleParam: { workdayBeginTime1: '08:00', workdayEndTime1: '12:00', workdayBeginTime2: '11:00', workdayEndTime2: '13:00' } }, '02000009'],
    ['a schedule without workday segments', { scheduleParam: { holidayBeginTime1: '08:00', holidayEndTime1: '12:00' } }, '02000001'],
    ['a callback URL that is not http(s)', { callBackUrl: 'ftp://x' }, '02000007'],
    ['an end before the begin', { strEndTime: '2026-01-04 00:00:00' }, '02000009'],
    ['a begin before today', { strBeginTime: '2026-01-04 23:59:59' }, '0200002'],
    ['an unknown skill', { skillParam: { skillId: 99, outBoundType: 2, predictParam: { predictMethod: 5, offhookPredictParam: { offHookRate: 100 } } } }, '0200017'],
    ['an IVR campaign on a flow the tenant lacks', { deviceType: 3, skillParam: undefined, ivrParam: { deviceSign: '9999', callCount: 3, callInterval: 3 } }, '02000007'],
    ['a preview alerting time below 9', { deviceType: 5, maxAlertingTime: 8 }, '02000007'],
    ['V2 without a retry policy', { retryPolicy: undefined }, '02000001', 'v2'],
    ['V2 round calling with a global retry policy', { retryPolicy: { policyType: 0, retryDay: 1, retryTimes: 2, callInterval: 60 } }, '02000009', 'v2'],
  ];
  it.each(cases)('refuses %s', async (_label, overrides, code, version = 'v1') => {
    const body = version === 'v1' ? v1Campaign({ name: `bad ${code}`, ...overrides }) : v2Campaign({ name: `bad ${code}`, ...overrides });
    const res = await isales(app, 'POST', version === 'v1' ? v1 : v2, body);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ resultCode: code, returnCode: code });
  });

  it('refuses a second campaign of the same name (0200005)', async () => {
    await isales(app, 'POST', v1, v1Campaign({ name: 'twice' }));
    const res = await isales(app, 'POST', v1, v1Campaign({ name: 'twice' }));
    expect(res.body.resultCode).toBe('0200005');
  });

  it('refuses a path naming another VDN with 401', async () => {
    const res = await isales(app, 'POST', '/rest/isales/v1/openapi/campaigns/2', v1Campaign({ name: 'elsewhere' }));
    expect(res.status).toBe(401);
  });
});
