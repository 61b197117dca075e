import { CompiledQuery, sql, type Compilable, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../schema.ts';

/**
 * What the roll-up tables with measures as columns share (decisions 0830, 0831): how a column
 * merges on upsert, and statements of a few fixed sizes, so that each table keeps a handful of
 * prepared statements instead of one per batch size.
 */
export type ColumnMerge = 'sum' | 'max' | 'min';

export const snakeCase = (name: string) => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

/** `table.column` merged with `excluded.column`: added, or the larger/smaller (null = not measured). */
export function mergeExpression(table: string, column: string, merge: ColumnMerge): RawBuilder<unknown> {
  const t = sql.ref(`${table}.${snakeCase(column)}`);
  const e = sql.ref(`excluded.${snakeCase(column)}`);
  if (merge === 'sum') return sql`${t} + ${e}`;
  const better = merge === 'max' ? sql`${e} > ${t}` : sql`${e} < ${t}`;
  return sql`CASE WHEN ${e} IS NULL THEN ${t} WHEN ${t} IS NULL OR ${better} THEN ${e} ELSE ${t} END`;
}

/** Splits rows into chunks of the given sizes (largest first, ending with 1). */
export function fixedChunks<T>(rows: readonly T[], sizes: readonly number[]): T[][] {
  const out: T[][] = [];
  let i = 0;
  for (const size of sizes) while (rows.length - i >= size) out.push(rows.slice(i, (i += size)));
  return out;
}

/** The aggregate that reads a column back over many rows: SUM, MAX or MIN. */
export function aggregateOf(column: string, merge: ColumnMerge): RawBuilder<unknown> {
  const c = sql.ref(snakeCase(column));
  return merge === 'sum' ? sql`SUM(${c})` : merge === 'max' ? sql`MAX(${c})` : sql`MIN(${c})`;
}

/**
 * An upsert whose SQL is compiled once per dialect and statement size and reused with new
 * parameters: for rows of some hundred columns, building and compiling the statement (and even
 * building the row objects) costs more than running it (decision 0831). Callers hand over the
 * parameters already flattened, row by row in `columns` order; the row objects are built only for
 * the first compile of a shape, which checks that the statement binds exactly those values.
 * Repositories are made per transaction, so the cache lives with the statement's definition.
 */
export function reusedUpsert(columns: readonly string[], build: (db: Kysely<Database>, rows: Record<string, unknown>[]) => Compilable<unknown>) {
  const compiled = new Map<string, string>();
  return async (db: Kysely<Database>, parameters: readonly unknown[]): Promise<void> => {
    const rowCount = parameters.length / columns.length;
    const key = `${db.getExecutor().adapter.constructor.name}|${rowCount}`;
    let text = compiled.get(key);
    if (text === undefined) {
      const rows = Array.from({ length: rowCount }, (_, r) => Object.fromEntries(columns.map((c, i) => [c, parameters[r * columns.length + i]])));
      const query = build(db, rows).compile();
      const same = query.parameters.length === parameters.length && query.parameters.every((p, i) => p === parameters[i]);
      if (!same) throw new Error('reusedUpsert: the statement binds values other than the rows');
      compiled.set(key, (text = query.sql));
    }
    await db.executeQuery(CompiledQuery.raw(text, [...parameters]));
  };
}

/** Chunks of `rows` of the fixed sizes, each flattened by `flatten` (which appends one row's values). */
export function flattenedChunks<T>(rows: readonly T[], sizes: readonly number[], flatten: (row: T, into: unknown[]) => void): unknown[][] {
  return fixedChunks(rows, sizes).map((chunk) => {
    const out: unknown[] = [];
    for (const row of chunk) flatten(row, out);
    return out;
  });
}
