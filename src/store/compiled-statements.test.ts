import { afterEach, describe, expect, it } from 'vitest';
import { sql, type Insertable } from 'kysely';
import { createPgDatabase, dialects } from '../../test/support/postgres.ts';
import { insertRows, reusedUpsert } from './compiled-statements.ts';
import { openStore, type Store } from './open-store.ts';
import type { AgentOperationTable } from './schema.ts';

function operation(id: number, overrides: Partial<Insertable<AgentOperationTable>> = {}): Insertable<AgentOperationTable> {
  return {
    id: String(id), vdnId: 1, agentId: '101', skillId: 1, callId: `c${id}`, beginMs: id * 1000, endMs: id * 1000 + 500,
    opType: 1, opObject: '', opCause: 0, mediaType: 5, agentType: 4, phoneNo: '70101', callInOut: '', logonSn: '1', skillInfoSn: '1',
    ...overrides,
  };
}

describe.each(dialects)('compiled statements on $name', ({ name, enabled }) => {
  let store: Store | undefined;
  let drop: (() => Promise<void>) | undefined;
  afterEach(async () => {
    await store?.close();
    await drop?.();
  });
  const open = async () => {
    if (name === 'sqlite') return openStore({ url: 'sqlite::memory:' });
    const database = await createPgDatabase();
    drop = database.drop;
    return openStore({ url: database.url });
  };

  it.skipIf(!enabled)('writes every row and column, by the reused shape and by the fallback alike', async () => {
    store = await open();
    const rows = Array.from({ length: 450 }, (_, i) => operation(i + 1, { opCause: i % 7 }));
    await insertRows(store.db, 'agentOperation', rows.slice(0, 3));
    // The same shape again reuses the compiled SQL with the new values.
    await insertRows(store.db, 'agentOperation', rows.slice(3, 6));
    // More than one chunk (200 rows), the last one shorter.
    await insertRows(store.db, 'agentOperation', rows.slice(6, 450));
    // Rows whose columns differ take Kysely's path; so does an undefined value (DEFAULT).
    const odd = { ...operation(1001) } as Record<string, unknown>;
    delete odd.skillId;
    await insertRows(store.db, 'agentOperation', [operation(1000), odd as never, operation(1002, { skillId: undefined })]);
    const stored = await store.db.selectFrom('agentOperation').selectAll().orderBy('beginMs').execute();
    expect(stored).toHaveLength(453);
    expect(stored[0]).toMatchObject({ id: '1', callId: 'c1', beginMs: 1000, endMs: 1500, opCause: 0, phoneNo: '70101' });
    expect(stored[449]).toMatchObject({ id: '450', callId: 'c450', opCause: 449 % 7 });
    expect(stored.map((r) => r.id)).toEqual([...rows.map((r) => r.id), '1000', '1001', '1002']);
    expect(stored.slice(450).map((r) => r.skillId)).toEqual([1, null, null]);
  });

  it.skipIf(!enabled)('reuses an upsert per row count with new values, and refuses a statement that binds other values', async () => {
    store = await open();
    await sql`CREATE TABLE reuse_probe (id VARCHAR(8) PRIMARY KEY, n INTEGER NOT NULL, tag VARCHAR(8))`.execute(store.db);
    const probe = 'reuseProbe' as 'agentOperation';
    const merged = reusedUpsert(['id', 'n'], (on, rows) =>
      on.insertInto(probe).values(rows as never).onConflict((oc) => oc.column('id').doUpdateSet({ n: sql`reuse_probe.n + excluded.n` } as never)));
    await merged(store.db, ['a', 5, 'b', 7]);
    await merged(store.db, ['a', 10, 'c', 1]);
    await merged(store.db, ['b', 100]);
    const stored = await store.db.selectFrom(probe).select(['id', sql<number>`n`.as('n')]).orderBy('id').execute();
    expect(stored.map((r) => ({ ...r, n: Number(r.n) }))).toEqual([{ id: 'a', n: 15 }, { id: 'b', n: 107 }, { id: 'c', n: 1 }]);
    // A builder that binds a constant of its own would run other values than the caller's: refused.
    const tagged = reusedUpsert(['id', 'n'], (on, rows) => on.insertInto(probe).values(rows.map((r) => ({ ...r, tag: 'x' })) as never));
    await expect(tagged(store.db, ['d', 1])).rejects.toThrow(/binds values other than the rows/);
  });
});
