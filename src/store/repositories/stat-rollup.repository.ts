import { sql, type Insertable, type Kysely } from 'kysely';
import type { Database } from '../schema.ts';
import type { MissedCallTable, StatBucketTable } from '../schema-stats.ts';

export type StatBucketRow = Insertable<StatBucketTable>;
export type MissedCallRow = Insertable<MissedCallTable>;

export interface BucketFilter {
  mediaType?: number;
  subMediaType?: number;
  anony?: number;
  calleeNo?: string;
}

/** A measure summed over a range (or one 15-minute bucket), before the merge rule picks sum, max or min. */
export interface SummedMeasure {
  scopeId: string;
  bucketMs: number | null;
  measure: string;
  total: number;
  highest: number;
  lowest: number;
}

const insertChunkRows = 200;
const conflictColumns = ['vdnId', 'scope', 'scopeId', 'bucketMs', 'mediaType', 'subMediaType', 'anony', 'calleeNo', 'measure'] as const;

/**
 * The indicator roll-up (migration 0301, decision 0813). Rows are merged by SQL upsert, so a
 * bucket is never read back to be written: `…Max` measures keep the larger value, `…Min` the
 * smaller, the others add up. Standard SQL only, the same on SQLite and PostgreSQL.
 */
export function createStatRollupRepository(db: Kysely<Database>) {
  const merged = sql<number>`CASE
    WHEN stat_bucket.measure LIKE '%Max' THEN (CASE WHEN excluded.value > stat_bucket.value THEN excluded.value ELSE stat_bucket.value END)
    WHEN stat_bucket.measure LIKE '%Min' THEN (CASE WHEN excluded.value < stat_bucket.value THEN excluded.value ELSE stat_bucket.value END)
    ELSE stat_bucket.value + excluded.value END`;
  return {
    /** Rows must have distinct keys (one statement may not update a row twice on PostgreSQL). */
    async upsertBuckets(rows: readonly StatBucketRow[]): Promise<void> {
      for (let i = 0; i < rows.length; i += insertChunkRows) {
        await db
          .insertInto('statBucket')
          .values(rows.slice(i, i + insertChunkRows))
          .onConflict((oc) => oc.columns([...conflictColumns]).doUpdateSet({ value: merged }))
          .execute();
      }
    },
    async addToState(vdnId: number, calls: number, operations: number): Promise<void> {
      await db
        .insertInto('statRollupState')
        .values({ vdnId, calls, operations })
        .onConflict((oc) => oc.column('vdnId').doUpdateSet({ calls: sql`stat_rollup_state.calls + excluded.calls`, operations: sql`stat_rollup_state.operations + excluded.operations` }))
        .execute();
    },
    async state(vdnId: number): Promise<{ calls: number; operations: number } | undefined> {
      const row = await db.selectFrom('statRollupState').select(['calls', 'operations']).where('vdnId', '=', vdnId).executeTakeFirst();
      return row ? { calls: Number(row.calls), operations: Number(row.operations) } : undefined;
    },
    async clear(vdnId: number): Promise<void> {
      await db.deleteFrom('statBucket').where('vdnId', '=', vdnId).execute();
      await db.deleteFrom('statRollupState').where('vdnId', '=', vdnId).execute();
      await db.deleteFrom('missedCall').where('vdnId', '=', vdnId).execute();
    },
    async insertMissedCalls(rows: readonly MissedCallRow[]): Promise<void> {
      for (let i = 0; i < rows.length; i += insertChunkRows) {
        await db.insertInto('missedCall').values(rows.slice(i, i + insertChunkRows)).onConflict((oc) => oc.columns(['vdnId', 'callId']).doNothing()).execute();
      }
    },
    /** A page of a tenant's missed calls whose wait began in [fromMs, toMs], latest first (the example's order), and their total. */
    async missedCalls(vdnId: number, fromMs: number, toMs: number, offset: number, limit: number): Promise<{ total: number; rows: MissedCallRow[] }> {
      const base = db.selectFrom('missedCall').where('vdnId', '=', vdnId).where('waitBeginMs', '>=', fromMs).where('waitBeginMs', '<=', toMs);
      const count = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      const rows = await base.selectAll().orderBy('waitBeginMs', 'desc').orderBy('callId', 'desc').limit(limit).offset(offset).execute();
      return { total: Number(count.n), rows: rows.map((r) => ({ ...r, waitBeginMs: Number(r.waitBeginMs), callEndMs: Number(r.callEndMs) })) };
    },
    /**
     * Measures of the given scope ids over [fromMs, toMs), summed per id and measure, and per
     * 15-minute bucket when `perBucket`. Reads buckets only, never raw records.
     */
    async summed(vdnId: number, scope: string, ids: readonly string[], fromMs: number, toMs: number, filter: BucketFilter, perBucket: boolean): Promise<SummedMeasure[]> {
      if (ids.length === 0) return [];
      let q = db
        .selectFrom('statBucket')
        .where('vdnId', '=', vdnId)
        .where('scope', '=', scope)
        .where('scopeId', 'in', [...ids])
        .where('bucketMs', '>=', fromMs)
        .where('bucketMs', '<', toMs);
      if (filter.mediaType !== undefined) q = q.where('mediaType', '=', filter.mediaType);
      if (filter.subMediaType !== undefined) q = q.where('subMediaType', '=', filter.subMediaType);
      if (filter.anony !== undefined) q = q.where('anony', '=', filter.anony);
      if (filter.calleeNo !== undefined) q = q.where('calleeNo', '=', filter.calleeNo);
      const aggregates = q.select((eb) => [
        'scopeId',
        'measure',
        eb.fn.sum<number>('value').as('total'),
        eb.fn.max<number>('value').as('highest'),
        eb.fn.min<number>('value').as('lowest'),
      ]);
      const rows = perBucket
        ? await aggregates.select('bucketMs').groupBy(['scopeId', 'bucketMs', 'measure']).execute()
        : await aggregates.groupBy(['scopeId', 'measure']).execute();
      return rows.map((r) => ({
        scopeId: r.scopeId,
        bucketMs: 'bucketMs' in r ? Number(r.bucketMs) : null,
        measure: r.measure,
        total: Number(r.total),
        highest: Number(r.highest),
        lowest: Number(r.lowest),
      }));
    },
  };
}

export type StatRollupRepository = ReturnType<typeof createStatRollupRepository>;
