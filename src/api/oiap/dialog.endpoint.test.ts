import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { oiapClient, otherOiapTenant, testCorpus, testFlowDefinition } from './oiap-client.test-support.ts';

let app: TestApp;
let oiap: Awaited<ReturnType<typeof oiapClient>>;
let other: Awaited<ReturnType<typeof oiapClient>>;
let billing: http.Server;
let billingUrl = '';
const billingCalls: string[] = [];

beforeAll(async () => {
  billing = http.createServer((req, res) => {
    billingCalls.push(req.url ?? '');
    const fail = req.url?.includes('msisdn=fail');
    res.writeHead(fail ? 500 : 200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ data: { fee: '12.50' } }));
  });
  await new Promise<void>((resolve) => billing.listen(0, '127.0.0.1', resolve));
  billingUrl = `http://127.0.0.1:${(billing.address() as AddressInfo).port}`;
  app = await createTestApp();
  oiap = await oiapClient(app);
  other = await otherOiapTenant(app);
  await oiap('/opencec/v1/oiap/corpus', testCorpus);
  const flow = await oiap('/opencec/v1/oiap/flows', { flowName: 'Test bot', definition: testFlowDefinition });
  await oiap('/oifde/rest/api/createnavigationinfo', { accessCode: '5002', dialogType: 1, flowCode: flow.body.flow.flowCode, description: 'voice bot' });
  const fee = await oiap('/opencec/v1/oiap/flows', {
    flowName: 'Fee bot',
    definition: {
      start: 'fee',
      language: '1',
      nodes: [
        { id: 'fee', type: 'http', method: 'GET', url: `${billingUrl}/fee?msisdn=\${call_sor_id}`, map: { fee: 'data.fee' }, next: 'say', onError: 'sorry' },
        { id: 'say', type: 'prompt', text: 'Your fee is ${fee}.', collect: 'none', next: 'queue' },
        { id: 'queue', type: 'query', promptType: 1, next: 'position' },
        { id: 'position', type: 'prompt', text: 'You are number ${queueIndex}.', collect: 'none', next: 'end' },
        { id: 'sorry', type: 'prompt', text: 'Billing is unavailable.', collect: 'none', next: 'end' },
        { id: 'end', type: 'end' },
      ],
    },
  });
  await oiap('/oifde/rest/api/createnavigationinfo', { accessCode: '5003', dialogType: 1, flowCode: fee.body.flow.flowCode, description: 'fee bot' });
});
afterAll(async () => {
  await app.close();
  billing.close();
});

function turn(userid: string, inaction: number, inparams: Record<string, unknown>, extparams?: Record<string, unknown>, url = '/oifde/rest/crs/process') {
  return app.request({ method: 'POST', url, body: { userid, inaction, inparams: { call_id: userid, auth_token: oiap.token, ...inparams }, ...(extparams ? { extparams } : {}) } });
}
const init = (userid: string, callDst = '5002', extra: Record<string, unknown> = {}) => turn(userid, 8, { call_sor_id: '13800000001', call_dst_id: callDst, cti_callid: '1648805538-1657', ...extra });
const say = (userid: string, input: string, resultType = 1) => turn(userid, 9, { call_dst_id: '5002', flow_result_type: String(resultType), input });

describe('10.5 dialog: greeting, FAQ answer, agent transfer', () => {
  it('runs the documented sequence 8 → 9 → 9 → 11 → 11(hangup)', async () => {
    const first = await init('call-1');
    expect(first.status).toBe(200);
    expect(first.body).toEqual({
      ret: 0,
      userid: 'call-1',
      outaction: 9,
      outparams: expect.objectContaining({ call_id: 'call-1', prompt_type: '2', prompt_text: 'Welcome 13800000001. How can I help?', language: '1', inter_idx: '1', model_type: '1110101', timeout: '10' }),
    });
    const faq = await say('call-1', 'I lost my credit card');
    expect(faq.body.outaction).toBe(9);
    expect(faq.body.outparams.prompt_text).toBe('Call us or freeze the card in the app. Anything else?');
    expect(faq.body.outparams.inter_idx).toBe('2');
    const agent = await say('call-1', 'I want to talk to an agent please');
    expect(agent.body).toEqual({ ret: 0, userid: 'call-1', outaction: 11, outparams: { call_id: 'call-1', call_sor_id: '13800000001', trans_type: '1', route_value: '1', trans_data: 'bot:agent', calling_num: '', record_path: '', inter_idx: '2', trans_idx: '1' } });
    const done = await turn('call-1', 11, { call_dst_id: '5002', begin_trans: '2018090407:16:24', end_trans: '2018090407:16:30', trans_result: '0', input: '' });
    expect(done.body.outaction).toBe(10);
    expect(done.body.outparams).toMatchObject({ call_id: 'call-1', call_sor_id: '13800000001', call_dst_id: '5002', release_reason: '0', start_time: '2026010508:00:00' });
    const again = await turn('call-1', 11, { call_dst_id: '5002', begin_trans: '', end_trans: '', trans_result: '0', input: 'hangup' });
    expect(again.body.outaction).toBe(10);
  });

  it('keeps the same state machine behind V2 with the tenant VDN, and refuses another VDN', async () => {
    const v2 = await turn('call-v2', 8, { call_sor_id: '13800000001', call_dst_id: '5002' }, undefined, '/oifde/rest/v2/crs/process/1');
    expect(v2.body.outparams.prompt_text).toBe('Welcome 13800000001. How can I help?');
    const wrong = await turn('call-v2b', 8, { call_sor_id: '13800000001', call_dst_id: '5002' }, undefined, '/oifde/rest/v2/crs/process/7');
    expect(wrong.body).toEqual({ ret: 900002, errorMsg: expect.any(String) });
  });
});

describe('10.5 dialog: slot filling with retries and conditions', () => {
  it('asks again on a wrong answer, then branches on the value', async () => {
    await init('call-slot');
    expect((await say('call-slot', 'check my account balance')).body.outparams.prompt_text).toBe('Please enter your 6-digit account number.');
    const retry = await say('call-slot', '12', 2);
    expect(retry.body.outparams.prompt_text).toBe('That was not 6 digits. Try again.');
    expect(retry.body.outparams.model_type).toBe('1113201');
    const ok = await say('call-slot', '123 456', 2);
    expect(ok.body.outparams).toMatchObject({ prompt_text: 'Account 123456 has a balance of 100.', model_type: '1000000' });
    expect((await say('call-slot', 'playover', 3)).body).toMatchObject({ outaction: 10, outparams: { release_reason: '0' } });
    expect((await say('call-slot', 'hangup', 3)).body.outaction).toBe(10);
  });

  it('transfers when the slot retries are exhausted, and follows the failure branch', async () => {
    await init('call-slot2');
    await say('call-slot2', 'what is my balance');
    await say('call-slot2', 'no idea');
    const transfer = await say('call-slot2', 'still no');
    expect(transfer.body.outaction).toBe(11);
    const failed = await turn('call-slot2', 11, { call_dst_id: '5002', trans_result: '1', begin_trans: '', end_trans: '' });
    expect(failed.body.outparams.prompt_text).toBe('All agents are busy. Goodbye.');
  });

  it('treats unknown sentences as retries, then transfers', async () => {
    await init('call-unknown');
    expect((await say('call-unknown', 'zzzz qqqq')).body.outparams.prompt_text).toBe('Sorry, I did not understand. Please say it again.');
    expect((await say('call-unknown', 'xxxx yyyy')).body.outaction).toBe(11);
  });

  it('replays the greeting on timeout and transfers after the retries', async () => {
    await init('call-timeout');
    expect((await say('call-timeout', 'timeout', -1)).body.outparams.inter_idx).toBe('2');
    await say('call-timeout', 'timeout', -1);
    expect((await say('call-timeout', 'timeout', -1)).body.outaction).toBe(11);
  });
});

describe('10.5 dialog: REST nodes and queue queries', () => {
  it('calls the configured service and reads the reply into variables', async () => {
    const first = await init('call-fee', '5003');
    expect(first.body.outparams.prompt_text).toBe('Your fee is 12.50.');
    expect(billingCalls.at(-1)).toBe('/fee?msisdn=13800000001');
    const query = await turn('call-fee', 9, { call_dst_id: '5003', flow_result_type: '3', input: 'playover' });
    expect(query.body).toEqual({ ret: 0, userid: 'call-fee', outaction: 12, outparams: { call_id: 'call-fee', prompt_type: '1', moduleName: 'queue', inter_idx: '1' } });
    const position = await turn('call-fee', 9, { call_dst_id: '5003', flow_result_type: '-1', input: '' }, { queueIndex: '2', agentCount: '5' });
    expect(position.body.outparams.prompt_text).toBe('You are number 2.');
  });

  it('takes the error branch when the service fails', async () => {
    const first = await init('call-fee-bad', '5003', { call_sor_id: 'fail' });
    expect(first.body.outparams.prompt_text).toBe('Billing is unavailable.');
  });
});

describe('10.5 dialog: errors and sessions', () => {
  it('answers the documented codes', async () => {
    expect((await app.request({ method: 'POST', url: '/oifde/rest/crs/process', body: { userid: 'x', inaction: 8, inparams: { auth_token: 'bad', call_sor_id: '1', call_dst_id: '5002' } } })).body).toEqual({ ret: 900001, errorMsg: expect.any(String) });
    const unbound = await init('call-nobind', '9999');
    expect(unbound.status).toBe(500);
    expect(unbound.body.ret).toBe(10000003);
    const malformed = await turn('call-bad', 8, { call_sor_id: '1', call_dst_id: 'x'.repeat(21) });
    expect(malformed.status).toBe(400);
    expect(malformed.body.ret).toBe(10000002);
    expect((await turn('call-bad', 8, { call_sor_id: { a: 1 }, call_dst_id: '5002' })).body.ret).toBe(10000002);
    expect((await turn('call-bad', 5, {})).body.ret).toBe(10000002);
    expect((await say('call-never', 'hello')).body.ret).toBe(10000003);
    await init('call-dup');
    expect((await init('call-dup')).body.ret).toBe(10000004);
  });

  it('never shows one tenant the call instances of another', async () => {
    await init('call-iso');
    const res = await app.request({ method: 'POST', url: '/oifde/rest/crs/process', body: { userid: 'call-iso', inaction: 9, inparams: { call_id: 'call-iso', auth_token: other.token, call_dst_id: '5002', flow_result_type: '1', input: 'hello' } } });
    expect(res.status).toBe(500);
    expect(res.body.ret).toBe(10000003);
  });

  it('closes an idle call instance after 30 minutes with release_reason 1', async () => {
    await init('call-idle');
    app.clock.advance(31 * 60 * 1000);
    expect((await say('call-idle', 'hello')).body.ret).toBe(10000003);
    expect((await say('call-idle', 'hangup')).body.outparams.release_reason).toBe('1');
  });

  it('keeps a call instance (of the demo bot) across a server restart of the same store', async () => {
    const dir = (await import('node:fs')).mkdtempSync((await import('node:path')).join((await import('node:os')).tmpdir(), 'oiap-restart-'));
    const storeUrl = `sqlite:${dir}/store.db`;
    const first = await createTestApp({ storeUrl });
    const c1 = await oiapClient(first);
    await first.request({ method: 'POST', url: '/oifde/rest/crs/process', body: { userid: 'r1', inaction: 8, inparams: { auth_token: c1.token, call_sor_id: '1', call_dst_id: '4002' } } });
    await first.close();
    const second = await createTestApp({ storeUrl });
    const c2 = await oiapClient(second);
    const res = await second.request({ method: 'POST', url: '/oifde/rest/crs/process', body: { userid: 'r1', inaction: 9, inparams: { auth_token: c2.token, call_dst_id: '4002', flow_result_type: '1', input: 'my credit card was stolen' } } });
    expect(res.body.outparams.prompt_text).toBe('You can freeze a lost card at once in the mobile app, or ask an agent to block it. Anything else?');
    await second.close();
  });
});

describe('10.5.4 / 10.5.5 packet capture', () => {
  it('opens a capture (7 → 7), marks prompts for capture recognition, and polls (13)', async () => {
    expect((await turn('call-cap', 7, { call_dst_id: '5002' })).body).toEqual({ ret: 0, userid: 'call-cap', outaction: 7, outparams: {} });
    const first = await init('call-cap');
    expect(first.body.outparams.specialRecognize).toBe('1');
    expect((await turn('call-cap', 13, { call_dst_id: '5002' })).body).toEqual({ ret: 0, userid: 'call-cap', outaction: 13, outparams: { call_id: 'call-cap', recognize_type: '0' } });
  });
});
