// Goal: the chat repository behaves the same on SQLite and PostgreSQL (transcripts in order,
// history windows and pages, files, satisfaction once per call, email upserts, tenant scoping).
// Method: the same script on an in-memory SQLite store and, when OPENCEC_TEST_PG_URL is set, a
// fresh PostgreSQL database.
import { afterAll, describe, expect, it } from 'vitest';
import { createRepositories, openStore } from '../index.ts';
import { createPgDatabase, pgServerUrl } from '../../../test/support/postgres.ts';

const drops: Array<() => Promise<void>> = [];
afterAll(async () => {
  for (const drop of drops) await drop();
});

async function storeUrls(): Promise<string[]> {
  const urls = ['sqlite::memory:'];
  if (pgServerUrl) {
    const db = await createPgDatabase();
    drops.push(db.drop);
    urls.push(db.url);
  }
  return urls;
}

const line = (id: string, atMs: number, vdnId = 1) => ({ id, vdnId, callId: '1767600000-1', channelId: 'ch', userId: 'u1', sender: 'CUSTOMER', senderId: 'u1', senderNickname: 'U', controlType: 'CHAT', mediaType: 'TEXT', content: `m${id}`, fileId: id === '2' ? 'obj' : null, messageCode: `mc${id}`, atMs });

describe('chat repository (SQLite and PostgreSQL)', () => {
  it('stores and reads chat records per tenant', async () => {
    for (const url of await storeUrls()) {
      const store = await openStore({ url });
      const repos = createRepositories(store.db);
      await repos.chat.insertMessages([line('3', 3000), line('1', 1000), line('2', 2000), line('9', 1500, 2)]);
      expect((await repos.chat.transcript(1, '1767600000-1')).map((m) => m.id), url).toEqual(['1', '2', '3']);
      expect((await repos.chat.history(1, 'ch', 'u1', { fromMs: 1500, offset: 0, limit: 10 })).map((m) => m.id)).toEqual(['2', '3']);
      expect((await repos.chat.history(1, 'ch', 'u1', { offset: 1, limit: 1 })).map((m) => m.id)).toEqual(['2']);
      expect(await repos.chat.fileSentTo(1, 'ch', 'u1', ['obj'])).toBe(true);
      expect(await repos.chat.fileSentTo(2, 'ch', 'u1', ['obj'])).toBe(false);
      await repos.chat.insertFile({ objectKey: 'k', vdnId: 1, channelId: 'ch', userId: 'u1', fileType: 'jpg', sizeBytes: 3, storeKey: 'chat/1/k', createdAtMs: 1 });
      expect(await repos.chat.findFile(1, 'k')).toMatchObject({ sizeBytes: 3 });
      expect(await repos.chat.findFile(2, 'k')).toBeUndefined();
      await repos.chat.insertSatisfaction({ id: 's1', vdnId: 1, callId: 'c', channelId: 'ch', userId: 'u1', evaluation: '5', comment: '', atMs: 1 });
      await expect(repos.chat.insertSatisfaction({ id: 's2', vdnId: 1, callId: 'c', channelId: 'ch', userId: 'u1', evaluation: '4', comment: '', atMs: 2 })).rejects.toThrow();
      await repos.chat.upsertEmail(1, 'e', 'received', 1);
      await repos.chat.upsertEmail(1, 'e', 'discarded', 2);
      expect(await repos.chat.findEmail(1, 'e')).toMatchObject({ status: 'discarded', updatedAtMs: 2 });
      await store.close();
    }
  });
});
