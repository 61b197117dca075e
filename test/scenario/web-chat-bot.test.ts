// Goal: issue 13's "done when", chat half, over HTTP: a web-chat customer hears the demo bank bot's
// greeting, asks a question its FAQ answers, then asks for an agent; the chat is transferred to the
// channel's skill with the bot's context as call data and offered to an agent (decision 1013).
// Method: a test server on the demo tenant with its chat channel's robot on; the dialog turns are
// asynchronous, so the test settles the server's background work before each poll.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChatCustomer, createChatApp } from '../support/chat-client.ts';
import { GatewayAgent } from '../support/gateway-client.ts';
import { testEpochMs, type TestApp } from '../support/test-app.ts';
import { oiapClient } from '../../src/api/oiap/oiap-client.test-support.ts';

let app: TestApp;
beforeAll(async () => {
  app = await createChatApp(undefined, undefined, true);
});
afterAll(() => app.close());

const texts = async (customer: ChatCustomer) => {
  await app.services.settle();
  return (await customer.poll()).map((m) => [m.sourceType, m.content]);
};

describe('web chat with the demo bank bot, done when', () => {
  it('greets, answers an FAQ, then transfers to the chat skill with the bot context', async () => {
    const agent = await GatewayAgent.signIn(app, 101, { autoanswer: false });
    await agent.events();
    const customer = await ChatCustomer.start(app, 'bot-1');
    expect((await customer.send('CONNECT')).body).toEqual({ resultCode: '0', resultDesc: 'connect to robot successfully.' });
    expect(await texts(customer)).toEqual([['ROBOT', 'Welcome to OpenCEC Bank. Ask me a question, or say agent.']]);

    await customer.send('CHAT', 'when are you open?');
    expect(await texts(customer)).toEqual([['ROBOT', 'Our branches are open from 9 am to 5 pm, Monday to Friday. Anything else?']]);
    expect(await agent.events()).toEqual([]);

    await customer.send('CHAT', 'I want to talk to an agent');
    await app.services.settle();
    const offer = (await agent.events()).find(([t]) => t === 'AgentEvent_Ringing');
    expect(offer?.[1]).toMatchObject({ caller: 'bot-1', called: '4003', mediaAbility: '5' });
    const callId = (offer![1] as { callid: string }).callid;
    expect((await agent.call('PUT', `voicecall/{id}/answer?callid=${callId}`)).body.retcode).toBe('0');
    // CEC §6.1.3.2: the agent reads the bot's context as the chat's call data, named by its callid.
    const data = await agent.call('GET', `calldata/{id}/appdata?callId=${callId}`);
    expect(data.body).toMatchObject({ retcode: '0', result: expect.stringMatching(/^oiap=webchat-\d+;intent=agent;faq=\d+;said=I want to talk to an agent$/) });
    expect((await app.services.cti.registry.get(1)).calls.get(callId)!.mediaType).toBe(53);
    // 10.15.1 counts the chat's dialog under its binding, as a session that reached an agent.
    const oiap = await oiapClient(app);
    const stats = await oiap('/oifde/rest/api/queryCallStatisticsReport', { accessCode: 'chat-bank', timestamp: testEpochMs, type: 'hour' });
    expect(stats.body).toEqual([expect.objectContaining({ accessCode: 'chat-bank', callCount: 1, callStaffNoConsultCount: 1 })]);

    // The customer is with the agent now: later words no longer reach the bot.
    await customer.send('CHAT', 'hello?');
    expect((await agent.events()).filter(([t]) => t === 'AgentEvent_MessageData').map(([, c]) => (c as { message: string }).message)).toEqual(['hello?']);
    expect((await texts(customer)).filter(([source]) => source === 'ROBOT')).toEqual([]);
  });
});
