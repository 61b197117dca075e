import type BetterSqlite3 from 'better-sqlite3';
import { CompiledQuery, SqliteDialect, type DatabaseConnection, type Driver, type QueryResult } from 'kysely';
import type { WalSync } from './wal-sync.ts';

export interface SqliteDriverOptions {
  database: BetterSqlite3.Database;
  /** Prepared statements kept per connection, by SQL text (least recently used dropped beyond). */
  statementCacheEntriesMax: number;
  /** Makes the connection's commits durable off the event loop; absent for an in-memory store. */
  walSync: WalSync | undefined;
}

/**
 * Kysely's SQLite dialect with a driver of our own (decision 0020): prepared statements are reused
 * per SQL text instead of being prepared on every query, and a write's durability (the fsync of
 * the WAL) is awaited after the single connection is handed back, so that other requests keep
 * reading and writing while the disk flushes, and every write that lands meanwhile shares the
 * next flush (group commit). A caller still resumes only once its write is durable.
 */
export class CachingSqliteDialect extends SqliteDialect {
  constructor(private readonly options: SqliteDriverOptions) {
    super({ database: options.database });
  }

  override createDriver(): Driver {
    return new CachingSqliteDriver(this.options);
  }
}

class CachingSqliteDriver implements Driver {
  private readonly connection: CachingSqliteConnection;
  private locked = false;
  private readonly waiters: Array<() => void> = [];

  constructor(private readonly options: SqliteDriverOptions) {
    this.connection = new CachingSqliteConnection(options.database, options.statementCacheEntriesMax);
  }

  async init(): Promise<void> {}

  // SQLite has one connection: a transaction holds it across its awaits, others queue in order.
  async acquireConnection(): Promise<DatabaseConnection> {
    if (this.locked) await new Promise<void>((resolve) => this.waiters.push(resolve));
    this.locked = true;
    return this.connection;
  }

  async beginTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('begin'));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('commit'));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    await connection.executeQuery(CompiledQuery.raw('rollback'));
  }

  async releaseConnection(): Promise<void> {
    const wrote = this.connection.takeWrote();
    const next = this.waiters.shift();
    if (next) next();
    else this.locked = false;
    // Durable before the caller goes on, but without holding the connection during the flush.
    if (wrote && this.options.walSync) await this.options.walSync.sync();
  }

  async destroy(): Promise<void> {
    await this.options.walSync?.close();
    this.connection.clear();
    this.options.database.close();
  }
}

class CachingSqliteConnection implements DatabaseConnection {
  private readonly statements = new Map<string, BetterSqlite3.Statement>();
  private wrote = false;

  constructor(
    private readonly db: BetterSqlite3.Database,
    private readonly cacheMax: number,
  ) {}

  executeQuery<R>(compiledQuery: CompiledQuery): Promise<QueryResult<R>> {
    const stmt = this.statement(compiledQuery.sql);
    const parameters = compiledQuery.parameters as unknown[];
    if (stmt.reader) return Promise.resolve({ rows: stmt.all(parameters) as R[] });
    this.wrote = true;
    const { changes, lastInsertRowid } = stmt.run(parameters);
    return Promise.resolve({ numAffectedRows: BigInt(changes), insertId: BigInt(lastInsertRowid), rows: [] });
  }

  // eslint-disable-next-line require-yield
  async *streamQuery<R>(): AsyncIterableIterator<QueryResult<R>> {
    throw new Error('the SQLite store does not stream queries');
  }

  /** Whether a statement that may write ran since the last call. */
  takeWrote(): boolean {
    const wrote = this.wrote;
    this.wrote = false;
    return wrote;
  }

  clear(): void {
    this.statements.clear();
  }

  private statement(sql: string): BetterSqlite3.Statement {
    const cached = this.statements.get(sql);
    if (cached) {
      // Map order is insertion order: moving a hit to the end keeps the first key the least recent.
      this.statements.delete(sql);
      this.statements.set(sql, cached);
      return cached;
    }
    const stmt = this.db.prepare(sql);
    if (this.statements.size >= this.cacheMax) {
      const oldest = this.statements.keys().next().value;
      if (oldest !== undefined) this.statements.delete(oldest);
    }
    this.statements.set(sql, stmt);
    return stmt;
  }
}
