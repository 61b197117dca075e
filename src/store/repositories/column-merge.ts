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
 * parameters: for rows of some hundred columns, building and compiling the statement costs more
 * than running it (decision 0831). `build` must bind nothing but the rows' values, column by
 * column of the first row, row by row (checked on the first compile of each shape). Repositories
 * are made per transaction, so the cache lives with the statement's definition.
 */
export function reusedUpsert<Row extends Record<string, unknown>>(build: (db: Kysely<Database>, rows: readonly Row[]) => Compilable<unknown>) {
  const compiled = new Map<string, { sql: string; columns: string[] }>();
  return async (db: Kysely<Database>, rows: readonly Row[]): Promise<void> => {
    const key = `${db.getExecutor().adapter.constructor.name}|${rows.length}`;
    let shape = compiled.get(key);
    const columns = shape?.columns ?? Object.keys(rows[0]!);
    const parameters = rows.flatMap((row) => columns.map((c) => row[c] ?? null));
    if (!shape) {
      const query = build(db, rows).compile();
      const same = query.parameters.length === parameters.length && query.parameters.every((p, i) => p === parameters[i]);
      if (!same) throw new Error('reusedUpsert: the statement binds values other than the rows');
      shape = { sql: query.sql, columns };
      compiled.set(key, shape);
    }
    await db.executeQuery(CompiledQuery.raw(shape.sql, parameters));
  };
}
