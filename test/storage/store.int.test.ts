// Goal: one schema and one set of repositories behave the same on SQLite and PostgreSQL, and what
// the server accepted survives a restart. Method: run the same scenarios against each dialect
// (PostgreSQL when OPENCEC_TEST_PG_URL is set; a fresh database per test, dropped afterwards).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createRepositories, inTransaction, openStore, type Store } from '../../src/store/index.ts';
import { createPgDatabase, dialects } from '../support/postgres.ts';
import { bearerToken, createTestApp } from '../support/test-app.ts';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

/** A store URL of the dialect that outlives one app (file for SQLite, database for PostgreSQL). */
async function durableUrl(dialect: 'sqlite' | 'postgres'): Promise<string> {
  if (dialect === 'postgres') {
    const db = await createPgDatabase();
    cleanups.push(db.drop);
    return db.url;
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'opencec-store-'));
  cleanups.push(async () => fs.rmSync(dir, { recursive: true, force: true }));
  return path.join(dir, 'opencec.db');
}

async function openDurable(dialect: 'sqlite' | 'postgres'): Promise<Store> {
  const store = await openStore({ url: await durableUrl(dialect) });
  cleanups.push(() => store.close());
  return store;
}

for (const { name, enabled } of dialects) {
  describe.skipIf(!enabled)(`store on ${name}${enabled ? '' : ' (skipped: set OPENCEC_TEST_PG_URL to run)'}`, () => {
    it('migrates an empty store and is idempotent on reopen', async () => {
      const url = await durableUrl(name);
      const first = await openStore({ url });
      await first.close();
      const second = await openStore({ url });
      expect(await createRepositories(second.db).vdns.list()).toEqual([]);
      await second.close();
    });

    it('round-trips every column type: integers, epoch-ms bigints, nullable text, JSON text', async () => {
      const store = await openDurable(name);
      const repos = createRepositories(store.db);
      const row = { vdnId: 7, name: 'seven', description: 'é ü 漢字', workNoMin: 101, workNoMax: 200, settings: '{"a":[1,2]}', createdAtMs: 1_767_600_000_123 };
      await repos.vdns.insert(row);
      expect(await repos.vdns.find(7)).toEqual(row);
      expect(await repos.vdns.findByWorkNo(150)).toEqual(row);
      expect(await repos.vdns.findByWorkNo(201)).toBeUndefined();
    });

    it('allocates counters atomically and after explicit values', async () => {
      const store = await openDurable(name);
      const repos = createRepositories(store.db);
      expect(await repos.idCounters.next('x', 1)).toBe(1);
      expect(await repos.idCounters.next('x', 1)).toBe(2);
      await repos.idCounters.raiseTo('x', 10);
      expect(await repos.idCounters.next('x', 1)).toBe(11);
      await repos.idCounters.raiseTo('x', 5);
      expect(await repos.idCounters.next('x', 1)).toBe(12);
      const parallel = await Promise.all(Array.from({ length: 20 }, () => repos.idCounters.next('y', 1)));
      expect(new Set(parallel).size).toBe(20);
    });

    it('matches "contains" filters case-insensitively with literal wildcards', async () => {
      const store = await openDurable(name);
      const repos = createRepositories(store.db);
      for (const [id, skillName] of [[1, 'Voice'], [2, 'VIP_Voice'], [3, '100%'], [4, 'Chat']] as const) {
        await repos.skills.insert({ vdnId: 1, skillId: id, name: skillName, description: '', mediaTypeId: 5, maxWaitTime: 1, maxWaitNum: 1, maxAgentWrapupTime: 1, skillParam: '{}', serviceType: 0, realFlag: 1, createdAtMs: 0 });
      }
      const names = async (text: string) => (await repos.skills.list(1, { name: text, offset: 0, limit: 10 })).map((s) => s.name);
      expect(await names('voice')).toEqual(['Voice', 'VIP_Voice']);
      expect(await names('_')).toEqual(['VIP_Voice']);
      expect(await names('%')).toEqual(['100%']);
      expect(await repos.skills.count(1, { name: 'VOICE' })).toBe(2);
    });

    it('rolls a failed transaction back entirely', async () => {
      const store = await openDurable(name);
      await expect(
        inTransaction(store, async (repos) => {
          await repos.vdns.insert({ vdnId: 8, name: 'x', description: '', workNoMin: 1, workNoMax: 2, settings: '{}', createdAtMs: 0 });
          await repos.vdns.insert({ vdnId: 8, name: 'duplicate', description: '', workNoMin: 1, workNoMax: 2, settings: '{}', createdAtMs: 0 });
        }),
      ).rejects.toThrow();
      expect(await createRepositories(store.db).vdns.find(8)).toBeUndefined();
    });

    it('keeps the demo tenant and issued tokens across a server restart', async () => {
      const url = await durableUrl(name);
      const first = await createTestApp({ storeUrl: url });
      const token = await bearerToken(first);
      await first.close();
      const second = await createTestApp({ storeUrl: url });
      try {
        // The restart neither duplicates the tenant nor forgets the token (clocks restart at the same epoch).
        expect((await second.services.repos.vdns.list()).map((v) => v.name)).toEqual(['demo']);
        expect(await second.services.tokens.verify('C1', token)).toEqual({ vdnId: 1, appKey: 'demo-ak' });
        expect((await second.services.repos.agents.listAll(1)).map((a) => a.workNo)).toEqual([101, 102, 103, 104, 105, 106, 107, 108, 109, 110, 120]);
      } finally {
        await second.close();
      }
    });
  });
}
