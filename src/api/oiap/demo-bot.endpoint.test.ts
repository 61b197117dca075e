import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { oiapClient } from './oiap-client.test-support.ts';

let app: TestApp;
let oiap: Awaited<ReturnType<typeof oiapClient>>;

beforeAll(async () => {
  app = await createTestApp();
  oiap = await oiapClient(app);
});
afterAll(() => app.close());

const turn = (userid: string, inaction: number, inparams: Record<string, unknown>) =>
  app.request({ method: 'POST', url: '/oifde/rest/crs/process', body: { userid, inaction, inparams: { call_id: userid, auth_token: oiap.token, ...inparams } } });

describe('the demo tenant bank bot (issue 13 "done when")', () => {
  it('greets on 4002, answers an FAQ, then transfers to skill 1 with the bot context in the call data', async () => {
    const greeting = await turn('demo-1', 8, { call_sor_id: '13800000009', call_dst_id: '4002' });
    expect(greeting.body.outparams.prompt_text).toBe('Welcome to OpenCEC Bank. Ask me a question, or say agent.');
    const faq = await turn('demo-1', 9, { call_dst_id: '4002', flow_result_type: '1', input: 'when are you open?' });
    expect(faq.body.outparams.prompt_text).toBe('Our branches are open from 9 am to 5 pm, Monday to Friday. Anything else?');
    const transfer = await turn('demo-1', 9, { call_dst_id: '4002', flow_result_type: '1', input: 'I want to talk to an agent' });
    expect(transfer.body.outaction).toBe(11);
    expect(transfer.body.outparams).toMatchObject({ trans_type: '1', route_value: '1' });
    expect(transfer.body.outparams.trans_data).toMatch(/^oiap=demo-1;intent=agent;faq=\d+;said=I want to talk to an agent$/);
  });

  it('fills the callback number slot with a confirmation', async () => {
    await turn('demo-2', 8, { call_sor_id: '13800000009', call_dst_id: '4002' });
    expect((await turn('demo-2', 9, { call_dst_id: '4002', flow_result_type: '1', input: 'please call me back' })).body.outparams.prompt_text).toBe('Which number should we call you back on?');
    expect((await turn('demo-2', 9, { call_dst_id: '4002', flow_result_type: '1', input: 'tomorrow' })).body.outparams.prompt_text).toBe('Please say or key in a phone number.');
    expect((await turn('demo-2', 9, { call_dst_id: '4002', flow_result_type: '2', input: '13912345678' })).body.outparams.prompt_text).toBe('We will call you back on 13912345678. Is that right?');
    expect((await turn('demo-2', 9, { call_dst_id: '4002', flow_result_type: '1', input: 'yes' })).body.outparams.prompt_text).toBe('Thank you. An agent will call 13912345678 within one working day. Goodbye.');
    expect((await turn('demo-2', 9, { call_dst_id: '4002', flow_result_type: '3', input: 'playover' })).body.outaction).toBe(10);
  });

  it('serves web chat text prompts through the chat binding', async () => {
    const greeting = await turn('chat-1', 8, { call_sor_id: 'visitor-1', call_dst_id: 'chat-bank', channelType: 'WEB', mediaType: 'text' });
    expect(greeting.body.outparams.prompt_type).toBe('3');
  });

  it('answers the Chinese FAQ group through testEnabledGroups', async () => {
    const res = await oiap('/oifde/rest/api/faq/testEnabledGroups', { user: 'u', sentence: '我的银行卡丢了', language: 'zh_CN' });
    expect(res.body.answer).toMatchObject({ faqGroupName: '银行常见问题', question: '银行卡丢了怎么办？' });
  });
});
