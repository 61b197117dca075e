import { sql } from 'kysely';
import type { Store } from './open-store.ts';

/** The advisory-lock key of start-up work (tenant provisioning, roll-up rebuilds): "OCEC". */
const startupLockKey = 0x4f434543;

/**
 * Runs `work` while holding the store's start-up lock, so that nodes starting at once on one
 * PostgreSQL provision the first tenants once (decision 1700; the migrator takes its own lock).
 * The session-level advisory lock lives on one dedicated connection; `work` uses the pool. On
 * SQLite there is one process per store, and `work` just runs.
 */
export async function withStartupLock<T>(store: Store, work: () => Promise<T>): Promise<T> {
  if (store.dialect !== 'postgres') return work();
  return store.db.connection().execute(async (connection) => {
    await sql`select pg_advisory_lock(${startupLockKey})`.execute(connection);
    try {
      return await work();
    } finally {
      await sql`select pg_advisory_unlock(${startupLockKey})`.execute(connection);
    }
  });
}
