import { sql, type RawBuilder } from 'kysely';

/**
 * What the roll-up tables with measures as columns share (decisions 0830, 0831): how a column
 * merges on upsert, and statements of a few fixed sizes, so that each table keeps a handful of
 * prepared statements instead of one per batch size (reused by `reusedUpsert`, ../compiled-statements.ts).
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

/** Chunks of `rows` of the fixed sizes, each flattened by `flatten` (which appends one row's values). */
export function flattenedChunks<T>(rows: readonly T[], sizes: readonly number[], flatten: (row: T, into: unknown[]) => void): unknown[][] {
  return fixedChunks(rows, sizes).map((chunk) => {
    const out: unknown[] = [];
    for (const row of chunk) flatten(row, out);
    return out;
  });
}
