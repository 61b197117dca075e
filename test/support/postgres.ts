import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

/**
 * PostgreSQL for the storage tests. `OPENCEC_TEST_PG_URL` (e.g. postgres://postgres@127.0.0.1:5432/postgres)
 * names a server; each call creates a fresh database there and returns its URL and a drop function.
 * Without the variable the PostgreSQL variants of the tests are skipped, and say so.
 */
export const pgServerUrl: string | undefined = process.env.OPENCEC_TEST_PG_URL || undefined;

let counter = 0;

export async function createPgDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  if (!pgServerUrl) throw new Error('OPENCEC_TEST_PG_URL is not set');
  const name = `opencec_test_${process.pid}_${Date.now().toString(36)}_${++counter}`;
  const admin = new pg.Client({ connectionString: pgServerUrl });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(pgServerUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const client = new pg.Client({ connectionString: pgServerUrl });
      await client.connect();
      try {
        await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await client.end();
      }
    },
  };
}

/** The store URLs a storage test runs against: SQLite always, PostgreSQL when configured. */
export const dialects: ReadonlyArray<{ name: 'sqlite' | 'postgres'; enabled: boolean }> = [
  { name: 'sqlite', enabled: true },
  { name: 'postgres', enabled: pgServerUrl !== undefined },
];

/**
 * A fresh store of `dialect` (an in-memory SQLite, or a new PostgreSQL database); what to undo
 * afterwards is pushed onto `cleanups`.
 */
export async function storeOn(dialect: 'sqlite' | 'postgres', cleanups: Array<() => Promise<void>>) {
  const { openStore } = await import('../../src/store/index.ts');
  let url = 'sqlite::memory:';
  if (dialect === 'postgres') {
    const db = await createPgDatabase();
    cleanups.push(db.drop);
    url = db.url;
  }
  const store = await openStore({ url });
  cleanups.push(() => store.close());
  return store;
}

/** Repositories on a fresh store of `dialect` (see storeOn). */
export async function repositoriesOn(dialect: 'sqlite' | 'postgres', cleanups: Array<() => Promise<void>>) {
  const { createRepositories } = await import('../../src/store/index.ts');
  return createRepositories((await storeOn(dialect, cleanups)).db);
}

/**
 * A store that outlives the server on it, for tests that open it again (a restart, a new owner):
 * a SQLite file in a fresh temporary folder, or a new PostgreSQL database; removed by `cleanups`.
 */
export async function durableStoreUrl(dialect: 'sqlite' | 'postgres', cleanups: Array<() => Promise<void> | void>, prefix = 'opencec-store-'): Promise<string> {
  if (dialect === 'postgres') {
    const db = await createPgDatabase();
    cleanups.push(() => db.drop());
    return db.url;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return path.join(dir, 'opencec.db');
}
