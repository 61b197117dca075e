// Goal: a PostgreSQL connection cut under a live server (a database restart or failover, a
// database dropped WITH (FORCE)) never crashes the node, even when the cut client is checked out
// (held by a transaction or a session-level lock): the work on it fails with an error, and the
// next request is answered on a fresh connection.
// Method: a server on a fresh PostgreSQL database holds a transaction and a dedicated connection
// open while every backend of that database is terminated (pg_terminate_backend); an unheard
// client 'error' would surface as an uncaught exception and fail the run.
import pg from 'pg';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { createPgDatabase, pgServerUrl } from '../support/postgres.ts';
import { bearerToken, createTestApp } from '../support/test-app.ts';

async function terminateBackends(database: string): Promise<number> {
  const admin = new pg.Client({ connectionString: pgServerUrl });
  await admin.connect();
  try {
    const result = await admin.query('select pg_terminate_backend(pid) as done from pg_stat_activity where datname = $1 and pid <> pg_backend_pid()', [database]);
    return result.rowCount ?? 0;
  } finally {
    await admin.end();
  }
}

describe.skipIf(!pgServerUrl)('PostgreSQL connections cut under a live server', () => {
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const undo of cleanups.splice(0).reverse()) await undo();
  });

  it('fails the work on the cut clients and answers the next request', { timeout: 60_000 }, async () => {
    const db = await createPgDatabase();
    cleanups.push(db.drop);
    const app = await createTestApp({ storeUrl: db.url });
    cleanups.push(() => app.close());
    await bearerToken(app);
    const { store } = app.services;
    let cut!: () => void;
    const afterCut = new Promise<void>((resolve) => (cut = resolve));
    // Checked out and idle between queries when the connection goes: a transaction, and a dedicated session.
    const inTransaction = store.db.transaction().execute(async (trx) => {
      await sql`select 1`.execute(trx);
      await afterCut;
      await sql`select 2`.execute(trx);
    });
    const inSession = store.db.connection().execute(async (connection) => {
      await sql`select 1`.execute(connection);
      await afterCut;
      await sql`select 2`.execute(connection);
    });
    const outcomes = Promise.allSettled([inTransaction, inSession]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(await terminateBackends(new URL(db.url).pathname.slice(1))).toBeGreaterThanOrEqual(2);
    cut();
    const [transaction, session] = await outcomes;
    expect(transaction.status).toBe('rejected');
    expect(session.status).toBe('rejected');
    // The pool drops the dead clients and connects afresh.
    expect(await bearerToken(app)).toMatch(/\S/);
    const res = await app.request({ method: 'POST', url: '/apigovernance/api/oauth/tokenByAkSk', body: { app_key: 'demo-ak', app_secret: 'demo-sk' } });
    expect(res.status).toBe(200);
  });
});
