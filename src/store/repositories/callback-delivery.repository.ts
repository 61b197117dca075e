import type { ExpressionBuilder, Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { CallbackDeliveryTable, Database } from '../schema.ts';
import '../schema-asr.ts';

export type CallbackDeliveryRow = Selectable<CallbackDeliveryTable>;

/**
 * A pending delivery is at the head of its order: it has no key, or no earlier delivery of its key
 * is still pending (one being retried holds back the later ones; a failed one lets them go).
 */
function atHeadOfOrder(eb: ExpressionBuilder<Database & { d: CallbackDeliveryTable }, 'd'>) {
  const earlier = eb
    .selectFrom('callbackDelivery as p')
    .select('p.id')
    .whereRef('p.orderKey', '=', 'd.orderKey')
    .where('p.status', '=', 'pending')
    .where((e) => e.or([e('p.createdAtMs', '<', e.ref('d.createdAtMs')), e.and([e('p.createdAtMs', '=', e.ref('d.createdAtMs')), e('p.id', '<', e.ref('d.id'))])]));
  return eb.or([eb('d.orderKey', 'is', null), eb.not(eb.exists(earlier))]);
}

/** The durable outbox of HTTP callbacks (review results, push events that must not be lost). */
export function createCallbackDeliveryRepository(db: Kysely<Database>) {
  return {
    async insert(row: Insertable<CallbackDeliveryTable>): Promise<void> {
      await db.insertInto('callbackDelivery').values(row).execute();
    },
    /** Pending deliveries due at or before `nowMs` and at the head of their order, oldest first, at most `limit`. */
    listDue(nowMs: number, limit: number): Promise<CallbackDeliveryRow[]> {
      return db
        .selectFrom('callbackDelivery as d')
        .selectAll('d')
        .where('d.status', '=', 'pending')
        .where('d.nextAttemptAtMs', '<=', nowMs)
        .where(atHeadOfOrder)
        .orderBy('d.nextAttemptAtMs')
        .orderBy('d.id')
        .limit(limit)
        .execute();
    },
    /** The earliest time a pending delivery at the head of its order is due, if any. */
    async nextDueAtMs(): Promise<number | undefined> {
      const row = await db
        .selectFrom('callbackDelivery as d')
        .select((eb) => eb.fn.min<number>('d.nextAttemptAtMs').as('at'))
        .where('d.status', '=', 'pending')
        .where(atHeadOfOrder)
        .executeTakeFirst();
      return row?.at === null || row?.at === undefined ? undefined : Number(row.at);
    },
    find(id: string): Promise<CallbackDeliveryRow | undefined> {
      return db.selectFrom('callbackDelivery').selectAll().where('id', '=', id).executeTakeFirst();
    },
    listByVdn(vdnId: number): Promise<CallbackDeliveryRow[]> {
      return db.selectFrom('callbackDelivery').selectAll().where('vdnId', '=', vdnId).orderBy('createdAtMs').execute();
    },
    /**
     * Claims a due delivery for one attempt: moves its next attempt to `heldUntilMs` only if the
     * row is as the caller read it (still pending, same attempts and due time). False when another
     * node claimed or sent it meanwhile (a lease-0 handover: decision 1700).
     */
    async claim(row: Pick<CallbackDeliveryRow, 'id' | 'attempts' | 'nextAttemptAtMs'>, heldUntilMs: number): Promise<boolean> {
      const result = await db
        .updateTable('callbackDelivery')
        .set({ nextAttemptAtMs: heldUntilMs })
        .where('id', '=', row.id)
        .where('status', '=', 'pending')
        .where('attempts', '=', row.attempts)
        .where('nextAttemptAtMs', '=', row.nextAttemptAtMs)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },
    async update(id: string, changes: Updateable<CallbackDeliveryTable>): Promise<void> {
      await db.updateTable('callbackDelivery').set(changes).where('id', '=', id).execute();
    },
  };
}

export type CallbackDeliveryRepository = ReturnType<typeof createCallbackDeliveryRepository>;
