import { CompiledQuery, type Insertable, type Kysely } from 'kysely';

/** Rows per multi-row INSERT: well under both dialects' bound-parameter limits. */
const chunkRowsMax = 200;
/** SQL texts kept per dialect (one per table, row count and column list seen). */
const shapesMax = 1_024;

/**
 * Keyed by the dialect adapter, which a transaction shares with its database: repositories are
 * created per transaction, and one process may hold a SQLite and a PostgreSQL store (tests do).
 */
const shapesByAdapter = new WeakMap<object, Map<string, string>>();

/**
 * Multi-row INSERTs of one table whose SQL is built by Kysely once per shape (row count and column
 * list) and reused with each batch's values. Building a multi-row insert walks every value of every
 * row through Kysely's operation tree, which cost more than SQLite's own work in the record
 * writer's profile (docs/performance.md); the store's statement cache then reuses the prepared
 * statement of the same text. Rows whose columns differ, or that leave a column undefined (which
 * Kysely renders as DEFAULT, without a parameter), take Kysely's ordinary path.
 */
export async function insertRows<DB, T extends keyof DB & string>(db: Kysely<DB>, table: T, rows: readonly Insertable<DB[T]>[]): Promise<void> {
  const adapter = db.getExecutor().adapter;
  let shapes = shapesByAdapter.get(adapter);
  if (!shapes) shapesByAdapter.set(adapter, (shapes = new Map()));
  const insert = (chunk: readonly Insertable<DB[T]>[]) => db.insertInto(table).values(chunk as never);
  {
    for (let i = 0; i < rows.length; i += chunkRowsMax) {
      const chunk = rows.slice(i, i + chunkRowsMax);
      const columns = Object.keys(chunk[0] as object);
      const parameters = flatValues(chunk as readonly Record<string, unknown>[], columns);
      if (!parameters) {
        await insert(chunk).execute();
        continue;
      }
      const key = `${table}|${chunk.length}|${columns.join(',')}`;
      let sql = shapes.get(key);
      if (sql === undefined) {
        sql = insert(chunk).compile().sql;
        if (shapes.size >= shapesMax) shapes.clear();
        shapes.set(key, sql);
      }
      await db.executeQuery(CompiledQuery.raw(sql, parameters));
    }
  }
}

/** The rows' values in column order, or undefined when a row does not have exactly `columns`. */
function flatValues(rows: readonly Record<string, unknown>[], columns: readonly string[]): unknown[] | undefined {
  const values: unknown[] = [];
  for (const row of rows) {
    let count = 0;
    for (const name in row) count++;
    if (count !== columns.length) return undefined;
    for (const name of columns) {
      const value = row[name];
      if (value === undefined) return undefined;
      values.push(value);
    }
  }
  return values;
}
