// Goal: a web chat works the same on PostgreSQL: transcript lines, CDR rows of media type 53, a
// file and a rating land in the store. Method: the whole server on a fresh PostgreSQL database
// (skipped, and saying so, without OPENCEC_TEST_PG_URL).
import { afterAll, describe, expect, it } from 'vitest';
import { ChatCustomer, createChatApp } from '../../../test/support/chat-client.ts';
import { GatewayAgent } from '../../../test/support/gateway-client.ts';
import { createPgDatabase, pgServerUrl } from '../../../test/support/postgres.ts';
import type { TestApp } from '../../../test/support/test-app.ts';
import { chatTranscript } from '../../services/chat/index.ts';

let app: TestApp | undefined;
let drop: (() => Promise<void>) | undefined;
afterAll(async () => {
  await app?.close();
  await drop?.();
});

describe.skipIf(!pgServerUrl)('web chat on PostgreSQL', () => {
  it('stores the transcript, CDR rows, files and ratings', async () => {
    const db = await createPgDatabase();
    drop = db.drop;
    app = await createChatApp(() => {}, db.url);
    const agent = await GatewayAgent.signIn(app, 101, { autoanswer: true });
    const c = await ChatCustomer.start(app, 'pg-1');
    await c.send('CONNECT');
    const callId = ((await agent.events()).find(([t]) => t === 'AgentEvent_Talking')![1] as { callid: string }).callid;
    await c.send('CHAT', 'on postgres');
    const up = await c.call('POST', '/apiaccess/ccmessaging/uploadFileStream', { fileType: 'TXT', channel: 'WEB', fileStream: Buffer.from('hello').toString('base64') });
    expect(up.body.returnCode).toBe('0');
    await c.send('DISCONNECT');
    expect((await c.call('POST', '/apiaccess/ccmessaging/saveSatisfaction', { channel: 'WEB', userId: 'pg-1', evaluation: '5', comment: '' })).body.resultCode).toBe('0');
    expect((await chatTranscript(app.services.repos, 1, callId)).map((l) => l.content)).toContain('on postgres');
    expect((await app.services.repos.ctiRecords.cdrsOfCall(1, callId)).map((r) => r.mediaType)).toEqual([53, 53]);
    expect(await app.services.repos.chat.findSatisfaction(1, callId)).toMatchObject({ evaluation: '5' });
    const history = await c.call('POST', '/apiaccess/ccmessaging/queryHistoryChatMessage', { channelId: c.channelId, userId: 'pg-1', limit: '50', offset: '0' });
    expect(history.body.messageList.length).toBeGreaterThanOrEqual(4);
  });
});
