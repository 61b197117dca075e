// Goal: a node that lost its VDN's lease cannot write that VDN's records (decision 1700). Method:
// two LeaseOwnership instances on one real store (SQLite and PostgreSQL) with an in-memory node
// directory and a hand-moved monotonic clock; the old owner's late record batch is refused by the
// store inside its own transaction, nothing of it lands, and its other tenants' rows still do.
import { afterEach, describe, expect, it } from 'vitest';
import { dialects, repositoriesOn, storeOn } from '../../../test/support/postgres.ts';
import { createRepositories, inTransaction, type Repositories, type Store } from '../../store/index.ts';
import { RecordWriter } from '../../events/index.ts';
import { LeaseOwnership } from './lease-ownership.ts';
import { MemoryNodeDirectory } from './memory-node-directory.ts';

const ttlMs = 3_000;

interface Node {
  ownership: LeaseOwnership;
  writer: RecordWriter;
  refused: Array<{ vdnIds: readonly number[]; reason: string }>;
  lost: number[];
}

function node(store: Store, repos: Repositories, directory: MemoryNodeDirectory, clock: { ms: number }, nodeId: number, gate: () => Promise<void> = async () => undefined): Node {
  let seq = 0;
  const refused: Node['refused'] = [];
  const lost: number[] = [];
  const ownership = new LeaseOwnership({
    nodeId,
    url: `http://node-${nodeId}`,
    ttlMs,
    leases: repos.vdnLeases,
    directory,
    monotonicMs: () => clock.ms,
    vdnIds: async () => [1, 2],
    isIdle: () => false,
    events: { acquired: () => undefined, lost: (vdnId) => lost.push(vdnId), handingOver: async () => undefined },
    log: { warn: () => undefined, info: () => undefined },
  });
  const writer = new RecordWriter({
    repos,
    inTransaction: async (work) => {
      await gate();
      return inTransaction(store, work);
    },
    nextId: () => `${nodeId}${String(++seq).padStart(18, '0')}`,
    onError: (error) => {
      throw error;
    },
    now: () => clock.ms,
    fencing: { fenceOf: (vdnId) => ownership.fenceOf(vdnId), refused: (vdnIds, reason) => refused.push({ vdnIds, reason }) },
  });
  return { ownership, writer, refused, lost };
}

async function satisfactionCalls(store: Store, vdnId: number): Promise<string[]> {
  const rows = await store.db.selectFrom('satisfactionResult').select('callId').where('vdnId', '=', vdnId).orderBy('callId').execute();
  return rows.map((r) => r.callId);
}

for (const dialect of dialects) {
  describe.skipIf(!dialect.enabled)(`lease fencing (${dialect.name})`, () => {
    const cleanups: Array<() => Promise<void>> = [];
    afterEach(async () => {
      for (const undo of cleanups.splice(0).reverse()) await undo();
    });

    it('refuses the old owner’s late batch after a takeover, and keeps its other tenants’ rows', { timeout: 30_000 }, async () => {
      const store = await storeOn(dialect.name, cleanups);
      const repos = createRepositories(store.db);
      const clock = { ms: 1_000 };
      const directory = new MemoryNodeDirectory(() => clock.ms);
      const a = node(store, repos, directory, clock, 1);
      await a.ownership.start();
      expect(await a.ownership.locate(1)).toEqual({ kind: 'local', fence: 1n });
      expect(await a.ownership.locate(2)).toEqual({ kind: 'local', fence: 1n });
      a.writer.satisfaction(1, 'a-before', '1', '100', 1);
      await a.writer.flushed();

      // Node A stalls (a long pause: it runs no upkeep and hears no notices): its lease of VDN 1
      // runs out in the store, and node B, which sees A in the directory, takes it.
      await store.db.updateTable('vdnLease').set({ expiresAtMs: 0 }).where('vdnId', '=', 1).execute();
      const seenByB = new MemoryNodeDirectory(() => clock.ms);
      await seenByB.heartbeat(1, 'http://node-1', ttlMs);
      const b = node(store, repos, seenByB, clock, 2);
      await b.ownership.start();
      expect(await b.ownership.locate(1)).toEqual({ kind: 'local', fence: 2n });
      expect(await b.ownership.locate(2)).toEqual({ kind: 'remote', nodeId: 1, url: 'http://node-1' });

      // A wakes up still believing it owns VDN 1 (its local deadline has not passed) and writes.
      expect(a.ownership.fenceOf(1)).toBe(1n);
      a.writer.satisfaction(1, 'a-late', '1', '100', 2);
      a.writer.satisfaction(2, 'a-vdn2', '1', '100', 2);
      b.writer.satisfaction(1, 'b-new', '1', '100', 3);
      await Promise.all([a.writer.flushed(), b.writer.flushed()]);
      expect(a.refused).toEqual([{ vdnIds: [1], reason: 'stale fence' }]);
      expect(await satisfactionCalls(store, 1)).toEqual(['a-before', 'b-new']);
      expect(await satisfactionCalls(store, 2)).toEqual(['a-vdn2']);

      // At its next renewal A learns the lease moved: it stops for VDN 1 and refuses without asking.
      await a.ownership.tick();
      expect(a.lost).toEqual([1]);
      expect(a.ownership.fenceOf(1)).toBeUndefined();
      a.writer.satisfaction(1, 'a-after', '1', '100', 4);
      await a.writer.flushed();
      expect(a.refused.at(-1)).toEqual({ vdnIds: [1], reason: 'not owned' });
      expect(await satisfactionCalls(store, 1)).toEqual(['a-before', 'b-new']);
    });

    it('drops the records of an old tenure when the same node took the VDN back before they were written', { timeout: 30_000 }, async () => {
      const store = await storeOn(dialect.name, cleanups);
      const repos = createRepositories(store.db);
      const clock = { ms: 1_000 };
      // The store is slow: the first batch waits until the test opens the gate.
      let open!: () => void;
      const opened = new Promise<void>((resolve) => (open = resolve));
      let batches = 0;
      const a = node(store, repos, new MemoryNodeDirectory(() => clock.ms), clock, 1, async () => {
        if (++batches === 1) await opened;
      });
      await a.ownership.start();
      expect(await a.ownership.locate(1)).toEqual({ kind: 'local', fence: 1n });
      a.writer.satisfaction(1, 'a-first', '1', '100', 1);
      const first = a.writer.flushed();
      await Promise.resolve();
      // Queued behind the slow batch, in tenure 1.
      a.writer.satisfaction(1, 'a-old', '1', '100', 2);
      // A misses its renewals (tenure 1 ends locally), then takes VDN 1 back once the store's lease ran out.
      clock.ms += ttlMs;
      expect(a.ownership.fenceOf(1)).toBeUndefined();
      await store.db.updateTable('vdnLease').set({ expiresAtMs: 0 }).where('vdnId', '=', 1).execute();
      expect(await a.ownership.locate(1)).toEqual({ kind: 'local', fence: 2n });
      a.writer.satisfaction(1, 'a-new', '1', '100', 3);
      open();
      await first;
      await a.writer.flushed();
      // Both tenure-1 rows are dropped, a-first's too though its batch was formed in tenure 1.
      expect(await satisfactionCalls(store, 1)).toEqual(['a-new']);
      expect(a.refused).toContainEqual({ vdnIds: [1], reason: 'old tenure' });
    });

    it('stops writing at the local deadline when renewals cannot reach the store', { timeout: 30_000 }, async () => {
      const store = await storeOn(dialect.name, cleanups);
      const repos = createRepositories(store.db);
      const clock = { ms: 0 };
      const a = node(store, repos, new MemoryNodeDirectory(() => clock.ms), clock, 1);
      await a.ownership.start();
      await a.ownership.locate(1);
      clock.ms += ttlMs - 1; // past the deadline: TTL minus the safety margin
      expect(a.ownership.fenceOf(1)).toBeUndefined();
      expect(a.lost).toEqual([1]);
    });

    it('renews only its own tenure and releases nothing it does not hold', async () => {
      const repos = await repositoriesOn(dialect.name, cleanups);
      const first = await repos.vdnLeases.acquire(7, 1, 'http://a', ttlMs);
      expect(first).toEqual({ acquired: true, fence: 1n, previousOwner: -1 });
      const taken = await repos.vdnLeases.acquire(7, 2, 'http://b', ttlMs);
      expect(taken).toMatchObject({ acquired: false, holder: { ownerNode: 1, fence: 1n, live: true } });
      expect(await repos.vdnLeases.renew(7, 2, 1n, ttlMs)).toBe(false);
      await repos.vdnLeases.release(7, 2, 1n);
      expect((await repos.vdnLeases.read(7))?.live).toBe(true);
      await repos.vdnLeases.release(7, 1, 1n);
      expect(await repos.vdnLeases.acquire(7, 2, 'http://b', ttlMs)).toEqual({ acquired: true, fence: 2n, previousOwner: 1 });
      expect(await repos.vdnLeases.renew(7, 1, 1n, ttlMs)).toBe(false);
      expect(await repos.vdnLeases.renew(7, 2, 2n, ttlMs)).toBe(true);
      expect(await repos.vdnLeases.staleFences([{ vdnId: 7, fence: 1n }, { vdnId: 7, fence: 2n }])).toEqual([7]);
    });
  });
}
