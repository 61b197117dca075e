import fs from 'node:fs';
import path from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import pg from 'pg';
import { CamelCasePlugin, Kysely, Migrator, PostgresDialect, type Migration, type MigrationProvider } from 'kysely';
import type { Database } from './schema.ts';
import { migrations } from './migrations/index.ts';
import { CachingSqliteDialect } from './sqlite-driver.ts';
import { WalSync, type WalFlushStats } from './wal-sync.ts';
import { autoCheckpointPages } from './wal-checkpointer.ts';

export type StoreDialect = 'sqlite' | 'postgres';

export interface Store {
  readonly db: Kysely<Database>;
  readonly dialect: StoreDialect;
  /** Where the store lives, for logs (file path or URL without password). */
  readonly location: string;
  close(): Promise<void>;
  /** SQLite file stores: what the WAL flushes did so far (decision 0020), for the benchmarks. */
  readonly flushStats?: () => WalFlushStats;
}

export interface StoreOptions {
  /** `postgres://...` selects PostgreSQL; `sqlite::memory:` an in-memory SQLite; otherwise a SQLite file path. */
  url: string;
  /** Prepared statements the SQLite store keeps (by SQL text); the app passes its limit. */
  statementCacheEntriesMax?: number;
}

/** Enough for every query shape the repositories build (a few hundred), so hits are the rule. */
const statementCacheEntriesDefault = 1_000;

// PostgreSQL returns int8 as strings to protect precision; our bigints are epoch milliseconds and
// counters, far below 2^53, so numbers are exact and keep both dialects returning the same types.
pg.types.setTypeParser(20, (value: string) => Number(value));

export async function openStore(options: StoreOptions): Promise<Store> {
  const store = options.url.startsWith('postgres://') || options.url.startsWith('postgresql://')
    ? openPostgres(options.url)
    : openSqlite(options.url, options.statementCacheEntriesMax ?? statementCacheEntriesDefault);
  await migrateToLatest(store.db);
  return store;
}

function openSqlite(url: string, statementCacheEntriesMax: number): Store {
  const file = url.replace(/^sqlite:/, '');
  const inMemory = file === ':memory:';
  if (!inMemory) fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  const sqlite = new SqliteDatabase(inMemory ? ':memory:' : file);
  sqlite.pragma('journal_mode = WAL');
  // An accepted write must survive a crash, but the flush must not block the event loop
  // (decision 0020): commits write the WAL, and WalSync flushes it off the loop before the
  // writer goes on; checkpoints, which sync too, run on a worker thread (decision 0022).
  sqlite.pragma('synchronous = NORMAL');
  // A worker thread checkpoints (decision 0022); the commit's own checkpoint, on the loop, is the fallback.
  if (!inMemory) sqlite.pragma(`wal_autocheckpoint = ${autoCheckpointPages}`);
  sqlite.pragma('busy_timeout = 5000');
  const walSync = inMemory ? undefined : new WalSync(path.resolve(file));
  const dialect = new CachingSqliteDialect({ database: sqlite, statementCacheEntriesMax, walSync });
  const db = new Kysely<Database>({ dialect, plugins: [new CamelCasePlugin()] });
  const location = inMemory ? 'sqlite::memory:' : path.resolve(file);
  return { db, dialect: 'sqlite', location, close: () => db.destroy(), ...(walSync ? { flushStats: () => walSync.stats } : {}) };
}

function openPostgres(url: string): Store {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle connection the server drops (restart, failover) must not crash the process: the pool
  // replaces it on next use, and the failing query, if any, reports its own error.
  pool.on('error', () => undefined);
  // A connection cut while a client is checked out (a transaction, the startup lock's session)
  // emits 'error' on that client, which the pool no longer listens to: unheard, it would crash
  // the node. The work on it fails with the error instead (answered as a system error), and the
  // pool drops the client when it is released, since it is no longer queryable.
  pool.on('connect', (client) => client.on('error', () => undefined));
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), plugins: [new CamelCasePlugin()] });
  return { db, dialect: 'postgres', location: url.replace(/:[^:@/]*@/, ':***@'), close: () => db.destroy() };
}

class StaticMigrationProvider implements MigrationProvider {
  async getMigrations(): Promise<Record<string, Migration>> {
    return migrations;
  }
}

async function migrateToLatest(db: Kysely<Database>): Promise<void> {
  // Migrations are numbered by area (0300s statistics, 0700s outbound...), so a release adds
  // numbers below ones a store has already run: those run too, in name order, instead of the
  // migrator refusing a store made by an earlier release.
  const migrator = new Migrator({ db, provider: new StaticMigrationProvider(), allowUnorderedMigrations: true });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    throw new Error(`store migration failed${failed ? ` at ${failed.migrationName}` : ''}: ${String(error)}`);
  }
}
