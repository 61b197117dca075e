// Goal: a campaign's records, attempts and results end to end — 7.4.1/7.4.2 adding numbers (with
// every limit and code), the service feeding the dialer and persisting its attempt records, the
// 7.6.1 push of each result to the callbackUrl (bare JSON array, retried 10 minutes apart, at most
// six times), 7.5.1/7.5.2 result queries, 7.4.7 statistics with its 429, 7.1.14 failure statistics,
// 7.4.6/7.4.3 reading and deleting records, and 7.7.1 write-back re-dialling by busiPolicy.
// Method: a test server on a virtual clock; a fake engine dialer stands in for src/engine/dialer
// and reports attempts through the same port the engine uses; a real HTTP receiver on 127.0.0.1.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { startCallbackReceiver } from '../../config-ivr/config-ivr.test-support.ts';
import { createCampaign, FakeDialer, finished, isales, v1, v2, v2Campaign } from '../isales-client.test-support.ts';

let app: TestApp;
let receiver: Awaited<ReturnType<typeof startCallbackReceiver>>;
let answers: Array<{ status?: number; body: unknown }> = [];
let id = 0;
const dialer = new FakeDialer();

async function settle(ms = 0) {
  app.clock.advance(ms);
  await app.services.settle();
  app.clock.advance(0);
  await app.services.settle();
}

beforeAll(async () => {
  app = await createTestApp();
  app.services.outbound.runtime.useDialer(dialer);
  receiver = await startCallbackReceiver(app.clock, (n) => answers[n - 1]?.body ?? { retCode: '0', retMsg: 'success' });
  id = await createCampaign(
    app,
    v2Campaign({
      name: 'results',
      initStatus: 1,
      callBackUrl: receiver.url,
      retryPolicy: { policyType: 0, retryDay: 1, retryTimes: 3, callInterval: 60, busiPolicy: "[{'busiResultCode':'B1','busiResultPolicy':2,'callInterval':120}]" },
      callPolicy: undefined,
    }),
    'v2',
  );
});
afterAll(async () => {
  await receiver.close();
  await app.close();
});

const records = [
  { sessionId: '00750', called: [{ calledNo: '80021' }], customField: 'batch1' },
  { sessionId: '00850', called: [{ calledNo: '80022', delayTime: '0' }, { calledNo: '80025' }], customField: 'batch1' },
  { sessionId: '00950', called: [{ calledNo: '80023' }], customField: 'batch2' },
];

describe('7.4.1 / 7.4.2 adding outbound numbers', () => {
  it('adds the V2 records and answers the campaign total', async () => {
    const res = await isales(app, 'POST', `${v2}/calldata/${id}`, { callDataList: records });
    expect(res.body).toEqual({ resultCode: '0200000', resultDesc: '', returnCode: '0200000', returnDesc: '', returnObject: { totalSize: 3 } });
  });

  it('refuses a call within one second of the last (0200022), then takes the V1 example', async () => {
    expect((await isales(app, 'POST', `${v1}/calldata/${id}`, { callDataList: [{ sessionId: '01050', called: '80024' }] })).body.resultCode).toBe('0200022');
    await settle(1000);
    const res = await isales(app, 'POST', `${v1}/calldata/${id}`, { callDataList: [{ sessionId: '01050', called: '80024' }] });
    expect(res.body.returnObject).toEqual({ totalSize: 4 });
  });

  it.each([
    ['21 records', { callDataList: Array.from({ length: 21 }, (_, i) => ({ called: String(90000 + i) })) }, '0200029'],
    ['a number twice', { callDataList: [{ called: '123' }, { called: '123' }] }, '0200018'],
    ['a bad recycle time', { callDataList: [{ called: '123', recycleTime: '2026-13-01 00:00:00' }] }, '0200030'],
    ['no records', { callDataList: [] }, '02000001'],
    ['a number with letters', { callDataList: [{ called: '12a' }] }, '02000002'],
    ['a custom field with a comma', { callDataList: [{ called: '123', customField: 'a,b' }] }, '02000002'],
  ])('refuses %s', async (_label, body, code) => {
    expect((await isales(app, 'POST', `${v1}/calldata/${id}`, body)).body.resultCode).toBe(code);
  });

  it('refuses an unknown campaign (0200007) and another VDN (401)', async () => {
    expect((await isales(app, 'POST', `${v1}/calldata/9999`, { callDataList: [{ called: '1' }] })).body.resultCode).toBe('0200007');
    expect((await isales(app, 'POST', `/rest/isales/v1/openapi/campaigns/7/calldata/${id}`, { callDataList: [{ called: '1' }] })).status).toBe(401);
  });

  it('reads one record back (7.4.6)', async () => {
    await settle(1000);
    const target = (await app.services.repos.isalesCallData.due(1, id, app.clock.now(), 10)).find((r) => r.sessionId === '00850')!;
    const res = await isales(app, 'GET', `${v1}/calldata/${id}/${target.dataId}`);
    expect(res.body).toMatchObject({ resultCode: '0200000', resultDesc: 'query data success', data: { dataId: target.dataId, calledNos: [{ calledNo: '80022', type: null }, { calledNo: '80025', type: null }], properties: [] } });
    expect(target.dataId).toMatch(/^\d{20}$/);
    expect((await isales(app, 'GET', `${v1}/calldata/${id}/12345678901234567890`)).body.resultCode).toBe('0200007');
  });

  it('deletes by sessionId (7.4.3) and needs a filter', async () => {
    const res = await isales(app, 'POST', `${v1}/calldata/${id}/delete`, { sessionId: '01050' });
    expect(res.body).toEqual({ resultCode: '0200000', resultDesc: '', returnCode: '0200000', returnDesc: '', successCount: 1 });
    expect((await isales(app, 'POST', `${v1}/calldata/${id}/delete`, {})).body.resultCode).toBe('02000001');
    expect((await isales(app, 'POST', `${v1}/calldata/${id}/delete`, { recycleTime: '2026-01-05' })).body.resultCode).toBe('0200030');
  });
});

describe('dialling, results and their push', () => {
  it('feeds the records to the dialer when the campaign starts; adding to a running campaign is 0200019', async () => {
    expect((await isales(app, 'PUT', `${v1}/${id}/resume`)).body.resultCode).toBe('0200000');
    await settle();
    expect(dialer.commands).toContain(`start ${id}`);
    expect(dialer.fed.map((t) => [t.sessionId, t.attemptNo])).toEqual([['00750', 1], ['00850', 1], ['00950', 1]]);
    expect(dialer.fed[1]!.numbers).toEqual([{ calledNo: '80022', type: null, delayTime: 0 }, { calledNo: '80025', type: null, delayTime: 0 }]);
    await settle(1000);
    expect((await isales(app, 'POST', `${v1}/calldata/${id}`, { callDataList: [{ called: '555' }] })).body.resultCode).toBe('0200019');
    expect((await isales(app, 'POST', `${v1}/calldata/${id}/delete`, { sessionId: '00750' })).body.resultCode).toBe('0200028');
  });

  it('stores each attempt and pushes its result as a bare array', async () => {
    const now = app.clock.now();
    const [a, b, c] = dialer.fed;
    const runtime = app.services.outbound.runtime;
    for (const t of [a!, b!, c!]) runtime.attempt(1, { phase: 'started', campaignId: id, dataId: t.dataId, attemptNo: 1, numberIndex: 0, called: t.numbers[0]!.calledNo, caller: '88889527', callId: `${t.sessionId}-1`, atMs: now });
    runtime.attempt(1, finished(id, a!, now, { callId: '00750-1', recordPath: 'Y:/1/1/20260105/101/1.V3' }));
    runtime.attempt(1, finished(id, b!, now, { callId: '00850-1', callStatus: 5, failCode: '00537', resultType: 1, answerMs: null, workNo: null, next: { kind: 'retry', atMs: now + 60_000, numberIndex: 0 } }));
    runtime.attempt(1, finished(id, c!, now, { callId: '00950-1', callStatus: 5, failCode: '00603', resultType: 2, answerMs: null, workNo: null, next: { kind: 'final', outcome: 'failed' } }));
    await settle();
    expect(receiver.received).toHaveLength(3);
    const bodies = receiver.received.map((r) => JSON.parse(r.body));
    expect(bodies[0]).toEqual([{ campaignId: String(id), sessionId: '00750', called: '80021', callTimeStr: '2026-01-05 08:00:03', callStatus: 6, failCode: '00000', vdnId: 1, callId: '00750-1', customField: 'batch1', recordPath: 'Y:/1/1/20260105/101/1.V3' }]);
    expect(bodies[1][0]).toMatchObject({ sessionId: '00850', callStatus: 5, failCode: '00537' });
    // CEC §7.6.1 (ref L28124): no signature header on the push.
    expect(receiver.received[0]!.headers.authorization).toBeUndefined();
  });

  it('feeds the retried record again after its interval, as the next attempt', async () => {
    dialer.fed.length = 0;
    await settle(60_000);
    expect(dialer.fed.map((t) => [t.sessionId, t.attemptNo])).toEqual([['00850', 2]]);
  });

  it('lists final results (showDetail 0) and every attempt (1) of complete calls (7.5.1)', async () => {
    const final = await isales(app, 'POST', `${v1}/callresult/${id}`, { pageSize: 500, pageNum: 1 });
    expect(final.body).toMatchObject({ resultCode: '0200000', resultDesc: 'Query Success!', totalCount: 2 });
    expect(final.body.data[0]).toEqual({ campaignId: String(id), sessionId: '00750', called: '80021', callTimeStr: '2026-01-05 08:00:03', callStatus: 6, failCode: '00000', resultCode: '', vdnId: 1, callId: '00750-1', recordPath: 'Y:/1/1/20260105/101/1.V3' });
    const detail = await isales(app, 'POST', `${v1}/callresult/${id}`, { showDetail: 1, pageSize: 2, pageNum: 2 });
    expect(detail.body.totalCount).toBe(3);
    expect(detail.body.data).toHaveLength(1);
    expect((await isales(app, 'POST', `${v1}/callresult/${id}`, { sessionId: '00950' })).body.data.map((r: { callId: string }) => r.callId)).toEqual(['00950-1']);
  });

  it.each([
    ['only a begin time', { beginTime: '2026-01-01' }, '0200008'],
    ['a bad date', { beginTime: '2026/01/01', endTime: '2026-01-02' }, '0200009'],
    ['a begin after the end', { beginTime: '2026-01-05', endTime: '2026-01-04' }, '0200010'],
    ['more than 30 days', { beginTime: '2025-12-01', endTime: '2026-01-05' }, '0200011'],
    ['a detail page over 100', { showDetail: 1, pageSize: 101 }, '02000007'],
  ])('refuses %s in a result query', async (_label, body, code) => {
    expect((await isales(app, 'POST', `${v1}/callresult/${id}`, body)).body.resultCode).toBe(code);
  });

  it('gives one result by call id (7.5.2), 0200007 for an unknown one', async () => {
    const res = await isales(app, 'GET', `${v1}/callresultdetail/00750-1`);
    expect(res.body.data).toEqual({ callId: '00750-1', called: '80021', ackBeginTime: '2026-01-05 08:00:03', callBeginTime: '2026-01-05 08:00:06', callEndTime: '2026-01-05 08:00:33', vdnId: 1, callStatus: 6, failCode: '00000', resultCode: '', recordPath: 'Y:/1/1/20260105/101/1.V3' });
    expect((await isales(app, 'GET', `${v1}/callresultdetail/nope`)).body.resultCode).toBe('0200007');
  });

  it('counts the day (7.4.7) without an envelope, and refuses a repeat within five minutes with 429', async () => {
    const res = await isales(app, 'GET', `${v2}/statistics?campaignId=${id}`);
    expect(res.status).toBe(200);
    expect(Object.keys(res.body)).toEqual(['countDetail']);
    expect(res.body.countDetail[0]).toMatchObject({ campaignId: String(id), totalCount: 3, unCallCount: 1, totalCalledCount: 3, dailyCalledCount: 3, calledCount: 3, totalCallSucc: 1, dailyCallSucc: 1, totalFinishCount: 2, finishCount: 2, dailyFinishCount: 2, dailyCount: 3 });
    expect(res.body.countDetail[0].batchDetail).toEqual(expect.arrayContaining([expect.objectContaining({ batchId: 'batch2', totalCount: 1, totalFinishCount: 1, totalCalledCount: 1 })]));
    const again = await isales(app, 'GET', `${v2}/statistics?campaignId=${id}`);
    expect(again.status).toBe(429);
    expect(again.body.resultDesc).toBe('Do not perform this operation frequently. Please try again later.');
    expect((await isales(app, 'GET', `${v2}/statistics?batchId=batch1`)).body.resultCode).toBe('02000009');
    const batch = await isales(app, 'GET', `${v2}/statistics?campaignId=${id}&batchId=batch1`);
    expect(batch.body.countDetail[0].batchDetail.map((b: { batchId: string }) => b.batchId)).toEqual(['batch1']);
  });

  it('counts failures per day and code (7.1.14)', async () => {
    const res = await isales(app, 'GET', `${v1}/failcategorystatistics?campaignId=${id}`);
    expect(res.body).toMatchObject({ resultCode: '0200000', resultDesc: 'query success', data: [{ statDate: '2026-01-05', failData: { '00537': 1, '00603': 1 } }] });
    expect((await isales(app, 'GET', `${v1}/failcategorystatistics?campaignId=${id}&startDate=2026-01-01`)).body.resultCode).toBe('02000009');
    expect((await isales(app, 'GET', `${v1}/failcategorystatistics?campaignId=9999`)).body.resultCode).toBe('0200007');
  });
});

describe('7.7.1 business result write-back', () => {
  it('writes the result back and busiPolicy 2 dials the same number again after its interval, for the agent named', async () => {
    // The business result and its substatus are defined first (7.1.12): the write-back checks them.
    expect((await isales(app, 'POST', `${v1}/addBusinessResult`, { name: 'Call back', code: 'B1', children: [{ name: 'Later', code: 'S1' }] })).body.resultCode).toBe('0200000');
    const record = (await app.services.repos.isalesResults.byCallId(1, '00750-1'))!;
    const res = await isales(app, 'POST', `${v1}/callBusiResult/${record.dataId}`, { busiResult: 'B1', subStatus: 'S1', busiResultDesc: 'call back', workNo: '101' });
    expect(res.body).toEqual({ resultCode: '0200000', resultDesc: 'The business result is written back successfully.', returnCode: '0200000', returnDesc: 'The business result is written back successfully.' });
    dialer.fed.length = 0;
    await settle(120_000);
    expect(dialer.fed.map((t) => [t.sessionId, t.attemptNo, t.workNo])).toEqual([['00750', 2, 101]]);
  });

  it('refuses an unknown record (0200033), an unconnected one (0200001), a missing result (02000001)', async () => {
    expect((await isales(app, 'POST', `${v1}/callBusiResult/12345678901234567890`, { busiResult: 'B1' })).body.resultCode).toBe('0200033');
    const failed = (await app.services.repos.isalesResults.byCallId(1, '00950-1'))!;
    expect((await isales(app, 'POST', `${v1}/callBusiResult/${failed.dataId}`, { busiResult: 'B1' })).body.resultCode).toBe('0200001');
    expect((await isales(app, 'POST', `${v1}/callBusiResult/${failed.dataId}`, {})).body.resultCode).toBe('02000001');
  });

  it('refuses a sub-status that is not a child of the result (0200034)', async () => {
    const record = (await app.services.repos.isalesResults.byCallId(1, '00750-1'))!;
    const saved = app.services.outbound.businessResultCheck;
    app.services.outbound.businessResultCheck = async () => 'subStatusMismatch';
    try {
      expect((await isales(app, 'POST', `${v1}/callBusiResult/${record.dataId}`, { busiResult: 'B1', subStatus: 'X' })).body.resultCode).toBe('0200034');
    } finally {
      app.services.outbound.businessResultCheck = saved;
    }
  });
});

describe('7.6.1 push retries', () => {
  it('pushes again 10 minutes after an unacknowledged push, six times at most', async () => {
    answers = Array.from({ length: 10 }, () => ({ body: { retCode: '1', retMsg: 'busy' } }));
    const before = receiver.received.length;
    const [target] = dialer.fed;
    const now = app.clock.now();
    app.services.outbound.runtime.attempt(1, finished(id, target!, now, { callId: '00750-2', attemptNo: 2 }));
    await settle();
    for (let i = 0; i < 7; i++) await settle(600_000);
    const pushes = receiver.received.slice(before);
    expect(pushes).toHaveLength(6);
    expect(pushes.map((p) => p.atMs - pushes[0]!.atMs)).toEqual([0, 600_000, 1_200_000, 1_800_000, 2_400_000, 3_000_000]);
  });
});
