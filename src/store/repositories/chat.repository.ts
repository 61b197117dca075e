import type { Insertable, Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import type { ChatFileTable, ChatLeaveMessageTable, ChatMessageTable, ChatOutboundMessageTable, ChatSatisfactionTable } from '../schema-chat.ts';

export type ChatMessageRow = ChatMessageTable;
export type ChatFileRow = ChatFileTable;

/** Web chat records; every read is scoped by the caller's tenant. */
export function createChatRepository(db: Kysely<Database>) {
  return {
    async insertMessages(rows: Insertable<ChatMessageTable>[]): Promise<void> {
      // Chunks keep each statement under SQLite's bound-parameter limit (15 columns a row).
      for (let i = 0; i < rows.length; i += 500) await db.insertInto('chatMessage').values(rows.slice(i, i + 500)).execute();
    },
    /** The transcript of one chat, in order (decision 1104: the quality checks read it). */
    transcript(vdnId: number, callId: string): Promise<ChatMessageRow[]> {
      return db.selectFrom('chatMessage').selectAll().where('vdnId', '=', vdnId).where('callId', '=', callId).orderBy('atMs').orderBy('id').execute();
    },
    /** A customer's messages in a channel, oldest first (11.16), within [fromMs, toMs] when given. */
    history(vdnId: number, channelId: string, userId: string, window: { fromMs?: number; toMs?: number; offset: number; limit: number }): Promise<ChatMessageRow[]> {
      let q = db.selectFrom('chatMessage').selectAll().where('vdnId', '=', vdnId).where('channelId', '=', channelId).where('userId', '=', userId);
      if (window.fromMs !== undefined) q = q.where('atMs', '>=', window.fromMs);
      if (window.toMs !== undefined) q = q.where('atMs', '<=', window.toMs);
      return q.orderBy('atMs').orderBy('id').offset(window.offset).limit(window.limit).execute();
    },
    async insertFile(row: Insertable<ChatFileTable>): Promise<void> {
      await db.insertInto('chatFile').values(row).execute();
    },
    findFile(vdnId: number, objectKey: string): Promise<ChatFileRow | undefined> {
      return db.selectFrom('chatFile').selectAll().where('vdnId', '=', vdnId).where('objectKey', '=', objectKey).executeTakeFirst();
    },
    /** Whether a file was sent to the customer in one of its chats. */
    async fileSentTo(vdnId: number, channelId: string, userId: string, fileIds: string[]): Promise<boolean> {
      const row = await db.selectFrom('chatMessage').select('id').where('vdnId', '=', vdnId).where('channelId', '=', channelId).where('userId', '=', userId).where('fileId', 'in', fileIds).executeTakeFirst();
      return row !== undefined;
    },
    async insertLeaveMessage(row: Insertable<ChatLeaveMessageTable>): Promise<void> {
      await db.insertInto('chatLeaveMessage').values(row).execute();
    },
    leaveMessages(vdnId: number): Promise<ChatLeaveMessageTable[]> {
      return db.selectFrom('chatLeaveMessage').selectAll().where('vdnId', '=', vdnId).orderBy('createdAtMs').orderBy('id').execute();
    },
    findSatisfaction(vdnId: number, callId: string): Promise<ChatSatisfactionTable | undefined> {
      return db.selectFrom('chatSatisfaction').selectAll().where('vdnId', '=', vdnId).where('callId', '=', callId).executeTakeFirst();
    },
    async insertSatisfaction(row: Insertable<ChatSatisfactionTable>): Promise<void> {
      await db.insertInto('chatSatisfaction').values(row).execute();
    },
    async insertOutbound(rows: Insertable<ChatOutboundMessageTable>[]): Promise<void> {
      if (rows.length > 0) await db.insertInto('chatOutboundMessage').values(rows).execute();
    },
    outboundTo(vdnId: number, phoneNumber: string): Promise<ChatOutboundMessageTable[]> {
      return db.selectFrom('chatOutboundMessage').selectAll().where('vdnId', '=', vdnId).where('phoneNumber', '=', phoneNumber).orderBy('createdAtMs').orderBy('id').execute();
    },
    async upsertEmail(vdnId: number, emailId: string, status: string, atMs: number): Promise<void> {
      await db
        .insertInto('chatEmail')
        .values({ vdnId, emailId, status, updatedAtMs: atMs })
        .onConflict((oc) => oc.columns(['vdnId', 'emailId']).doUpdateSet({ status, updatedAtMs: atMs }))
        .execute();
    },
    findEmail(vdnId: number, emailId: string) {
      return db.selectFrom('chatEmail').selectAll().where('vdnId', '=', vdnId).where('emailId', '=', emailId).executeTakeFirst();
    },
  };
}
