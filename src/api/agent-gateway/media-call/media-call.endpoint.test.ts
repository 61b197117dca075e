// Goal: the agent side of web chat (§6.1.5) over the gateway: sendmessage reaches the customer's
// poll exactly, setcallnums sets the concurrency the ACD uses, transfer moves chats, the H5
// interfaces answer, and every documented code comes back. Method: a test server with agents
// 101–103 on the chat skill; customers through chapter 11, agents through the gateway client.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChatCustomer, createChatApp, demoChannelId } from '../../../../test/support/chat-client.ts';
import { GatewayAgent } from '../../../../test/support/gateway-client.ts';
import type { TestApp } from '../../../../test/support/test-app.ts';

let app: TestApp;
let a101: GatewayAgent;
let a102: GatewayAgent;
beforeAll(async () => {
  app = await createChatApp();
  a101 = await GatewayAgent.signIn(app, 101, { autoanswer: false });
  a102 = await GatewayAgent.signIn(app, 102, { autoanswer: true });
  await a101.call('POST', 'mediacall/{id}/setcallnums', { mediaType: '53', callnums: '1' });
  await a102.call('POST', 'mediacall/{id}/setcallnums', { mediaType: '53', callnums: '1' });
});
afterAll(() => app.close());

const data = (fields: Record<string, unknown>) => JSON.stringify({ from: demoChannelId, to: 'x', channel: 'WEB', controlType: 'CHAT', senderNickname: 'Agent', senderAvatar: '', sendTime: 1700000000000, ...fields });
const callIdOf = (events: Array<[string, unknown]>, type: string) => (events.find(([t]) => t === type)?.[1] as { callid: string } | undefined)?.callid ?? '';

describe('mediacall (§6.1.5)', () => {
  it('answers a ringing chat through 6.1.2.3, carries text and an image both ways, and queues the next chat at the limit', async () => {
    await a101.events();
    await a102.events();
    // 102 answers automatically and takes the first chat; 101 rings for the second.
    const c1 = await ChatCustomer.start(app, 'm-1');
    await c1.send('CONNECT');
    const c2 = await ChatCustomer.start(app, 'm-2');
    await c2.send('CONNECT');
    const first = await a102.events();
    expect(first.map(([t]) => t)).toEqual(['AgentEvent_Auto_Answer', 'AgentEvent_Talking']);
    const ringing = await a101.events();
    expect(ringing.map(([t]) => t)).toEqual(['AgentEvent_Ringing']);
    const callId = callIdOf(ringing, 'AgentEvent_Ringing');
    // Both agents were free: routing picked by longest availability; follow whoever rang at 101.
    const ringingCaller = (ringing[0]![1] as { caller: string }).caller;
    const [mine, other] = ringingCaller === 'm-1' ? [c1, c2] : [c2, c1];
    expect((await a101.call('PUT', `voicecall/{id}/answer?callid=${callId}`)).body.retcode).toBe('0');
    expect(await a101.eventTypes()).toEqual(['AgentEvent_Talking']);
    // Both agents are at their limit of one: the third chat waits.
    const c3 = await ChatCustomer.start(app, 'm-3');
    expect((await c3.send('CONNECT')).body.resultCode).toBe('11');
    // Text and an image from the agent arrive exactly as sent.
    const msg = { mediaType: 'IMAGE', content: 'c0ffee', mediaFileType: 'jpg', contentType: '1', messageCode: 'b72d414f-97ca-4897-bc9f-a727ad92ff12' };
    expect((await a101.call('POST', 'mediacall/{id}/sendmessage', { callid: callId, userid: mine.userId, data: data(msg) })).body).toEqual({ message: 'success', retcode: '0' });
    const polled = await mine.poll();
    expect(polled.at(-1)).toMatchObject({ sourceType: 'AGENT', content: 'c0ffee', mediaType: 'IMAGE', mediaFileType: 'jpg', contentType: '1', messageCode: msg.messageCode, timestamp: 1700000000000, from: demoChannelId, to: mine.userId, senderNickname: 'Agent' });
    expect((await mine.send('CHAT', 'obj-9,jpg', 'IMAGE')).body.resultCode).toBe('0');
    expect((await a101.events())[0]).toEqual(['AgentEvent_MessageData', expect.objectContaining({ callid: callId, message: 'obj-9,jpg', mediaAbility: '5' })]);
    // The agent ends the chat: the customer is told, and the waiting chat reaches 101.
    expect((await a101.call('POST', `voicecall/{id}/dropcall/${callId}`)).body.retcode).toBe('0');
    expect((await mine.poll()).map((m) => m.controlType)).toEqual(['DISCONNECT']);
    expect((await a101.eventTypes()).slice(0, 2)).toEqual(['AgentEvent_Call_Release', 'AgentEvent_Ringing']);
    await c3.send('DISCONNECT');
    await other.send('DISCONNECT');
    await a101.events();
    await a102.events();
  });

  it('answers the documented codes of sendmessage and setcallnums', async () => {
    // 101 is busy, so the chat goes to 102 (auto-answer).
    expect((await a101.call('POST', 'onlineagent/{id}/saybusy')).body.retcode).toBe('0');
    const c = await ChatCustomer.start(app, 'm-err');
    await c.send('CONNECT');
    const callId = callIdOf(await a102.events(), 'AgentEvent_Auto_Answer');
    const send = (body: unknown) => a102.call('POST', 'mediacall/{id}/sendmessage', body);
    expect((await send({ data: data({ mediaType: 'TEXT', content: 'x' }) })).body.retcode).toBe('106-013');
    expect((await send({ callid: callId })).body.retcode).toBe('106-002');
    expect((await send({ callid: callId, data: data({ mediaType: 'TEXT', content: '' }) })).body.retcode).toBe('106-002');
    expect((await send({ callid: callId, data: data({ mediaType: 'TEXT', content: 'x'.repeat(2100) }) })).body.retcode).toBe('106-007');
    expect((await send({ callid: callId, data: '{not json' })).body.retcode).toBe('106-011');
    expect((await a101.call('POST', 'mediacall/{id}/sendmessage', { callid: callId, data: data({ mediaType: 'TEXT', content: 'x' }) })).body.retcode).toBe('106-014');
    const nums = (body: unknown) => a102.call('POST', 'mediacall/{id}/setcallnums', body);
    expect((await nums({ mediaType: '53', callnums: '61' })).body.retcode).toBe('106-003');
    expect((await nums({ mediaType: '53', callnums: '0' })).body.retcode).toBe('106-012');
    expect((await nums({ mediaType: '99', callnums: '2' })).body.retcode).toBe('106-008');
    expect((await nums({ mediaType: '53', callnums: '99999' })).body.retcode).toBe('106-012');
    expect((await a102.call('POST', 'mediacall/{id}/getconnectinfo', { callid: callId, userType: 'user' })).body.retcode).toBe('106-015');
    expect((await a102.call('POST', 'mediacall/{id}/getconnectinfo', { userType: 'agent' })).body.retcode).toBe('106-011');
    const info = await a102.call('POST', 'mediacall/{id}/getconnectinfo', { callid: callId, userType: 'agent' });
    expect(info.body).toMatchObject({ retcode: '0', result: { userId: '102', channelId: callId, role: '0' } });
    expect((await a102.call('POST', 'mediacall/{id}/imagecapture', { callid: callId, userType: 'user' })).body.retcode).toBe('0');
    expect(await a102.events()).toEqual([['AgentEvent_ImageCapture', { callid: callId, result: 1, filename: '', locationId: 0 }]]);
    const transfer = (body: Record<string, unknown>) => a102.call('POST', 'mediacall/{id}/transfer', { callid: callId, ...body });
    expect((await transfer({ devicetype: 3, mode: 0, address: '2' })).body.retcode).toBe('106-004');
    expect((await transfer({ devicetype: 1, mode: 1, address: '2' })).body.retcode).toBe('106-010');
    expect((await transfer({ devicetype: 2, mode: 0 })).body.retcode).toBe('106-006');
    expect((await transfer({ devicetype: 1, mode: 0, address: '2', calldata: 'x'.repeat(2049) })).body.retcode).toBe('106-009');
    expect((await transfer({ devicetype: 4, mode: 0, address: '9999' })).body.retcode).toBe('106-005');
    // To a skill (its access code 4003): the chat goes back to the queue and 101, free again, is offered it.
    expect((await a101.call('POST', 'onlineagent/{id}/sayfree')).body.retcode).toBe('0');
    await a101.events();
    expect((await transfer({ devicetype: 4, mode: 2, address: '4003' })).body.retcode).toBe('0');
    expect(await a102.eventTypes()).toEqual(['AgentEvent_SuccTransResult', 'AgentEvent_Call_Release']);
    expect((await a101.events())[0]).toEqual(['AgentEvent_Ringing', expect.objectContaining({ callid: callId, mediaAbility: '5' })]);
    await c.send('DISCONNECT');
  });

  it('release-after-transfer (mode 2) to an agent reports SuccTransResult {result 0, callId} only when the target answers', async () => {
    await a101.events();
    await a102.events();
    expect((await a101.call('POST', 'onlineagent/{id}/saybusy')).body.retcode).toBe('0');
    const c = await ChatCustomer.start(app, 'm-t2');
    await c.send('CONNECT');
    const callId = callIdOf(await a102.events(), 'AgentEvent_Auto_Answer');
    expect((await a101.call('POST', 'onlineagent/{id}/sayfree')).body.retcode).toBe('0');
    await a101.events();
    expect((await a102.call('POST', 'mediacall/{id}/transfer', { callid: callId, devicetype: 2, mode: 2, address: '101' })).body.retcode).toBe('0');
    expect((await a101.events())[0]).toEqual(['AgentEvent_Ringing', expect.objectContaining({ callid: callId, transfer: 'yes', transfrom: '102' })]);
    // Table 6-459: the agent keeps the chat while the target rings.
    expect(await a102.events()).toEqual([]);
    expect((await a102.call('POST', 'mediacall/{id}/sendmessage', { callid: callId, userid: c.userId, data: data({ mediaType: 'TEXT', content: 'one moment' }) })).body.retcode).toBe('0');
    expect((await a101.call('PUT', `voicecall/{id}/answer?callid=${callId}`)).body.retcode).toBe('0');
    expect(await a102.events()).toEqual([['AgentEvent_SuccTransResult', { result: 0, callId }], ['AgentEvent_Call_Release', callId]]);
    await c.send('DISCONNECT');
  });
});
