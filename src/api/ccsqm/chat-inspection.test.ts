// Goal: finished web chats are inspected automatically like recorded calls (decision 1230): a
// scenario for text interactions (interaction_type 2) scores each agent's chat from its stored
// transcript, as call_type 2, with the rule hits at the lines that broke them.
// Method: the chat test server (agents 101–103 on the chat skill), a customer and agent 101 chat
// over HTTP on the virtual clock, the customer leaves, and the quality-check scheduler ticks.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChatCustomer, createChatApp } from '../../../test/support/chat-client.ts';
import { advance, GatewayAgent } from '../../../test/support/gateway-client.ts';
import { bearerToken, type TestApp } from '../../../test/support/test-app.ts';
import { isqmBase, sqmCaller, type SqmCaller } from './ccsqm.test-support.ts';
import { dialogRule, sentence } from './ccsqm-fixtures.test-support.ts';

let app: TestApp;
let call: SqmCaller;
beforeAll(async () => {
  app = await createChatApp();
  call = sqmCaller(app, await bearerToken(app));
});
afterAll(() => app.close());

describe('automatic inspection of web chats (decision 1230)', () => {
  it('scores the agent’s chat from its transcript as call_type 2', async () => {
    const greeting = await sentence(call, 'greeting', ['thank you for contacting']);
    const { ruleId } = await dialogRule(call, 'Greet the customer', [{ op: 'must', sentence: greeting, role: 'staff' }], { score: 10 });
    const created = await call('scenariomanage/createScenario', { group_name: 'Chat', description: 'Chat', ignore_sensitive: 0, interaction_type: 2, other: {} });
    const groupId = created.body.group_id as string;
    expect((await call('scenariomanage/updateScenario', { group_id: groupId, group_name: 'Chat', is_enable: 1, interaction_type: 2, rules: [ruleId] })).status).toBe(200);

    const customer = await ChatCustomer.start(app, 'qc-1');
    const agent = await GatewayAgent.signIn(app, 101, { autoanswer: false });
    await agent.events();
    await customer.send('CONNECT');
    const offer = (await agent.events()).find(([t]) => t === 'AgentEvent_Ringing')!;
    const callId = (offer[1] as { callid: string }).callid;
    await agent.call('PUT', `voicecall/{id}/answer?callid=${callId}`);
    await customer.send('CHAT', 'Hello, my bill is wrong');
    await advance(app, 3_000);
    await agent.call('POST', 'mediacall/{id}/sendmessage', { callid: callId, data: JSON.stringify({ mediaType: 'TEXT', content: 'Let me check that for you.' }) });
    await advance(app, 10_000);
    await customer.send('DISCONNECT');
    await app.services.settle();
    await advance(app, 61_000);
    await app.services.settle();

    const listed = (await call('appraisecall/details', { call_types: [2], status: [2], page: 1, limit: 10, upload_from: null, upload_to: null, staff_id: '101' })).body;
    expect(listed.paging.total).toBe(1);
    const summary = listed.data[0].calls[0];
    expect(summary).toMatchObject({ call_id: callId, staff_id: '101', status: 2 });
    const detail = (await call('appraisecall/detail', { call_uuid: summary.call_uuid })).body;
    expect(detail.segments.map((s: { speaker: string; asr_text: string }) => [s.speaker, s.asr_text])).toEqual([
      ['customer', 'Hello, my bill is wrong'],
      ['staff', 'Let me check that for you.'],
    ]);
    const [record] = (await call(`${isqmBase}/appraisecall/credit`, { call_uuid: summary.call_uuid })).body;
    // The agent never greeted: the rule fails and its 10 points are deducted.
    expect(record.credit[0]).toMatchObject({ setting: { group_id: groupId }, rules: [{ valid: false, score: -10 }] });
    // A voice scenario does not take chats, and a chat is inspected once.
    await advance(app, 61_000);
    await app.services.settle();
    expect((await call('appraisecall/details', { call_types: [2], status: [2], page: 1, limit: 10, upload_from: null, upload_to: null, staff_id: '101' })).body.paging.total).toBe(1);
  });
});
