import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { CallbackDeliveryTable, Database } from '../schema.ts';

export type CallbackDeliveryRow = Selectable<CallbackDeliveryTable>;

/** The durable outbox of HTTP callbacks (review results, push events that must not be lost). */
export function createCallbackDeliveryRepository(db: Kysely<Database>) {
  return {
    async insert(row: Insertable<CallbackDeliveryTable>): Promise<void> {
      await db.insertInto('callbackDelivery').values(row).execute();
    },
    /** Pending deliveries due at or before `nowMs`, oldest first, at most `limit`. */
    listDue(nowMs: number, limit: number): Promise<CallbackDeliveryRow[]> {
      return db
        .selectFrom('callbackDelivery')
        .selectAll()
        .where('status', '=', 'pending')
        .where('nextAttemptAtMs', '<=', nowMs)
        .orderBy('nextAttemptAtMs')
        .orderBy('id')
        .limit(limit)
        .execute();
    },
    /** The earliest time a pending delivery is due, if any. */
    async nextDueAtMs(): Promise<number | undefined> {
      const row = await db
        .selectFrom('callbackDelivery')
        .select((eb) => eb.fn.min<number>('nextAttemptAtMs').as('at'))
        .where('status', '=', 'pending')
        .executeTakeFirst();
      return row?.at === null || row?.at === undefined ? undefined : Number(row.at);
    },
    find(id: string): Promise<CallbackDeliveryRow | undefined> {
      return db.selectFrom('callbackDelivery').selectAll().where('id', '=', id).executeTakeFirst();
    },
    listByVdn(vdnId: number): Promise<CallbackDeliveryRow[]> {
      return db.selectFrom('callbackDelivery').selectAll().where('vdnId', '=', vdnId).orderBy('createdAtMs').execute();
    },
    async update(id: string, changes: Updateable<CallbackDeliveryTable>): Promise<void> {
      await db.updateTable('callbackDelivery').set(changes).where('id', '=', id).execute();
    },
  };
}

export type CallbackDeliveryRepository = ReturnType<typeof createCallbackDeliveryRepository>;
