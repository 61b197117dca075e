import { sql, type Insertable, type Kysely } from 'kysely';
import { aggregateOf, flattenedChunks, mergeExpression, snakeCase, type ColumnMerge } from './column-merge.ts';
import { reusedUpsert } from '../compiled-statements.ts';
import type { Database } from '../schema.ts';
import type { MissedCallTable, StatMeasureTable } from '../schema-stats.ts';

/** A roll-up row as written: its key and its (sparse) measures; absent sums are 0, absent extremes null. */
export interface StatMeasureRow {
  key: { vdnId: number; grainMs: number; scopeId: string; bucketMs: number; mediaType: number; subMediaType: number; anony: number; calleeNo: string };
  measures: Readonly<Record<string, number>>;
}
export type MissedCallRow = Insertable<MissedCallTable>;
export type StatScope = 'skill' | 'agent' | 'vdn' | 'ivr';

export interface BucketFilter {
  mediaType?: number;
  subMediaType?: number;
  anony?: number;
  calleeNo?: string;
}

/** A scope id's measures summed over a range, or over one bucket (`bucketMs`) when read per bucket. */
export interface SummedMeasures {
  scopeId: string;
  bucketMs: number | null;
  measures: Record<string, number>;
}

export interface SummedQuery {
  vdnId: number;
  scope: StatScope;
  /** The scope's measure columns and how each merges (its closed list, migration 0304). */
  columns: Readonly<Record<string, ColumnMerge>>;
  ids: readonly string[];
  grainMs: number;
  fromMs: number;
  toMs: number;
  filter: BucketFilter;
  perBucket: boolean;
}

const insertChunkRows = 200;
const tables = { skill: 'statSkill', agent: 'statAgent', vdn: 'statVdn', ivr: 'statIvr' } as const;
const keyColumns = ['vdnId', 'grainMs', 'scopeId', 'bucketMs', 'mediaType', 'subMediaType', 'anony', 'calleeNo'] as const;
/**
 * Rows per upsert statement (≤ 88 columns × 64 rows, far under both dialects' parameter limits),
 * by powers of two: a state command's batch of 5–10 operations writes 10–20 agent rows, which
 * these cut into two or three statements, where 64/16/4/1 needed up to six (issue 8).
 */
const rowsPerStatement = [64, 32, 16, 8, 4, 2, 1] as const;

/** Every batch that wrote operations or finished calls counts them (decision 0813): built once. */
const addState = reusedUpsert(['vdnId', 'calls', 'operations'], (on, rows) =>
  on
    .insertInto('statRollupState')
    .values(rows as { vdnId: number; calls: number; operations: number }[])
    .onConflict((oc) => oc.column('vdnId').doUpdateSet({ calls: sql`stat_rollup_state.calls + excluded.calls`, operations: sql`stat_rollup_state.operations + excluded.operations` })),
);

/**
 * Reused statements per scope table and set of measure columns written (decision 0831). A batch
 * touches a few of a scope's 80-odd measures (an agent operation: its count, its duration, the
 * signed-in time), so a statement lists only the measures some row of the batch has: the others
 * keep their stored value or their column default (0, or null for an extreme), which is what
 * merging a 0 or a null would leave (issue 8: binding and merging every column was most of the
 * roll-up's cost per state command). Beyond `shapesPerScopeMax` sets a scope's statement lists
 * every column.
 */
const upserts = new Map<string, ReturnType<typeof reusedUpsert>>();
const shapesPerScopeMax = 64;
const shapeCounts: Partial<Record<StatScope, number>> = {};

/** The statement for rows whose measures are all among `written` (none: every column), and the columns it binds. */
function upsertOf(scope: StatScope, written: readonly string[], columns: Readonly<Record<string, ColumnMerge>>): { upsert: ReturnType<typeof reusedUpsert>; names: readonly string[] } {
  const every = Object.keys(columns);
  const names = written.length === 0 ? every : written;
  const key = `${scope}|${names.join(',')}`;
  let upsert = upserts.get(key);
  if (upsert) return { upsert, names };
  if ((shapeCounts[scope] ?? 0) >= shapesPerScopeMax && names.length < every.length) return upsertOf(scope, every, columns);
  upsert = reusedUpsert([...keyColumns, ...names], (on, chunk) => {
    const table = snakeCase(tables[scope]);
    const set: Record<string, unknown> = {};
    for (const column of names) set[column] = mergeExpression(table, column, columns[column]!);
    return on.insertInto(tables[scope]).values(chunk as StatMeasureTable[]).onConflict((oc) => oc.columns([...keyColumns]).doUpdateSet(set as never));
  });
  shapeCounts[scope] = (shapeCounts[scope] ?? 0) + 1;
  upserts.set(key, upsert);
  return { upsert, names };
}

/**
 * The indicator roll-up (migrations 0301, 0304; decisions 0813, 0831): one row per bucket with
 * the measures as columns, merged by SQL upsert, so a bucket is never read back to be written:
 * `…Max` columns keep the larger value, `…Min` the smaller, the others add up. Standard SQL only,
 * the same on SQLite and PostgreSQL.
 */
export function createStatRollupRepository(db: Kysely<Database>) {
  return {
    /** Rows must have distinct keys; `columns` is the scope's every measure column. */
    async upsertRows(scope: StatScope, rows: readonly StatMeasureRow[], columns: Readonly<Record<string, ColumnMerge>>): Promise<void> {
      if (rows.length === 0) return;
      const written = new Set<string>();
      for (const { measures } of rows) for (const name in measures) written.add(name);
      // The catalogue's order, so that one set of measures is one statement text.
      const { upsert, names } = upsertOf(scope, Object.keys(columns).filter((name) => written.has(name)), columns);
      const defaults = names.map((name) => (columns[name] === 'sum' ? 0 : null));
      const flatten = ({ key, measures }: StatMeasureRow, into: unknown[]) => {
        into.push(key.vdnId, key.grainMs, key.scopeId, key.bucketMs, key.mediaType, key.subMediaType, key.anony, key.calleeNo);
        for (let i = 0; i < names.length; i++) into.push(measures[names[i]!] ?? defaults[i]);
      };
      for (const parameters of flattenedChunks(rows, rowsPerStatement, flatten)) await upsert(db, parameters);
    },
    async addToState(vdnId: number, calls: number, operations: number): Promise<void> {
      await addState(db, [vdnId, calls, operations]);
    },
    async state(vdnId: number): Promise<{ calls: number; operations: number } | undefined> {
      const row = await db.selectFrom('statRollupState').select(['calls', 'operations']).where('vdnId', '=', vdnId).executeTakeFirst();
      return row ? { calls: Number(row.calls), operations: Number(row.operations) } : undefined;
    },
    async clear(vdnId: number): Promise<void> {
      for (const table of Object.values(tables)) await db.deleteFrom(table).where('vdnId', '=', vdnId).execute();
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
     * Measures of the given scope ids over [fromMs, toMs) of one grain, summed per id, and per
     * bucket when `perBucket`. Reads the roll-up only, never raw records.
     */
    async summed(q: SummedQuery): Promise<SummedMeasures[]> {
      if (q.ids.length === 0 || q.toMs <= q.fromMs) return [];
      const names = Object.keys(q.columns);
      let query = db
        .selectFrom(tables[q.scope])
        .where('vdnId', '=', q.vdnId)
        .where('grainMs', '=', q.grainMs)
        .where('scopeId', 'in', [...q.ids])
        .where('bucketMs', '>=', q.fromMs)
        .where('bucketMs', '<', q.toMs);
      if (q.filter.mediaType !== undefined) query = query.where('mediaType', '=', q.filter.mediaType);
      if (q.filter.subMediaType !== undefined) query = query.where('subMediaType', '=', q.filter.subMediaType);
      if (q.filter.anony !== undefined) query = query.where('anony', '=', q.filter.anony);
      if (q.filter.calleeNo !== undefined) query = query.where('calleeNo', '=', q.filter.calleeNo);
      const aggregates = query.select('scopeId').select(names.map((name) => aggregateOf(name, q.columns[name]!).as(name)) as never);
      const rows = (q.perBucket ? await aggregates.select('bucketMs').groupBy(['scopeId', 'bucketMs']).execute() : await aggregates.groupBy('scopeId').execute()) as Record<string, unknown>[];
      return rows.map((r) => {
        const measures: Record<string, number> = {};
        for (const name of names) {
          const value = r[name];
          if (value === null || value === undefined) continue;
          // An absent sum reads as 0; an extreme is kept whatever its value.
          if (q.columns[name] !== 'sum' || Number(value) !== 0) measures[name] = Number(value);
        }
        return { scopeId: String(r.scopeId), bucketMs: q.perBucket ? Number(r.bucketMs) : null, measures };
      });
    },
  };
}

export type StatRollupRepository = ReturnType<typeof createStatRollupRepository>;
