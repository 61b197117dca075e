import { PostgresAdapter, sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from '../schema.ts';
import '../schema-cluster.ts';

/** The lease of a VDN as the store holds it, with `live` judged by the database's clock. */
export interface VdnLeaseRow {
  vdnId: number;
  ownerNode: number;
  ownerUrl: string;
  fence: bigint;
  live: boolean;
  /** How long ago the lease expired (0 while live), by the database's clock. */
  expiredForMs: number;
}

export type LeaseAcquisition =
  | { acquired: true; fence: bigint; previousOwner: number }
  | { acquired: false; holder: VdnLeaseRow };

/** Nobody ever held the lease. */
export const noLeaseOwner = -1;

/**
 * The per-VDN leases of cluster mode (decision 1700). Expiry is judged by the database's clock, so
 * nodes' clocks need not agree; the fence grows by one with every new tenure. A tenure is taken
 * under a row lock (FOR UPDATE), and the writers' fence checks take a shared lock on the same row
 * (`staleFences`), so a takeover waits for a write of the old tenure in flight, and every write
 * after it sees the new fence.
 */
export function createVdnLeaseRepository(db: Kysely<Database>) {
  const nowMs = (): RawBuilder<number> =>
    db.getExecutor().adapter instanceof PostgresAdapter
      ? sql<number>`(extract(epoch from clock_timestamp()) * 1000)::bigint`
      : sql<number>`cast(unixepoch('subsec') * 1000 as integer)`;
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  const toRow = (row: { vdnId: number; ownerNode: number; ownerUrl: string; fence: number; expiresAtMs: number; dbNowMs: number }): VdnLeaseRow => ({
    vdnId: row.vdnId,
    ownerNode: row.ownerNode,
    ownerUrl: row.ownerUrl,
    fence: BigInt(row.fence),
    live: Number(row.expiresAtMs) > Number(row.dbNowMs),
    expiredForMs: Math.max(0, Number(row.dbNowMs) - Number(row.expiresAtMs)),
  });
  const select = (tx: Kysely<Database>, vdnId: number) =>
    tx.selectFrom('vdnLease').select(['vdnId', 'ownerNode', 'ownerUrl', 'fence', 'expiresAtMs', nowMs().as('dbNowMs')]).where('vdnId', '=', vdnId);
  return {
    async read(vdnId: number): Promise<VdnLeaseRow | undefined> {
      const row = await select(db, vdnId).executeTakeFirst();
      return row && toRow(row);
    },

    /**
     * Takes the lease for `nodeId` if nobody holds it now, or if `nodeId` itself holds it (a node
     * restarted under its id takes its leases back); a new tenure gets the next fence.
     */
    async acquire(vdnId: number, nodeId: number, ownerUrl: string, ttlMs: number): Promise<LeaseAcquisition> {
      return db.transaction().execute(async (tx) => {
        await tx.insertInto('vdnLease').values({ vdnId, ownerNode: noLeaseOwner, ownerUrl: '', fence: 0, expiresAtMs: 0 }).onConflict((oc) => oc.column('vdnId').doNothing()).execute();
        let query = select(tx, vdnId);
        if (postgres) query = query.forUpdate();
        const current = toRow(await query.executeTakeFirstOrThrow());
        if (current.live && current.ownerNode !== nodeId) return { acquired: false, holder: current };
        const fence = current.fence + 1n;
        await tx
          .updateTable('vdnLease')
          .set({ ownerNode: nodeId, ownerUrl, fence: Number(fence), expiresAtMs: sql<number>`${nowMs()} + ${ttlMs}` })
          .where('vdnId', '=', vdnId)
          .execute();
        return { acquired: true, fence, previousOwner: current.ownerNode };
      });
    },

    /** Extends a tenure this node still holds (same fence); false when the lease moved on. */
    async renew(vdnId: number, nodeId: number, fence: bigint, ttlMs: number): Promise<boolean> {
      const result = await db
        .updateTable('vdnLease')
        .set({ expiresAtMs: sql<number>`${nowMs()} + ${ttlMs}` })
        .where('vdnId', '=', vdnId)
        .where('ownerNode', '=', nodeId)
        .where('fence', '=', Number(fence))
        .executeTakeFirst();
      return Number(result.numUpdatedRows) === 1;
    },

    /** Ends a tenure at once (a clean stop or a hand-over); never touches a lease this node does not hold. */
    async release(vdnId: number, nodeId: number, fence: bigint): Promise<void> {
      // Expired now (not at 0), so that the preferred node has a TTL to take it before anyone may.
      await db.updateTable('vdnLease').set({ expiresAtMs: nowMs() }).where('vdnId', '=', vdnId).where('ownerNode', '=', nodeId).where('fence', '=', Number(fence)).execute();
    },

    /**
     * The VDNs among `held` whose stored fence is not the one given: the writer of those rows is a
     * stale owner. Call it inside the writing transaction: on PostgreSQL it share-locks the lease
     * rows until the transaction ends, so no takeover can slip between the check and the commit.
     */
    async staleFences(held: ReadonlyArray<{ vdnId: number; fence: bigint }>): Promise<number[]> {
      if (held.length === 0) return [];
      let query = db.selectFrom('vdnLease').select(['vdnId', 'fence']).where('vdnId', 'in', held.map((h) => h.vdnId));
      if (postgres) query = query.forShare();
      const stored = new Map((await query.execute()).map((row) => [row.vdnId, BigInt(row.fence)]));
      return held.filter((h) => stored.get(h.vdnId) !== h.fence).map((h) => h.vdnId);
    },
  };
}

export type VdnLeaseRepository = ReturnType<typeof createVdnLeaseRepository>;
