// Goal: a store made by an earlier release opens after an upgrade whose new migrations are numbered
// below ones the store has already run (migrations are numbered by area). Method: run every
// migration, then make the store look as if 0310 had never run (its tables dropped, its row in
// Kysely's journal deleted), reopen, and find 0310's tables back, on SQLite and PostgreSQL.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openStore, type Store } from '../../src/store/open-store.ts';
import { createPgDatabase, dialects } from '../support/postgres.ts';

describe.each(dialects)('migrations on $name', ({ name, enabled }) => {
  const cleanups: Array<() => Promise<void> | void> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it.skipIf(!enabled)('runs a migration numbered below those a store has already run', async () => {
    let url: string;
    if (name === 'sqlite') {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'opencec-migrations-'));
      cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
      url = path.join(dir, 'store.db');
    } else {
      const database = await createPgDatabase();
      cleanups.push(database.drop);
      url = database.url;
    }
    let store: Store = await openStore({ url });
    await sql`drop table licence_peak`.execute(store.db);
    await sql`drop table uap_sample`.execute(store.db);
    await sql`delete from kysely_migration where name = '0310-system-indicators'`.execute(store.db);
    await store.close();

    store = await openStore({ url });
    cleanups.push(() => store.close());
    const ran = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(store.db);
    expect(ran.rows.map((r) => r.name)).toContain('0310-system-indicators');
    await sql`insert into licence_peak (vdn_id, field, value, at_ms) values (1, 'agents', 3, 0)`.execute(store.db);
    const peaks = await sql<{ value: number }>`select value from licence_peak`.execute(store.db);
    expect(peaks.rows.map((r) => Number(r.value))).toEqual([3]);
  });
});
