import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../schema.ts';
import type { SimMessageTable, TrialVerifyCodeTable } from '../schema-mall.ts';
import '../schema-mall.ts';

export type TrialVerifyCodeRow = Selectable<TrialVerifyCodeTable>;
export type SimMessageRow = Selectable<SimMessageTable>;

/** Verification codes of the one-click trial and the simulated gateways' sent messages (decision 1506). */
export function createTrialRepository(db: Kysely<Database>) {
  return {
    findCode(phone: string): Promise<TrialVerifyCodeRow | undefined> {
      return db.selectFrom('trialVerifyCode').selectAll().where('phone', '=', phone).executeTakeFirst();
    },
    async putCode(row: TrialVerifyCodeRow): Promise<void> {
      const { phone, ...rest } = row;
      await db.insertInto('trialVerifyCode').values(row).onConflict((oc) => oc.column('phone').doUpdateSet(rest)).execute();
    },
    async countFailedAttempt(phone: string): Promise<void> {
      await db.updateTable('trialVerifyCode').set((eb) => ({ failedAttempts: eb('failedAttempts', '+', 1) })).where('phone', '=', phone).execute();
    },
    async deleteCode(phone: string): Promise<void> {
      await db.deleteFrom('trialVerifyCode').where('phone', '=', phone).execute();
    },
    async insertMessage(row: SimMessageRow): Promise<void> {
      await db.insertInto('simMessage').values(row).execute();
    },
    async countMessagesSince(channel: SimMessageRow['channel'], sinceMs: number): Promise<number> {
      const row = await db.selectFrom('simMessage').where('channel', '=', channel).where('sentAtMs', '>=', sinceMs).select((eb) => eb.fn.countAll<number | string>().as('n')).executeTakeFirst();
      return Number(row?.n ?? 0);
    },
    /** The latest messages of a channel, newest first, optionally to one recipient. */
    messages(channel: SimMessageRow['channel'], recipient: string | undefined, limit: number): Promise<SimMessageRow[]> {
      let query = db.selectFrom('simMessage').selectAll().where('channel', '=', channel);
      if (recipient !== undefined) query = query.where('recipient', '=', recipient);
      return query.orderBy('sentAtMs', 'desc').orderBy('id', 'desc').limit(limit).execute();
    },
  };
}

export type TrialRepository = ReturnType<typeof createTrialRepository>;
