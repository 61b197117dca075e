import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testEpochMs, type TestApp } from '../../../test/support/test-app.ts';
import { oiapClient, otherOiapTenant } from './oiap-client.test-support.ts';

let app: TestApp;
let oiap: Awaited<ReturnType<typeof oiapClient>>;
let other: Awaited<ReturnType<typeof oiapClient>>;

const turn = (userid: string, inaction: number, inparams: Record<string, unknown>) =>
  app.request({ method: 'POST', url: '/oifde/rest/crs/process', body: { userid, inaction, inparams: { call_id: userid, auth_token: oiap.token, ...inparams } } });
const say = (userid: string, input: string, extra: Record<string, unknown> = {}) => turn(userid, 9, { call_dst_id: '4002', flow_result_type: '1', input, ...extra });

beforeAll(async () => {
  app = await createTestApp();
  oiap = await oiapClient(app);
  other = await otherOiapTenant(app);
  // Call A: greeting, one FAQ, then the caller hangs up in the IVR (bot-only, 2 interactions).
  await turn('A', 8, { call_sor_id: '13800000001', call_dst_id: '4002', cti_callid: 'cti-A' });
  await say('A', 'when are you open', { feedback: '1' });
  await say('A', 'hangup');
  // Call B: greeting, FAQ, transfer to an agent (3 interactions, transferred).
  app.clock.advance(60_000);
  await turn('B', 8, { call_sor_id: '13800000002', call_dst_id: '4002' });
  await say('B', 'I lost my card');
  await say('B', 'agent please');
  await turn('B', 11, { call_dst_id: '4002', trans_result: '0', begin_trans: '', end_trans: '' });
});
afterAll(() => app.close());

describe('10.7 queryHistory', () => {
  it('returns the turns of the latest call of the user', async () => {
    const res = await oiap('/oifde/rest/api/queryHistory', { params: { userMobile: '13800000001' } });
    expect(res.body).toMatchObject({ rtnCode: 0, rtnMsg: 'Success', callId: 'A', callSorId: '13800000001', object: null, bean: null });
    expect(res.body.beans).toEqual([
      { interNo: '1', userSaying: '', intention: '', systemReply: 'Welcome to OpenCEC Bank. Ask me a question, or say agent.', type: 'TTS', timestamp: '2026-01-05 08:00:00.0', responseSource: '0' },
      { interNo: '2', userSaying: 'when are you open', intention: 'What are your opening hours?', systemReply: expect.stringContaining('9 am to 5 pm'), type: 'TTS', timestamp: '2026-01-05 08:00:00.0', responseSource: '0' },
    ]);
    expect((await other('/oifde/rest/api/queryHistory', { params: { userMobile: '13800000001' } })).body.beans).toEqual([]);
  });
});

describe('10.8 queryRecordHistory and 10.18', () => {
  it('needs one of callId, userMobile, ctiCallId (10000002)', async () => {
    expect((await oiap('/oifde/rest/api/queryRecordHistory', {})).body.errorCode).toBe(10000002);
    expect((await oiap('/oifde/rest/api/queryRecordHistory', { callId: 'A', beginTime: '2026-13-01 00:00:00' })).body.errorCode).toBe(10000002);
  });

  it('returns the session with its turns', async () => {
    const res = await oiap('/oifde/rest/api/queryRecordHistory', { ctiCallId: 'cti-A', pageNum: '1', pageSize: '5' });
    expect(res.body).toMatchObject({ errorCode: 0, total: 1 });
    expect(res.body.recordList[0]).toMatchObject({ callId: 'A', ctiCallId: 'cti-A', callingNumber: '13800000001', calledNumber: '4002', startTime: testEpochMs, dialogType: '1', qaRecords: [] });
    expect(JSON.parse(res.body.recordList[0].businessInfoStr)).toHaveProperty('recordFileName');
    expect(res.body.recordList[0].recordDetails).toHaveLength(2);
    expect(res.body.recordList[0].recordDetails[1]).toMatchObject({ interNo: '2', userSaying: 'when are you open', responseSource: 0, involveMode: 0 });
    expect((await other('/oifde/rest/api/queryRecordHistory', { callId: 'A' })).body.total).toBe(0);
  });

  it('lists no third-party transfers for transfers to a skill', async () => {
    expect((await oiap('/oifde/rest/api/queryTransferRecordHistory', { callId: 'B' })).body).toEqual({ errorCode: 0, errorMessage: 'success!', total: 0, transferRecordList: [] });
  });
});

describe('10.15 statistics reports', () => {
  it('counts the calls of 4002 per hour (10.15.1)', async () => {
    const res = await oiap('/oifde/rest/api/queryCallStatisticsReport', { accessCode: '4002', timestamp: testEpochMs, type: 'hour' });
    expect(res.body).toEqual([
      {
        recordTime: testEpochMs,
        tenantId: 'demo-ak',
        accessCode: '4002',
        callCount: 2,
        exitNoConsultCount: 0,
        callStaffNoConsultCount: 1,
        callStaffConsultCount: 0,
        exitConsultingCount: 1,
        interactCount: 5,
        autonomyRate: '0.5000',
        averageInteractPerCall: '2.50',
        dbRecordTime: testEpochMs,
        interfaceRequestCount: 0,
        interfaceSuccessCount: 0,
        interfaceSuccessRate: '-1.0000',
        type: 'hour',
      },
    ]);
    expect((await other('/oifde/rest/api/queryCallStatisticsReport', { accessCode: '4002', timestamp: testEpochMs, type: 'day' })).body).toEqual([]);
  });

  it('counts replies and feedback (10.15.2)', async () => {
    const res = await oiap('/oifde/rest/api/queryChatbotReport', { accessCode: '4002', timestamp: testEpochMs, type: 'day' });
    expect(res.body).toEqual([{ recordTime: Date.UTC(2026, 0, 5), tenantId: 'demo-ak', accessCode: '4002', type: 'day', consultCount: 3, responseSuccessCount: 3, unknowCount: 0, responseRate: '1.0000', feedbackCount: 1, positiveFeedbackCount: 1, positiveFeedbackRate: '1.0000' }]);
  });

  it('reports configured and hit knowledge (10.15.3)', async () => {
    const totals = await oiap('/oifde/rest/api/queryKnowledgeReport', { type: 'day' });
    expect(totals.body).toEqual({ tenantId: 'demo-ak', qaCount: 5, intentCount: 4, talkCount: 0 });
    const res = await oiap('/oifde/rest/api/queryKnowledgeReport', { type: 'month', timestamp: testEpochMs });
    expect(res.body).toMatchObject({ effectiveQaCount: 2, effectiveQaSum: 2, effectiveIntentCount: 1, effectiveIntentSum: 1, intentList: [{ name: 'Transfer to agent(agent)', count: 1 }] });
    expect(res.body.qaList).toHaveLength(2);
  });

  it('ranks the hot chatbots (10.15.4)', async () => {
    expect((await oiap('/oifde/rest/api/queryChatbotHotspotData', { type: 'day', timestamp: testEpochMs })).body).toEqual([{ name: '4002', count: 2 }]);
    expect((await oiap('/oifde/rest/api/queryChatbotHotspotData', { type: 'week', timestamp: testEpochMs })).body.errorCode).toBe(10000002);
  });
});
