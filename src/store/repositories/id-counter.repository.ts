import { sql, type Kysely } from 'kysely';
import { reusedUpsert } from '../compiled-statements.ts';
import type { Database } from '../schema.ts';

/**
 * Every record-writer batch raises the activity counter (decision 0508): one SQL text, built once
 * (issue 8). The new value is read back through `excluded`, so the statement binds it once.
 */
const raise = reusedUpsert(['scope', 'nextValue'], (on, rows) =>
  on
    .insertInto('idCounter')
    .values(rows as { scope: string; nextValue: number }[])
    .onConflict((oc) => oc.column('scope').doUpdateSet({ nextValue: sql<number>`case when id_counter.next_value < excluded.next_value then excluded.next_value else id_counter.next_value end` })),
);

/**
 * Durable counters for the small sequential identifiers the reference shows (called-route dnid,
 * skill ids, IVR flow ids): one atomic upsert per allocation, safe on both dialects. A row holds
 * the last value handed out (the column is named next_value for historical reasons).
 */
export function createIdCounterRepository(db: Kysely<Database>) {
  return {
    /** Returns the next value of `scope`, starting at `first` for a new scope. */
    async next(scope: string, first = 1): Promise<number> {
      const row = await db
        .insertInto('idCounter')
        .values({ scope, nextValue: first })
        .onConflict((oc) => oc.column('scope').doUpdateSet({ nextValue: sql<number>`id_counter.next_value + 1` }))
        .returning('nextValue')
        .executeTakeFirstOrThrow();
      return Number(row.nextValue);
    },
    /** The last value of `scope`, if it was ever used. */
    async current(scope: string): Promise<number | undefined> {
      const row = await db.selectFrom('idCounter').select('nextValue').where('scope', '=', scope).executeTakeFirst();
      return row === undefined ? undefined : Number(row.nextValue);
    },
    /** Records that `value` is in use, so that later allocations of `scope` come after it. */
    async raiseTo(scope: string, value: number): Promise<void> {
      await raise(db, [scope, value]);
    },
  };
}

export type IdCounterRepository = ReturnType<typeof createIdCounterRepository>;
