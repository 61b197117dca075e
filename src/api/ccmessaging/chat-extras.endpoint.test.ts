// Goal: click-to-dial places a real call into the engine and reports its events (11.9–11.12);
// the workbench lookup, email drop, WhatsApp MT send, anonymous call task and phrase query answer
// as documented, per tenant. Method: a test server; customers over chapter 11, agents over the gateway.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChatCustomer, createChatApp } from '../../../test/support/chat-client.ts';
import { GatewayAgent } from '../../../test/support/gateway-client.ts';
import { bearerToken, c1, type TestApp } from '../../../test/support/test-app.ts';

let app: TestApp;
beforeAll(async () => {
  app = await createChatApp();
});
afterAll(() => app.close());

describe('click-to-dial', () => {
  it('calls the center from the browser: queued, connected at an agent, disconnected', async () => {
    const c = await ChatCustomer.start(app, 'ctd-1');
    expect((await c.call('GET', '/apiaccess/ccmessaging/v1/checkClickToCallSupport?channel=WEB')).body).toEqual({ resultCode: '0', resultDesc: '', webRTCSupported: true, clickToCallSupported: true });
    expect((await c.call('POST', '/apiaccess/ccmessaging/v1/createClickToCall', { channel: 'WEB', mediaAbility: '0' })).body).toEqual({ resultCode: '13', resultDesc: 'No agents available currently' });
    const agent = await GatewayAgent.signIn(app, 104, { autoanswer: false });
    await agent.call('POST', 'onlineagent/{id}/saybusy');
    await agent.events();
    expect((await c.call('POST', '/apiaccess/ccmessaging/v1/createClickToCall', { channel: 'WEB', mediaAbility: '0' })).body).toEqual({ resultCode: '0' });
    const events = () => c.call('GET', '/apiaccess/ccmessaging/v1/getClickToCallEvents?channel=WEB');
    expect((await events()).body).toEqual({ resultCode: '0', resultDesc: 'Call in queue', eventId: '168101', content: {} });
    expect((await events()).body).toEqual({ resultCode: '0', resultDesc: 'ClickToCall polled without any events' });
    await agent.call('POST', 'onlineagent/{id}/sayfree');
    const offered = await agent.events();
    const ringing = offered.find(([t]) => t === 'AgentEvent_Ringing')!;
    expect(ringing[1]).toMatchObject({ caller: 'ctd-1', called: '4001', mediaAbility: '1' });
    await agent.call('PUT', 'voicecall/{id}/answer');
    app.clock.advance(2000);
    const connected = (await events()).body;
    expect(connected).toMatchObject({ resultDesc: 'Call connected', eventId: '168102', content: { accessCode: '4001', clickToCallCaller: 'AnonymousCard' } });
    expect((await c.call('POST', '/apiaccess/ccmessaging/v1/dropClickToCall', { channel: 'WEB' })).body).toEqual({ resultCode: '0', resultDesc: '' });
    expect((await events()).body).toMatchObject({ resultDesc: 'Call disconnected', eventId: '168103' });
    expect((await c.call('POST', '/apiaccess/ccmessaging/v1/dropClickToCall', { channel: 'WEB' })).body).toEqual({ resultCode: '13', resultDesc: 'disconnect failed' });
    const callId = (ringing[1] as { callid: string }).callid;
    const cdr = await app.services.repos.ctiRecords.cdrsOfCall(1, callId);
    expect(cdr.every((r) => r.mediaType === 2)).toBe(true);
    expect((await c.call('POST', '/apiaccess/ccmessaging/v1/createClickToCall', { channel: 'SMS', mediaAbility: '0' })).body.resultCode).toBe('13');
  });
});

describe('workbench, email, WhatsApp, anonymous calls, phrases', () => {
  it('looks up the chat customer of a call, in its own tenant only', async () => {
    const agent = await GatewayAgent.signIn(app, 101, { autoanswer: true });
    const c = await ChatCustomer.start(app, 'wb-1');
    await c.send('CONNECT', undefined, 'TEXT', { userAgent: 'Mozilla/5.0' });
    const callId = ((await agent.events()).find(([t]) => t === 'AgentEvent_Talking')![1] as { callid: string }).callid;
    const call = c1(app, await bearerToken(app));
    const info = await call('/apiaccess/rest/workbench/v1/getUserInfoBycallId', { callId, userId: 'wb-1', tenantId: '1' });
    expect(info.body, `${callId} ${info.text}`).toEqual({ userNickname: 'User wb-1', userId: 'wb-1', userAvatar: '', channel: 'WEB', createTime: expect.any(String), channelConfigId: c.channelId, userAgent: 'Mozilla/5.0', clientIp: '', osName: '', borderType: '' });
    expect((await call('/apiaccess/rest/workbench/v1/getUserInfoBycallId', { callId, userId: 'other', tenantId: '1' })).status).toBe(404);
    await c.send('DISCONNECT');
    expect((await agent.call('DELETE', 'onlineagent/{id}/logout')).body.retcode).toBe('0');
  });

  it('drops a stored email, stores WhatsApp MT messages, creates anonymous call tasks', async () => {
    const call = c1(app, await bearerToken(app));
    expect((await call('/apiaccess/rest/ccmessaging/v1/emailchannel/dropMail', { emailId: '10195068940994050' })).body).toEqual({ returnCode: '3', description: 'The email ID does not exist.' });
    await app.services.repos.chat.upsertEmail(1, '10195068940994050', 'received', 0);
    expect((await call('/apiaccess/rest/ccmessaging/v1/emailchannel/dropMail', { emailId: '10195068940994050' })).body).toEqual({ returnCode: '0', description: 'dropMail success' });
    expect((await app.services.repos.chat.findEmail(1, '10195068940994050'))?.status).toBe('discarded');
    const wa = await call('/apiaccess/rest/ccmessaging/omni/1/advanced', { bulkId: 'b-1', whatsApp: { templateName: '1', templateData: [], language: 'zh_CN' }, destinations: [{ messageId: 'm-1', to: { phoneNumber: '41793026727' } }] });
    expect(wa.body).toEqual({ messages: [{ to: { phoneNumber: '41793026727' }, status: expect.objectContaining({ groupName: 'PENDING' }), messageId: 'm-1' }], bulkId: 'b-1' });
    expect(await app.services.repos.chat.outboundTo(1, '41793026727')).toEqual([expect.objectContaining({ bulkId: 'b-1', messageId: 'm-1', status: 'PENDING' })]);
    expect(await app.services.repos.chat.outboundTo(2, '41793026727')).toEqual([]);
    expect((await call('/apiaccess/rest/ccmessaging/omni/1/advanced', { bulkId: 'b-2', whatsApp: {}, destinations: [{ messageId: 'm', to: { phoneNumber: '1' } }] })).status).toBe(400);
    expect((await call('/apiaccess/rest/ccmessaging/omni/1/advanced', { bulkId: 'b-2', whatsApp: { imageUrl: 'https://x/a.gif' }, destinations: [{ messageId: 'm', to: { phoneNumber: '1' } }] })).status).toBe(400);
    expect((await call('/apiaccess/rest/ccmessaging/omni/1/advanced', { bulkId: 'b-2', whatsApp: { latitude: 91, longitude: 0 }, destinations: [{ messageId: 'm', to: { phoneNumber: '1' } }] })).status).toBe(400);
    const task = await call('/apiaccess/ccmessaging/v1/mobileagent/createcall', { called: '13800000001', callerPresent: '4001' });
    expect(task.body).toEqual({ resultCode: '0', resultDesc: 'success', resultData: { callSerialNo: expect.any(String), sipServiceAddress: expect.stringMatching(/:5060$/), accesscode: expect.stringMatching(/^4001\d+$/) } });
    expect((await call('/apiaccess/ccmessaging/v1/mobileagent/createcall', { callerPresent: '4001' })).body.resultCode).toBe('3001000003');
  });

  it('has no phrases without a chatbot', async () => {
    const c = await ChatCustomer.start(app, 'ph-1');
    expect((await c.call('POST', '/apiaccess/ccmessaging/queryPhraseByKeyword', { strContent: 'bill', locale: 'en', channel: 'WEB' })).body).toEqual({ resultCode: '1', resultDesc: 'Robot is no exist' });
    expect((await c.call('POST', '/apiaccess/ccmessaging/queryPhraseByKeyword', { strContent: 'bill', locale: 'english', channel: 'WEB' })).body).toEqual({ resultCode: '1', resultDesc: 'locale is error' });
  });
});

describe('12.3 real-time views count chats', () => {
  it('shows waiting chats in the skill queue and the chat agent as talking', async () => {
    const { cms } = await import('../monitoring/realtime.test-support.ts');
    const agent = await GatewayAgent.signIn(app, 102, { autoanswer: true });
    await agent.call('POST', 'mediacall/{id}/setcallnums', { mediaType: '53', callnums: '1' });
    const a = await ChatCustomer.start(app, 'rt-a');
    const b = await ChatCustomer.start(app, 'rt-b');
    await a.send('CONNECT');
    await b.send('CONNECT');
    const skills = await cms(app, '/rest/cmsapp/v1/openapi/skill/totalskillstatusex3', { ccld: 1, vdn: 1, skillIds: [2] });
    expect(skills.resultDatas[0]).toMatchObject({ skillId: 2, queueSize: 1, loggedOnAgents: 1, availAgents: 0 });
    const engine = await app.services.cti.registry.get(1);
    const { agentCtiState } = await import('../../engine/index.ts');
    // Table 6-453: 5 talking (the agent's chat), not 1 idle.
    expect(agentCtiState(engine.agents.get(102))).toBe(5);
    await a.send('DISCONNECT');
    await b.send('DISCONNECT');
    expect((await agent.call('DELETE', 'onlineagent/{id}/logout')).body.retcode).toBe('0');
  });
});
