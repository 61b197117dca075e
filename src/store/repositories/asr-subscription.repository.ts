import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../schema.ts';
import type { AsrSubscriptionTable } from '../schema-asr.ts';
import '../schema-asr.ts';

export type AsrSubscriptionRow = Selectable<AsrSubscriptionTable>;
/** What register and modify store besides the identity. */
export type AsrSubscriptionSpecRow = Pick<AsrSubscriptionRow, 'serviceCallbackUri' | 'nlpFlag' | 'flowAccessCode'>;

/** The owner of the system administrator's subscriptions (which hear every tenant). */
export const asrSystemOwner = -1;

// PostgreSQL returns bigint columns as text.
const toRow = (row: AsrSubscriptionRow): AsrSubscriptionRow => ({ ...row, nlpFlag: Number(row.nlpFlag), createdAtMs: Number(row.createdAtMs), lastHandshakeMs: Number(row.lastHandshakeMs) });

/**
 * The §6.3 subscriptions (decision 0464). "Live" is judged by the caller's Clock: a row whose last
 * handshake is at or before `liveAfterMs` has lapsed and is invisible, as if it were gone.
 */
export function createAsrSubscriptionRepository(db: Kysely<Database>) {
  return {
    async insert(row: AsrSubscriptionRow): Promise<void> {
      await db.insertInto('asrSubscription').values(row).execute();
    },
    async findLive(ownerVdnId: number, serverId: string, liveAfterMs: number): Promise<AsrSubscriptionRow | undefined> {
      const row = await db.selectFrom('asrSubscription').selectAll().where('serverId', '=', serverId).where('ownerVdnId', '=', ownerVdnId).where('lastHandshakeMs', '>', liveAfterMs).executeTakeFirst();
      return row && toRow(row);
    },
    /** Any row of `serverId`, live or not: what a push still in the outbox is sent with. */
    async find(serverId: string): Promise<AsrSubscriptionRow | undefined> {
      const row = await db.selectFrom('asrSubscription').selectAll().where('serverId', '=', serverId).executeTakeFirst();
      return row && toRow(row);
    },
    /** Live subscriptions owned by any of `owners`, oldest first. */
    async listLive(owners: readonly number[], liveAfterMs: number): Promise<AsrSubscriptionRow[]> {
      const rows = await db.selectFrom('asrSubscription').selectAll().where('ownerVdnId', 'in', owners).where('lastHandshakeMs', '>', liveAfterMs).orderBy('createdAtMs').orderBy('serverId').execute();
      return rows.map(toRow);
    },
    /** Updates a live subscription; false when there is none. */
    async update(ownerVdnId: number, serverId: string, liveAfterMs: number, changes: Partial<AsrSubscriptionSpecRow & { lastHandshakeMs: number }>): Promise<boolean> {
      const result = await db.updateTable('asrSubscription').set(changes).where('serverId', '=', serverId).where('ownerVdnId', '=', ownerVdnId).where('lastHandshakeMs', '>', liveAfterMs).executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
    /** Deletes a live subscription; false when there is none. */
    async delete(ownerVdnId: number, serverId: string, liveAfterMs: number): Promise<boolean> {
      const result = await db.deleteFrom('asrSubscription').where('serverId', '=', serverId).where('ownerVdnId', '=', ownerVdnId).where('lastHandshakeMs', '>', liveAfterMs).executeTakeFirst();
      return Number(result.numDeletedRows) > 0;
    },
    /** Forgets subscriptions that lapsed at or before `lapsedBeforeMs` (their pushes have long been sent). */
    async purge(lapsedBeforeMs: number): Promise<number> {
      const result = await db.deleteFrom('asrSubscription').where('lastHandshakeMs', '<=', lapsedBeforeMs).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}

export type AsrSubscriptionRepository = ReturnType<typeof createAsrSubscriptionRepository>;
