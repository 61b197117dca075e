import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { oiapClient, otherOiapTenant } from './oiap-client.test-support.ts';

let app: TestApp;
let oiap: Awaited<ReturnType<typeof oiapClient>>;
let other: Awaited<ReturnType<typeof oiapClient>>;

const definition = {
  start: 'ask',
  language: '1',
  nodes: [
    { id: 'ask', type: 'prompt', text: 'How can I help?', collect: 'speech', next: 'again' },
    { id: 'again', type: 'prompt', text: 'Bot reply.', collect: 'speech', next: 'again' },
  ],
};

beforeAll(async () => {
  app = await createTestApp();
  oiap = await oiapClient(app);
  other = await otherOiapTenant(app);
  const flow = await oiap('/opencec/v1/oiap/flows', { flowName: 'Watched bot', workMode: 2, definition });
  await oiap('/oifde/rest/api/createnavigationinfo', { accessCode: '6001', dialogType: 3, flowCode: flow.body.flow.flowCode, description: 'insertion' });
  const plain = await oiap('/opencec/v1/oiap/flows', { flowName: 'Plain bot', definition });
  await oiap('/oifde/rest/api/createnavigationinfo', { accessCode: '6002', dialogType: 3, flowCode: plain.body.flow.flowCode, description: 'common' });
});
afterAll(() => app.close());

const turn = (userid: string, inaction: number, inparams: Record<string, unknown>) =>
  app.request({ method: 'POST', url: '/oifde/rest/crs/process', body: { userid, inaction, inparams: { call_id: userid, auth_token: oiap.token, ...inparams } } });

describe('10.11 silent agent', () => {
  it('says the agent reply instead of the bot (responseSource 1) in insertion mode', async () => {
    await turn('sa-1', 8, { call_sor_id: 'u1', call_dst_id: '6001' });
    const reply = await oiap('/oifde/rest/api/flow/receiveDialogrecord', { callId: 'sa-1', agentId: '101', nodeId: 'again', replyType: 1, replyIntentCode: 'silentInsertReply', replyIntentContent: 'An agent here: your card is blocked.', replyIntentName: 'silentInsertReply' });
    expect(reply.body).toEqual({ errorCode: '0', errorMsg: '' });
    const next = await turn('sa-1', 9, { call_dst_id: '6001', flow_result_type: '1', input: 'is my card blocked?' });
    expect(next.body.outparams).toMatchObject({ prompt_text: 'An agent here: your card is blocked.', responseSource: '1' });
    expect((await turn('sa-1', 9, { call_dst_id: '6001', flow_result_type: '1', input: 'thanks' })).body.outparams).toMatchObject({ prompt_text: 'Bot reply.', responseSource: '0' });
    const records = await oiap('/oifde/rest/api/queryRecordHistory', { callId: 'sa-1' });
    expect(records.body.recordList[0].recordDetails[1]).toMatchObject({ responseSource: 1, involveMode: 2 });
  });

  it('takes the call with workMode 3: the next response is the transfer', async () => {
    await turn('sa-2', 8, { call_sor_id: 'u2', call_dst_id: '6001' });
    const res = await oiap('/oifde/rest/api/flow/changeWorkMode', { callId: 'sa-2', agentId: '101', workMode: '3', callTransferRequest: { callTransferType: '5', callTransferRouteValue: '88880006' } });
    expect(res.body).toEqual({ errorCode: '0', errorMsg: '' });
    const next = await turn('sa-2', 9, { call_dst_id: '6001', flow_result_type: '1', input: 'hello' });
    expect(next.body.outaction).toBe(11);
    expect(next.body.outparams).toMatchObject({ trans_type: '5', route_value: '88880006' });
    const records = await oiap('/oifde/rest/api/queryTransferRecordHistory', { callId: 'sa-2' });
    expect(records.body.transferRecordList).toEqual([expect.objectContaining({ callId: 'sa-2', transfNumber: '88880006', opResult: 'INIT', recordResult: 'N/A' })]);
    await turn('sa-2', 11, { call_dst_id: '6001', trans_result: '0', record_result: '0', begin_trans: '', end_trans: '' });
    const settled = await oiap('/oifde/rest/api/queryTransferRecordHistory', { callId: 'sa-2' });
    expect(settled.body.transferRecordList[0]).toMatchObject({ opResult: 'SUCCESS', recordResult: '0', endTime: expect.any(Number) });
  });

  it('refuses calls in common mode, workMode 3 without a transfer, unknown calls, and other tenants', async () => {
    await turn('sa-3', 8, { call_sor_id: 'u3', call_dst_id: '6002' });
    expect((await oiap('/oifde/rest/api/flow/changeWorkMode', { callId: 'sa-3', agentId: '101', workMode: 1 })).body.errorCode).toBe('10000002');
    await turn('sa-4', 8, { call_sor_id: 'u4', call_dst_id: '6001' });
    expect((await oiap('/oifde/rest/api/flow/changeWorkMode', { callId: 'sa-4', agentId: '101', workMode: 3 })).body.errorCode).toBe('10000002');
    expect((await oiap('/oifde/rest/api/flow/changeWorkMode', { callId: 'nope', agentId: '101', workMode: 1 })).body.errorCode).toBe('10000003');
    expect((await other('/oifde/rest/api/flow/changeWorkMode', { callId: 'sa-4', agentId: '101', workMode: 1 })).body.errorCode).toBe('10000003');
    expect((await oiap('/oifde/rest/api/flow/changeWorkMode', { callId: 'sa-4', agentId: '101', workMode: 1 })).body.errorCode).toBe('0');
    expect((await oiap('/oifde/rest/api/flow/receiveDialogrecord', { callId: 'sa-4', agentId: '101', nodeId: 'x', replyIntentCode: 'c', replyIntentContent: 'hi', replyIntentName: 'n' })).body.errorCode).toBe('10000002');
  });
});
