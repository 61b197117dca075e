// Goal: what a chat leaves behind (11.6/11.7 files, 11.4/11.20/11.15 satisfaction, 11.14 left
// messages, 11.16 history) is stored per tenant and customer, with the documented codes.
// Method: a test server with agents on the chat skill; customers over chapter 11, an agent over
// the gateway; assertions on replies and on the store.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChatCustomer, createChatApp } from '../../../test/support/chat-client.ts';
import { GatewayAgent } from '../../../test/support/gateway-client.ts';
import type { TestApp } from '../../../test/support/test-app.ts';

let app: TestApp;
beforeAll(async () => {
  app = await createChatApp();
});
afterAll(() => app.close());

const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 16, 74, 70, 73, 70, 0, 1]).toString('base64');

describe('chat files', () => {
  it('uploads a typed Base64 file, downloads it within its own chats only', async () => {
    const c = await ChatCustomer.start(app, 'f-1');
    const up = await c.call('POST', '/apiaccess/ccmessaging/uploadFileStream', { fileType: 'jpg', channel: 'WEB', fileStream: jpeg });
    expect(up.body).toEqual({ returnCode: '0', objectKey: expect.stringMatching(/^[0-9a-f]{32}$/) });
    const objectKey = up.body.objectKey as string;
    const down = await c.call('POST', '/apiaccess/ccmessaging/downloadFileStream', { fileId: objectKey, channel: 'WEB', fileType: 'jpg' });
    expect(down.body).toEqual({ resultCode: '0', fileStream: jpeg });
    const other = await ChatCustomer.start(app, 'f-2');
    expect((await other.call('POST', '/apiaccess/ccmessaging/downloadFileStream', { fileId: objectKey, channel: 'WEB', fileType: 'jpg' })).body).toEqual({ resultCode: '13', resultDesc: 'fsservice downloadFile is failed' });
    // Sent to f-2 by an agent (a local file), it becomes f-2's to read.
    const agent = await GatewayAgent.signIn(app, 103, { autoanswer: true });
    await other.send('CONNECT');
    const callId = ((await agent.events()).find(([t]) => t === 'AgentEvent_Talking')![1] as { callid: string }).callid;
    await agent.call('POST', 'mediacall/{id}/sendmessage', { callid: callId, data: JSON.stringify({ mediaType: 'IMAGE', content: objectKey, contentType: '1', mediaFileType: 'jpg' }) });
    expect((await other.call('POST', '/apiaccess/ccmessaging/downloadFileStream', { fileId: `local/${objectKey}`, channel: 'WEB', fileType: 'jpg' })).body.fileStream).toBe(jpeg);
    await other.send('DISCONNECT');
    expect((await agent.call('DELETE', 'onlineagent/{id}/logout')).body.retcode).toBe('0');
  });

  // The 10 MB + 1 upload once answered code 1 in long-lived test workers: the anchored Base64
  // pattern overflowed V8's backtrack stack (now isBase64Text, src/domain/encoding).
  it('answers the documented codes for bad files', async () => {
    const c = await ChatCustomer.start(app, 'f-3');
    const up = (body: unknown) => c.call('POST', '/apiaccess/ccmessaging/uploadFileStream', body);
    expect((await up({ fileType: 'jpg', channel: 'WEB' })).body.returnCode).toBe('2');
    expect((await up({ fileType: 'exe', channel: 'WEB', fileStream: jpeg })).body.returnCode).toBe('3');
    expect((await up({ fileType: 'png', channel: 'WEB', fileStream: jpeg })).body.returnCode).toBe('3');
    expect((await up({ fileType: 'jpg', channel: 'WEB', fileStream: '@@not base64@@' })).body.returnCode).toBe('3');
    const big = Buffer.alloc(10 * 1024 * 1024 + 1, 0xff);
    big[1] = 0xd8;
    const bigReply = await up({ fileType: 'jpg', channel: 'WEB', fileStream: big.toString('base64') });
    expect(bigReply.body.returnCode, `HTTP ${bigReply.status} ${JSON.stringify(bigReply.body)}`).toBe('3');
    // A file so large that its body is refused before the handler still answers the documented 3.
    const huge = await up({ fileType: 'jpg', channel: 'WEB', fileStream: Buffer.alloc(12 * 1024 * 1024, 0xff).toString('base64') });
    expect([huge.status, huge.body]).toEqual([200, { returnCode: '3', description: 'The file exceeds 10485760 bytes.' }]);
    const down = (body: unknown) => c.call('POST', '/apiaccess/ccmessaging/downloadFileStream', body);
    expect((await down({ channel: 'WEB', fileType: 'jpg' })).body).toEqual({ resultCode: '401', resultDesc: 'objectKey is null!' });
    expect((await down({ fileId: 'x', channel: 'WEB', fileType: 'exe' })).body.resultDesc).toBe('param filetype Out of range!');
    expect((await down({ fileId: 'x', fileType: 'jpg' })).body.resultCode).toBe('2');
  });
});

describe('satisfaction, left messages and history', () => {
  it('rates the last chat once with a configured level, readable from the store', async () => {
    const c = await ChatCustomer.start(app, 's-1');
    const mode = await c.call('POST', '/apiaccess/ccmessaging/getsatisfactionsurveymode');
    expect(mode.body).toEqual({ resultCode: '0', resultDesc: 'Get satisfaction survey mode success!', satisfactionSurvey: { surveyType: 'WEB', satisfactionLevel: expect.arrayContaining([{ satisfactionLevelKey: '5', satisfactionLevelDesc: 'Very satisfied' }]) } });
    const rate = (evaluation: string) => c.call('POST', '/apiaccess/ccmessaging/saveSatisfaction', { channel: 'WEB', userId: 's-1', evaluation, comment: 'good' });
    expect((await rate('5')).body).toEqual({ resultCode: '13', resultDesc: 'The callIdString obtained failed!' });
    const agent = await GatewayAgent.signIn(app, 101, { autoanswer: true });
    await c.send('CONNECT');
    await c.send('CHAT', 'thanks');
    await c.send('DISCONNECT');
    const callId = ((await agent.events()).find(([t]) => t === 'AgentEvent_Talking')![1] as { callid: string }).callid;
    expect((await rate('9')).body.resultCode).toBe('13');
    expect((await rate('5')).body).toEqual({ resultCode: '0', resultDesc: 'Save satisfaction success!' });
    expect((await rate('4')).body).toEqual({ resultCode: '13', resultDesc: 'Save satisfaction failed.' });
    expect(await app.services.repos.chat.findSatisfaction(1, callId)).toMatchObject({ evaluation: '5', comment: 'good', userId: 's-1' });
    expect((await app.services.repos.chat.findSatisfaction(2, callId))).toBeUndefined();
    // History: the customer's lines, oldest first, paged.
    const history = (body: Record<string, unknown>) => c.call('POST', '/apiaccess/ccmessaging/queryHistoryChatMessage', { channelId: c.channelId, userId: 's-1', channel: 'WEB', ...body });
    const all = await history({ limit: '10', offset: '0' });
    expect(all.body.resultCode).toBe('0');
    expect(all.body.messageList.map((m: { sourceType: string; controlType: string }) => `${m.sourceType}:${m.controlType}`)).toEqual(['USER:CONNECT', 'SYSTEM:CHAT', 'USER:CHAT', 'USER:DISCONNECT']);
    expect(all.body.messageList[2]).toMatchObject({ content: 'thanks', callId, channel: 'WEB', isForwarded: false });
    expect((await history({ limit: '1', offset: '2' })).body.messageList.map((m: { content: string }) => m.content)).toEqual(['thanks']);
    expect((await history({ limit: '10', offset: '0', userId: 'someone' })).body.resultCode).toBe('1');
    expect((await history({ limit: '0', offset: '0' })).body.resultCode).toBe('1');
    expect((await agent.call('DELETE', 'onlineagent/{id}/logout')).body.retcode).toBe('0');
  });

  it('keeps left messages and refuses chatbot feedback outside a bot session', async () => {
    const c = await ChatCustomer.start(app, 'l-1');
    expect((await c.call('POST', '/apiaccess/ccmessaging/doLeaveMessage', { callId: 'l-1', caller: '13800000001', leaveMessage: 'call me', channel: 'WEB' })).body).toEqual({ resultCode: '0', resultDesc: 'Save leaveMessage success!' });
    expect((await c.call('POST', '/apiaccess/ccmessaging/doLeaveMessage', { caller: '13800000001', channel: 'WEB' })).body).toEqual({ resultCode: '3', resultDesc: 'the leaveMessageParams is error.' });
    expect(await app.services.repos.chat.leaveMessages(1)).toEqual([expect.objectContaining({ userId: 'l-1', caller: '13800000001', message: 'call me' })]);
    expect(await app.services.repos.chat.leaveMessages(2)).toEqual([]);
    const fb = (body: unknown) => c.call('POST', '/apiaccess/ccmessaging/v1/robot/feedbacksatisfaction', body);
    expect((await fb({ feedback: 1, from: 'l-1', interIdx: '1' })).body.resultCode).toBe('3000000019');
  });
});
