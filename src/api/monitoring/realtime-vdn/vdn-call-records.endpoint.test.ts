// Goal: the call lists (12.3.1.1.12, .13), the call track (.14) and the CDR summary of a call
// (12.3.1.4.3) report the calls the engine recorded, with the documented windows, filters, paging
// and tenant rules. Method: an inbound call answered by agent 101, an IVR call the customer hangs
// up, and an outbound callout, all on the virtual clock; then C2-signed queries.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testEpochMs, type TestApp } from '../../../../test/support/test-app.ts';
import { GatewayAgent, advance, dial } from '../../../../test/support/gateway-client.ts';
import { cmsRequest, globalKey } from '../../../../test/support/cms-client.ts';
import { expectInvalid, expectTenantRules, openapi, videoKey, withVideoTenant } from './vdn-fixture.test-support.ts';

let app: TestApp;
let inbound = '';
let ivr = '';
let outbound = '';
const t0 = testEpochMs;
const day = 86_400_000;
const window = { beginDate: t0 - 3_600_000, endDate: t0 + 3_600_000 };

beforeAll(async () => {
  app = await createTestApp();
  await withVideoTenant(app);
  const agent = await GatewayAgent.signIn(app, 101, { autoanswer: false });
  inbound = await dial(app, '4001', { caller: '13800000001', talkSeconds: 30 });
  await advance(app, 4_000);
  expect((await agent.call('PUT', 'voicecall/{id}/answer')).body.retcode).toBe('0');
  await advance(app, 30_000);
  ivr = await dial(app, '4002', { caller: '13800000002' });
  await advance(app, 3_000);
  expect((await app.request({ method: 'POST', url: `/sim/v1/calls/${ivr}/hangup` })).status).toBe(200);
  await advance(app, 60_000);
  outbound = (await agent.call('PUT', 'voicecall/{id}/callout', { called: '13912345678' })).body.result as string;
  await advance(app, 20_000);
  expect((await agent.call('DELETE', 'voicecall/{id}/release')).body.retcode).toBe('0');
  await advance(app, 1_000);
});
afterAll(async () => {
  await app.close();
});

describe('call lists (12.3.1.1.12, 12.3.1.1.13)', () => {
  it('lists the inbound calls of the window, oldest first, in the nested shape of the example', async () => {
    const res = await openapi(app, 'vdn/querycalls', { cclid: 1, vdn: 1, ...window, limit: 10, offset: 0 });
    expect(res.body.resultCode).toBe('0100000');
    expect(res.body.resultDesc.count).toBe(2);
    const [answered, ivrOnly] = res.body.resultDesc.data;
    expect(answered).toEqual({
      logDate: t0 + 34_000,
      callerNo: '13800000001',
      calleeNo: '4001',
      callId: inbound,
      callType: 0,
      waitBegin: t0,
      ackBegin: t0,
      callBegin: t0 + 4_000,
      callEnd: t0 + 34_000,
      vdn: 1,
      leaveReason: 88,
      mediaType: 5,
      subMediaType: 0,
    });
    expect(ivrOnly).toMatchObject({ callId: ivr, calleeNo: '4002', callBegin: 0, ackBegin: 0, callEnd: t0 + 37_000 });
  });

  it('filters by number and pages, with count the number of matches', async () => {
    const list = async (extra: Record<string, unknown>) => (await openapi(app, 'vdn/querycalls', { ccId: 1, vdn: 1, ...window, ...extra })).body.resultDesc;
    expect((await list({ callerNo: '13800000002' })).data.map((c: { callId: string }) => c.callId)).toEqual([ivr]);
    expect((await list({ calleeNo: '4001', callerNo: '' })).data.map((c: { callId: string }) => c.callId)).toEqual([inbound]);
    expect(await list({ callerNo: '999' })).toEqual({ data: [], count: 0 });
    const second = await list({ limit: 1, offset: 1 });
    expect(second.count).toBe(2);
    expect(second.data.map((c: { callId: string }) => c.callId)).toEqual([ivr]);
    expect((await list({ beginDate: t0 + 35_000, endDate: t0 + 36_000 })).count).toBe(0);
  });

  it('chooses the direction with isCallIn in v2 (any letter case)', async () => {
    const v2 = (body: Record<string, unknown>, key?: typeof videoKey) => cmsRequest(app, '/rest/cmsapp/v2/openapi/vdn/querycalls', body, key ? { key } : {});
    const out = await v2({ ccId: 1, vdn: 1, ...window, isCallIn: 'FALSE' });
    expect(out.body.resultDesc.count).toBe(1);
    expect(out.body.resultDesc.data[0]).toMatchObject({ callId: outbound, callType: 7, calleeNo: '13912345678', vdn: 1 });
    expect((await v2({ ccId: 1, vdn: 1, ...window, isCallin: 'true' })).body.resultDesc.count).toBe(2);
    expect((await v2({ ccId: 1, vdn: 1, ...window })).body.resultCode).toBe('0100002');
    expect((await v2({ ccId: 1, vdn: 1, ...window, isCallIn: 'yes' })).body.resultCode).toBe('0100002');
    expect((await v2({ ccId: 1, vdn: 2, ...window, isCallIn: 'true' })).body.resultCode).toBe('0101003');
    expect((await v2({ ccId: 1, vdn: 2, ...window, isCallIn: 'true' }, videoKey)).body.resultDesc).toEqual({ data: [], count: 0 });
  });

  it('limits the window to yesterday and today (UTC) and validates the fields', async () => {
    const startOfYesterday = Date.UTC(2026, 0, 4);
    expect((await openapi(app, 'vdn/querycalls', { ccId: 1, vdn: 1, beginDate: startOfYesterday, endDate: startOfYesterday + 2 * day - 1 })).body.resultCode).toBe('0100000');
    await expectInvalid(app, 'vdn/querycalls', [
      { ccId: 1, vdn: 1, beginDate: startOfYesterday - 1, endDate: t0 },
      { ccId: 1, vdn: 1, beginDate: t0, endDate: startOfYesterday + 2 * day },
      { ccId: 1, vdn: 1, beginDate: t0, endDate: t0 - 1 },
      // The example's 11-digit values are not milliseconds of the allowed window (note 08 A-44).
      { ccId: 1, vdn: 1, beginDate: '14511111111', endDate: '14522222222' },
      { ccId: 1, vdn: 1, ...window, callerNo: '12a' },
      { ccId: 1, vdn: 1, ...window, limit: 101 },
      { ccId: 1, vdn: 1, ...window, offset: -1 },
      { ccId: 1, vdn: 1, beginDate: t0 },
    ]);
    await expectTenantRules(app, 'vdn/querycalls', { ccId: 1, ...window });
  });
});

describe('call track (12.3.1.1.14)', () => {
  it('lists the CDR rows of a call in call_id_num order with why it entered each device', async () => {
    const res = await openapi(app, 'vdn/querycalltracedetail', { ccld: 1, vdn: 1, callId: inbound, logDate: String(t0) });
    expect(res.body).toEqual({
      resultCode: '0100000',
      resultDesc: [
        expect.objectContaining({ callId: inbound, callIdNum: 1, deviceType: 1, deviceNo: '1', waitBegin: t0, callEnd: t0, EnterReason: 0, LeaveReason: 0, releaseCause: 0, CurrentSkillID: '1' }),
        expect.objectContaining({ callIdNum: -1, deviceType: 2, deviceNo: '101', ackBegin: t0, callBegin: t0 + 4_000, callEnd: t0 + 34_000, EnterReason: 0, LeaveReason: 88, releaseCause: 531, callType: 0, mediaType: 5, subCcNo: 0 }),
      ],
    });
    expect(Object.keys(res.body.resultDesc[0])).toEqual(['callId', 'mediaType', 'callIdNum', 'callerNo', 'calleeNo', 'waitBegin', 'ackBegin', 'callBegin', 'callEnd', 'subCcNo', 'deviceType', 'deviceNo', 'deviceIn', 'callType', 'releaseCause', 'EnterReason', 'LeaveReason', 'CurrentSkillID', 'subMediaType']);
    // logDate picks the month: the call has no rows in December.
    expect((await openapi(app, 'vdn/querycalltracedetail', { ccId: 1, vdn: 1, callId: inbound, logDate: t0 - 10 * day })).body.resultDesc).toEqual([]);
    expect((await openapi(app, 'vdn/querycalltracedetail', { ccId: 1, vdn: 1, callId: 'nosuch', logDate: t0 })).body.resultDesc).toEqual([]);
    expect((await openapi(app, 'vdn/querycalltracedetail', { ccId: 1, vdn: 2, callId: inbound, logDate: t0 }, videoKey)).body.resultDesc).toEqual([]);
    await expectInvalid(app, 'vdn/querycalltracedetail', [{ ccId: 1, vdn: 1, callId: inbound }, { ccId: 1, vdn: 1, logDate: t0 }, { ccId: 1, vdn: 1, callId: '', logDate: t0 }]);
    await expectTenantRules(app, 'vdn/querycalltracedetail', { ccId: 1, callId: inbound, logDate: t0 });
  });
});

describe('CDR summary of a call (12.3.1.4.3)', () => {
  it('summarises an inbound call, in the queryParam form of the example', async () => {
    const res = await openapi(app, 'calldata/querycalldetailbyid', { queryParam: { ccId: 1, isCallin: 'true', callId: inbound } });
    const summary = { vdn: 1, callId: inbound, callerNo: '13800000001', calleeNo: '4001', callType: 0, agentId: 101, skillId: 1, anonyCall: 0, queueWaitTime: 0, ivrCallTime: 0, ackTime: 4, callTime: 30, releaseCause: 531 };
    expect(res.body).toEqual({ result: '0', resultCode: '0100000', resultDatas: summary, resultDesc: summary });
    const viaIvr = await openapi(app, 'calldata/querycalldetailbyid', { ccId: 1, isCallin: 'true', callId: ivr });
    expect(viaIvr.body.resultDesc).toMatchObject({ agentId: -1, skillId: -1, ivrCallTime: 3, callTime: 0 });
  });

  it('summarises an outbound call without the inbound-only field, and finds calls per tenant', async () => {
    const res = await openapi(app, 'calldata/querycalldetailbyid', { ccId: 1, isCallin: 'false', callId: outbound });
    expect(res.body.resultDesc).toMatchObject({ vdn: 1, callId: outbound, callType: 7, agentId: 101, calleeNo: '13912345678' });
    expect(res.body.resultDesc).not.toHaveProperty('anonyCall');
    expect((await openapi(app, 'calldata/querycalldetailbyid', { ccId: 1, isCallin: 'true', callId: outbound })).body.resultCode).toBe('0100002');
    expect((await openapi(app, 'calldata/querycalldetailbyid', { ccId: 1, isCallin: 'true', callId: inbound }, globalKey)).body.resultDesc.vdn).toBe(1);
    expect((await openapi(app, 'calldata/querycalldetailbyid', { ccId: 1, isCallin: 'true', callId: inbound }, videoKey)).body.resultCode).toBe('0100002');
    await expectInvalid(app, 'calldata/querycalldetailbyid', [
      { ccId: 2, isCallin: 'true', callId: inbound },
      { ccId: 1, callId: inbound },
      { ccId: 1, isCallin: 'maybe', callId: inbound },
      { ccId: 1, isCallin: 'true' },
      { ccId: 1, isCallin: 'true', callId: 'nosuch' },
    ]);
  });
});
