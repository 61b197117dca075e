// Goal: the customer side of a chat (11.1 applyToken, 11.5 send, 11.3 poll, 11.2 queryQueueInfo)
// works against real routing, with the documented codes, token renewal and tenant isolation.
// Method: a test server with agents 101–103 on the chat skill; customers over inject, agents over
// the gateway; the virtual clock moves time.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChatCustomer, createChatApp, demoChannelId } from '../../../test/support/chat-client.ts';
import { GatewayAgent } from '../../../test/support/gateway-client.ts';
import { addTenant, bearerToken, type TestApp } from '../../../test/support/test-app.ts';
import { videoTenant } from '../config-skills/tenant-fixture.test-support.ts';
import { chatTranscript } from '../../services/chat/index.ts';

let app: TestApp;
beforeAll(async () => {
  app = await createChatApp((t) => {
    t.settings!.chat = { ...(t.settings!.chat as object), maxChatsPerAgent: 2 };
  });
});
afterAll(() => app.close());

describe('chat session (customer side)', () => {
  it('connects to agent 101, exchanges text both ways, and ends with the documented events', async () => {
    const agent = await GatewayAgent.signIn(app, 101, { autoanswer: true });
    await agent.events();
    const c = await ChatCustomer.start(app, 'cust-1');
    expect((await c.send('CONNECT')).body).toEqual({ resultCode: '0', resultDesc: 'connect successfully.' });
    const events = await agent.events();
    expect(events.map(([t]) => t)).toEqual(['AgentEvent_Auto_Answer', 'AgentEvent_Talking']);
    const callId = (events[1]![1] as { callid: string }).callid;
    expect(events[1]![1]).toMatchObject({ caller: 'cust-1', called: '4003', mediaAbility: '5' });
    expect((await c.send('CHAT', 'hello agent')).body).toEqual({ resultCode: '0', resultDesc: 'sendUserMessage successfully.' });
    expect(await agent.events()).toEqual([['AgentEvent_MessageData', { callid: callId, caller: 'cust-1', called: '4003', feature: 0, type: 'main', message: 'hello agent', mediaAbility: '5' }]]);
    const messages = await c.poll();
    expect(messages).toHaveLength(1);
    expect(messages[0]).toMatchObject({ channel: 'WEB', sourceType: 'SYSTEM', content: 'Agent connected', from: demoChannelId, to: 'cust-1', controlType: 'CHAT', senderNickname: 'system' });
    expect(await c.poll()).toEqual([]);
    expect((await c.send('DISCONNECT')).body).toEqual({ resultCode: '0', resultDesc: 'disconnect successfully.' });
    expect(await agent.events()).toEqual([
      ['AgentEvent_Customer_Release', { callid: callId, number: 'cust-1' }],
      ['AgentEvent_Call_Release', callId],
    ]);
    const transcript = await chatTranscript(app.services.repos, 1, callId);
    expect(await chatTranscript(app.services.repos, 2, callId)).toEqual([]);
    expect(transcript.map((m) => [m.sender, m.controlType, m.content])).toEqual([
      ['CUSTOMER', 'CONNECT', ''],
      ['SYSTEM', 'CHAT', 'Agent connected'],
      ['CUSTOMER', 'CHAT', 'hello agent'],
      ['CUSTOMER', 'DISCONNECT', ''],
    ]);
    const cdr = await app.services.repos.ctiRecords.cdrsOfCall(1, callId);
    expect(cdr.map((r) => [r.deviceType, r.mediaType, r.subMediaType, r.callIdNum])).toEqual([[1, 53, 1, 1], [2, 53, 1, -1]]);
    expect((await agent.call('DELETE', 'onlineagent/{id}/logout')).body.retcode).toBe('0');
  });

  it('queues beyond the agent limit with a real position, and answers queryQueueInfo codes', async () => {
    const agent = await GatewayAgent.signIn(app, 102, { autoanswer: true });
    const a = await ChatCustomer.start(app, 'q-a');
    const b = await ChatCustomer.start(app, 'q-b');
    const cc = await ChatCustomer.start(app, 'q-c');
    const d = await ChatCustomer.start(app, 'q-d');
    expect((await cc.call('POST', '/apiaccess/ccmessaging/queryQueueInfo', {})).body.resultCode).toBe('160004');
    for (const x of [a, b]) expect((await x.send('CONNECT')).body.resultCode).toBe('0');
    expect((await cc.send('CONNECT')).body).toEqual({ resultCode: '11', resultDesc: 'Queuing...' });
    expect((await d.send('CONNECT')).body.resultCode).toBe('11');
    app.clock.advance(3000);
    const info = await d.call('POST', '/apiaccess/ccmessaging/queryQueueInfo', {});
    expect(info.body).toEqual({ resultCode: '0', resultDesc: 'The session is queuing', position: 2, totalWaitTime: 3, currentDeviceWaitTime: 3, configMaxcWaitTime: 600, longestWaitTime: 3, estimateWaitTime: 120 });
    expect((await a.call('POST', '/apiaccess/ccmessaging/queryQueueInfo', {})).body.resultCode).toBe('160021');
    expect((await cc.send('CHAT', 'anyone?')).body).toEqual({ resultCode: '11', resultDesc: 'Queuing...' });
    await a.send('DISCONNECT');
    expect((await a.call('POST', '/apiaccess/ccmessaging/queryQueueInfo', {})).body.resultCode).toBe('5');
    expect((await d.call('POST', '/apiaccess/ccmessaging/queryQueueInfo', {})).body.position).toBe(1);
    const bad = await app.request({ method: 'POST', url: '/apiaccess/ccmessaging/queryQueueInfo', body: {}, headers: { ...d.headers(), 'ccmessaging-token': 'nope' } });
    expect(bad.body.resultCode).toBe('3');
    for (const x of [b, cc, d]) await x.send('DISCONNECT');
    await agent.events();
    expect((await agent.call('DELETE', 'onlineagent/{id}/logout')).body.retcode).toBe('0');
  });

  it('refuses bad messages with the documented codes', async () => {
    const c = await ChatCustomer.start(app, 'bad-1');
    expect((await c.send('CHAT', 'x')).body).toMatchObject({ resultCode: '13', resultDesc: 'chat failed, send too quick or session keep touch failed.' });
    expect((await c.send('SHOUT', 'x')).body.resultCode).toBe('3');
    expect((await c.send('CHAT', 'x', 'TEXT', { sourceType: 'AGENT' })).body.resultCode).toBe('3');
    expect((await c.send('CHAT', 'x', 'TEXT', { from: 'someone-else' })).body.resultCode).toBe('13');
    expect((await c.send('CHAT', 'x', 'TEXT', { messageId: 'a,b' })).body.resultCode).toBe('3');
    expect((await c.send('DISCONNECT')).body).toEqual({ resultCode: '13', resultDesc: 'disconnect failed, session keep touch failed.' });
    // No agent of skill 2 is signed in: leave-message mode (the demo channel has it on).
    expect((await c.send('CONNECT')).body).toEqual({ resultCode: '13', resultDesc: 'connect failed', offlineMsg: { isOfflineStatus: true, tipText: 'No agent is online. Please leave a message.' } });
    expect((await c.send('CHAT', '{"title":"t"}', 'WEBCARD')).body).toEqual({ resultCode: '3', resultDesc: 'the content Json String must contains mediaFileId or redirectUrl' });
    expect((await c.send('CHAT', '{"title":"t","redirectUrl":"http://evil"}', 'WEBCARD')).body.resultDesc).toBe('The redirection address is not in the trust list, contact operation staff to add it.');
    expect((await c.send('CHAT', 'not json', 'WEBCARD')).body.resultDesc).toBe('Incorrect JSON format');
  });

  it('needs a token of its own tenant and user, and renews an expired one in the response header', async () => {
    const c = await ChatCustomer.start(app, 'tok-1');
    const noToken = await app.request({ method: 'GET', url: '/apiaccess/ccmessaging/poll?receiverId=tok-1&channel=WEB', headers: { authorization: `Bearer ${c.bearer}` } });
    expect(noToken.status).toBe(401);
    expect((await c.call('GET', '/apiaccess/ccmessaging/poll?receiverId=someone&channel=WEB')).body.resultCode).toBe('1');
    const other = videoTenant();
    other.settings = { ...other.settings, chat: { channels: [{ channelConfigId: demoChannelId, skillId: 1 }] } };
    await addTenant(app, other);
    const otherBearer = await bearerToken(app, 'video-ak', 'video-sk');
    // The same user id in the other tenant has a mailbox of its own.
    const twin = await ChatCustomer.start(app, 'tok-1', { bearer: otherBearer });
    expect(await twin.poll()).toEqual([]);
    const foreign = await app.request({ method: 'GET', url: '/apiaccess/ccmessaging/poll?receiverId=tok-1&channel=WEB', headers: { ...c.headers(), authorization: `Bearer ${otherBearer}` } });
    expect(foreign.status).toBe(401);
    app.clock.advance(3_600_000 + 1000);
    c.bearer = await bearerToken(app);
    const old = c.token;
    const renewed = await c.call('GET', '/apiaccess/ccmessaging/poll?receiverId=tok-1&channel=WEB');
    expect(renewed.body.resultCode).toBe('0');
    expect(c.token).not.toBe(old);
    expect((await app.request({ method: 'GET', url: '/apiaccess/ccmessaging/poll?receiverId=tok-1&channel=WEB', headers: { ...c.headers(), 'ccmessaging-token': old } })).status).toBe(401);
    expect((await app.request({ method: 'POST', url: '/apiaccess/ccmessaging/applyToken', body: { userId: 'x', userName: 'x', channelId: 'no-such', locale: 'en' }, headers: c.headers(false) })).body.resultCode).toBe('1');
  });
});
