// Goal: the driver API opens scripted web chats (patience, messages, leaving) on the engine
// clock, and sessions behave over time (read receipts, idle release). Method: a test server with
// agents on the chat skill; the virtual clock moves time; assertions on agent events and polls.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChatCustomer, createChatApp, demoChannelId } from '../../../test/support/chat-client.ts';
import { GatewayAgent } from '../../../test/support/gateway-client.ts';
import type { TestApp } from '../../../test/support/test-app.ts';

let app: TestApp;
beforeAll(async () => {
  app = await createChatApp((t) => {
    t.settings!.chat = { ...(t.settings!.chat as object), sessionIdleSeconds: 60 };
  });
});
afterAll(() => app.close());

const openChat = (body: Record<string, unknown>) => app.request({ method: 'POST', url: '/sim/v1/chats', body: { channelId: demoChannelId, ...body } });

describe('/sim/v1/chats', () => {
  it('scripts a customer: connects, sends its messages after the agent answers, leaves', async () => {
    const agent = await GatewayAgent.signIn(app, 101, { autoanswer: true });
    await agent.events();
    const opened = await openChat({ userId: 'sim-1', messages: [{ afterSeconds: 2, content: 'first' }, { afterSeconds: 5, content: 'second' }], leaveAfterSeconds: 3 });
    expect(opened.body).toMatchObject({ resultCode: '0', state: 'agent', callId: expect.any(String) });
    expect((await agent.eventTypes())).toEqual(['AgentEvent_Auto_Answer', 'AgentEvent_Talking']);
    app.clock.advance(2000);
    expect((await agent.events()).map(([t, c]) => `${t}:${(c as { message?: string }).message ?? ''}`)).toEqual(['AgentEvent_MessageData:first']);
    app.clock.advance(3000);
    expect((await agent.events()).map(([t, c]) => `${t}:${(c as { message?: string }).message ?? ''}`)).toEqual(['AgentEvent_MessageData:second']);
    app.clock.advance(3000);
    expect(await agent.eventTypes()).toEqual(['AgentEvent_Customer_Release', 'AgentEvent_Call_Release']);
    expect((await app.request({ method: 'POST', url: '/sim/v1/chats', body: { vdnId: 77, channelId: demoChannelId, userId: 'x' } })).status).toBe(404);
    expect((await agent.call('DELETE', 'onlineagent/{id}/logout')).body.retcode).toBe('0');
  });

  it('abandons after its patience when nobody answers, and hands read receipts only when asked', async () => {
    const agent = await GatewayAgent.signIn(app, 102, { autoanswer: false });
    await agent.call('POST', 'onlineagent/{id}/saybusy');
    const opened = await openChat({ userId: 'sim-2', patienceSeconds: 10 });
    expect(opened.body.resultCode).toBe('11');
    app.clock.advance(10_000);
    expect((await app.request({ method: 'POST', url: '/sim/v1/chats/sim-2/leave', body: { channelId: demoChannelId } })).body.resultCode).toBe('13');
    await agent.call('POST', 'onlineagent/{id}/sayfree');
    await agent.events();
    const c = await ChatCustomer.start(app, 'rr-1');
    await c.send('CONNECT');
    const callId = ((await agent.events()).find(([t]) => t === 'AgentEvent_Ringing')![1] as { callid: string }).callid;
    // Ringing is still waiting for an agent.
    expect((await c.send('INPUT')).body).toEqual({ resultCode: '11', resultDesc: 'Queuing...' });
    await agent.call('PUT', `voicecall/{id}/answer?callid=${callId}`);
    expect((await c.send('INPUT')).body).toEqual({ resultCode: '0', resultDesc: 'sendUserMessage successfully.' });
    await agent.call('POST', 'mediacall/{id}/sendmessage', { callid: callId, data: JSON.stringify({ mediaType: 'TEXT', content: 'read', controlType: 'READ' }) });
    await agent.call('POST', 'mediacall/{id}/sendmessage', { callid: callId, data: JSON.stringify({ mediaType: 'TEXT', content: 'hello' }) });
    expect((await c.poll()).map((m) => m.content)).toEqual(['Agent connected', 'hello']);
    await agent.call('POST', 'mediacall/{id}/sendmessage', { callid: callId, data: JSON.stringify({ mediaType: 'TEXT', content: 'read', controlType: 'READ' }) });
    expect((await c.poll('true')).map((m) => m.controlType)).toEqual(['READ']);
    // Without a send for the tenant's 60 s, the session is released: the agent loses the chat.
    await agent.events();
    app.clock.advance(60_000);
    expect(await agent.eventTypes()).toEqual(['AgentEvent_Call_Release']);
    expect((await c.poll()).map((m) => m.controlType)).toEqual(['DISCONNECT']);
    expect((await agent.call('DELETE', 'onlineagent/{id}/logout')).body.retcode).toBe('0');
  });
});
