// Goal: issue 12's "done when", end to end over HTTP: a customer gets a token, connects and waits
// (seeing its queue position), agent 101 on skill 2 is offered the chat, answers, text and an
// image go both ways, the customer rates the chat; the transcript, the CDR rows and the rating
// are queryable; a second chat reaches 101 concurrently up to its limit and the next one queues.
// Method: a test server on the demo tenant with agents 101–103 on the chat skill; inject only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChatCustomer, createChatApp } from '../support/chat-client.ts';
import { GatewayAgent } from '../support/gateway-client.ts';
import { bearerToken, c1, type TestApp } from '../support/test-app.ts';
import { chatTranscript } from '../../src/services/chat/index.ts';

let app: TestApp;
beforeAll(async () => {
  app = await createChatApp();
});
afterAll(() => app.close());

const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]).toString('base64');

describe('web chat, done when', () => {
  it('serves a customer end to end and keeps the limit of concurrent chats', async () => {
    const first = await ChatCustomer.start(app, 'done-1');
    // 101 signs in busy: the customer waits and sees its place.
    const agent = await GatewayAgent.signIn(app, 101, { autoanswer: false, status: 3 });
    await agent.call('POST', 'mediacall/{id}/setcallnums', { mediaType: '53', callnums: '2' });
    expect((await first.send('CONNECT')).body).toEqual({ resultCode: '11', resultDesc: 'Queuing...' });
    app.clock.advance(4000);
    expect((await first.call('POST', '/apiaccess/ccmessaging/queryQueueInfo', {})).body).toMatchObject({ resultCode: '0', position: 1, currentDeviceWaitTime: 4 });
    await agent.events();
    await agent.call('POST', 'onlineagent/{id}/sayfree');
    const offer = (await agent.events()).find(([t]) => t === 'AgentEvent_Ringing')!;
    const callId = (offer[1] as { callid: string }).callid;
    expect(offer[1]).toMatchObject({ caller: 'done-1', mediaAbility: '5' });
    await agent.call('PUT', `voicecall/{id}/answer?callid=${callId}`);
    expect(await agent.eventTypes()).toEqual(['AgentEvent_Talking']);

    // Text and an image, both ways.
    await first.send('CHAT', 'Hello, my bill is wrong');
    const up = await first.call('POST', '/apiaccess/ccmessaging/uploadFileStream', { fileType: 'PNG', channel: 'WEB', fileStream: png });
    await first.send('CHAT', `${up.body.objectKey},png`, 'IMAGE');
    expect((await agent.events()).map(([, c]) => (c as { message: string }).message)).toEqual(['Hello, my bill is wrong', `${up.body.objectKey},png`]);
    await agent.call('POST', 'mediacall/{id}/sendmessage', { callid: callId, data: JSON.stringify({ mediaType: 'TEXT', content: 'Let me check.' }) });
    await agent.call('POST', 'mediacall/{id}/sendmessage', { callid: callId, data: JSON.stringify({ mediaType: 'IMAGE', content: up.body.objectKey, contentType: '1', mediaFileType: 'png' }) });
    const down = await first.poll();
    expect(down.map((m) => [m.sourceType, m.mediaType, m.content])).toEqual([
      ['SYSTEM', 'TEXT', 'Agent connected'],
      ['AGENT', 'TEXT', 'Let me check.'],
      ['AGENT', 'IMAGE', up.body.objectKey],
    ]);
    expect((await first.call('POST', '/apiaccess/ccmessaging/downloadFileStream', { fileId: `local/${down[2].content}`, channel: 'WEB', fileType: 'png' })).body.fileStream).toBe(png);

    // A second chat reaches 101 at the same time (limit 2); the third waits.
    const second = await ChatCustomer.start(app, 'done-2');
    await second.send('CONNECT');
    expect((await agent.events()).map(([t]) => t)).toEqual(['AgentEvent_Ringing']);
    const third = await ChatCustomer.start(app, 'done-3');
    expect((await third.send('CONNECT')).body.resultCode).toBe('11');
    expect((await third.call('POST', '/apiaccess/ccmessaging/queryQueueInfo', {})).body.position).toBe(1);

    // The first customer leaves and rates the chat: the third one moves in.
    await first.send('DISCONNECT');
    expect((await agent.events()).map(([t]) => t)).toEqual(['AgentEvent_Customer_Release', 'AgentEvent_Call_Release', 'AgentEvent_Ringing']);
    expect((await first.call('POST', '/apiaccess/ccmessaging/saveSatisfaction', { channel: 'WEB', userId: 'done-1', evaluation: '4', comment: 'quick' })).body.resultCode).toBe('0');

    // Records: transcript, CDR legs of media type 53, the rating through 5.4.3.
    const lines = await chatTranscript(app.services.repos, 1, callId);
    expect(lines.filter((l) => l.controlType === 'CHAT').map((l) => `${l.sender}:${l.mediaType}`)).toEqual(['SYSTEM:TEXT', 'CUSTOMER:TEXT', 'CUSTOMER:IMAGE', 'AGENT:TEXT', 'AGENT:IMAGE']);
    const cdr = await app.services.repos.ctiRecords.cdrsOfCall(1, callId);
    expect(cdr.map((r) => [r.deviceType, r.mediaType, r.callIdNum, r.releaseCause])).toEqual([[1, 53, 1, null], [2, 53, -1, 518]]);
    const query = c1(app, await bearerToken(app));
    const rating = await query('/apiaccess/rest/cc-management/v1/satisfaction/query', { callId, beginTime: 0, endTime: app.clock.now() + 1000 });
    expect(rating.body).toMatchObject({ returnCode: '0', satisfactionEvaluations: { channel: 'WEB', evaluationValue: '4' } });
  });
});
