import { CompiledQuery, type Compilable, type Insertable, type Kysely } from 'kysely';
import type { Database } from './schema.ts';

/**
 * SQL texts built by Kysely once per statement shape and reused with each batch's values: for
 * multi-row statements, building and compiling (walking every value of every row through
 * Kysely's operation tree) costs more than running them (docs/performance.md, decision 0831),
 * and the store's statement cache then reuses the prepared statement of the same text.
 *
 * One cache, keyed by the dialect adapter (which a transaction shares with its database:
 * repositories are created per transaction, and one process may hold a SQLite and a PostgreSQL
 * store, as tests do) and then by the shape's key.
 */
const textsByAdapter = new WeakMap<object, Map<string, string>>();
/** SQL texts kept per dialect (one per statement, row count and column list seen). */
const shapesMax = 1_024;

/** Runs `parameters` with the SQL text of `shape` on db's dialect, compiling it by `compile` once. */
async function executeShape<DB>(db: Kysely<DB>, shape: string, parameters: readonly unknown[], compile: () => string): Promise<void> {
  const adapter = db.getExecutor().adapter;
  let texts = textsByAdapter.get(adapter);
  if (!texts) textsByAdapter.set(adapter, (texts = new Map()));
  let text = texts.get(shape);
  if (text === undefined) {
    text = compile();
    if (texts.size >= shapesMax) texts.clear();
    texts.set(shape, text);
  }
  await db.executeQuery(CompiledQuery.raw(text, parameters as unknown[]));
}

/** Rows per multi-row INSERT: well under both dialects' bound-parameter limits. */
const chunkRowsMax = 200;

/**
 * Multi-row INSERTs of one table, by a reused text per row count and column list. Rows whose
 * columns differ, or that leave a column undefined (which Kysely renders as DEFAULT, without a
 * parameter), take Kysely's ordinary path.
 */
export async function insertRows<DB, T extends keyof DB & string>(db: Kysely<DB>, table: T, rows: readonly Insertable<DB[T]>[]): Promise<void> {
  const insert = (chunk: readonly Insertable<DB[T]>[]) => db.insertInto(table).values(chunk as never);
  for (let i = 0; i < rows.length; i += chunkRowsMax) {
    const chunk = rows.slice(i, i + chunkRowsMax);
    const columns = Object.keys(chunk[0] as object);
    const parameters = flatValues(chunk as readonly Record<string, unknown>[], columns);
    if (!parameters) {
      await insert(chunk).execute();
      continue;
    }
    await executeShape(db, `insert|${table}|${chunk.length}|${columns.join(',')}`, parameters, () => insert(chunk).compile().sql);
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

/** Tells reused statements apart in the cache: the builder, not its text, defines one. */
let statementsDefined = 0;

/**
 * A statement over rows of fixed `columns` (an upsert, decision 0831), by a reused text per row
 * count. Callers hand over the parameters already flattened, row by row in `columns` order; the
 * row objects are built only for the first compile of a size, which checks that the statement
 * binds exactly those values.
 */
export function reusedUpsert(columns: readonly string[], build: (db: Kysely<Database>, rows: Record<string, unknown>[]) => Compilable<unknown>) {
  const name = `upsert#${++statementsDefined}`;
  return (db: Kysely<Database>, parameters: readonly unknown[]): Promise<void> => {
    const rowCount = parameters.length / columns.length;
    return executeShape(db, `${name}|${rowCount}`, parameters, () => {
      const rows = Array.from({ length: rowCount }, (_, r) => Object.fromEntries(columns.map((c, i) => [c, parameters[r * columns.length + i]])));
      const query = build(db, rows).compile();
      const same = query.parameters.length === parameters.length && query.parameters.every((p, i) => p === parameters[i]);
      if (!same) throw new Error('reusedUpsert: the statement binds values other than the rows');
      return query.sql;
    });
  };
}
