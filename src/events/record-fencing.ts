import type { Repositories } from '../store/index.ts';
import type { SessionChanges } from './live-sessions.ts';

/**
 * What the record writer needs to fence its writes in cluster mode (decision 1700): the fence this
 * node holds for a VDN (undefined when it does not own it; 0n when unfenced, as on a single node),
 * and whom to tell when the store refused a VDN's writes because a newer owner holds its lease.
 */
export interface RecordFencing {
  fenceOf(vdnId: number): bigint | undefined;
  /** 'old tenure': rows recorded before this node lost the VDN and took it back; dropped, the current tenure stands. */
  refused(vdnIds: readonly number[], reason: 'not owned' | 'stale fence' | 'old tenure'): void;
}

/** The store holds a newer fence for these VDNs: their part of the batch must not land. */
export class StaleFenceError extends Error {
  constructor(readonly vdnIds: readonly number[]) {
    super(`stale fence for VDN ${vdnIds.join(', ')}`);
  }
}

/** The VDNs whose rows a batch writes. */
export function vdnsOfBatch<T>(ops: readonly T[], vdnOf: (op: T) => number, sessions: SessionChanges | null): Set<number> {
  const vdns = new Set(ops.map(vdnOf));
  if (sessions) {
    for (const row of sessions.save) vdns.add(row.vdnId);
    for (const row of sessions.delete) vdns.add(row.vdnId);
    for (const vdnId of sessions.logonSn.keys()) vdns.add(vdnId);
    for (const row of sessions.calls.save) vdns.add(row.vdnId);
    for (const row of sessions.calls.delete) vdns.add(row.vdnId);
  }
  return vdns;
}

/** Removes the rows of `refused` VDNs from a batch and its session snapshot (live calls included, decision 1720). */
export function withoutVdns<T>(ops: T[], vdnOf: (op: T) => number, sessions: SessionChanges | null, refused: ReadonlySet<number>): { ops: T[]; sessions: SessionChanges | null } {
  if (refused.size === 0) return { ops, sessions };
  const keep = ops.filter((op) => !refused.has(vdnOf(op)));
  if (!sessions) return { ops: keep, sessions };
  return {
    ops: keep,
    sessions: {
      save: sessions.save.filter((row) => !refused.has(row.vdnId)),
      delete: sessions.delete.filter((row) => !refused.has(row.vdnId)),
      logonSn: new Map([...sessions.logonSn].filter(([vdnId]) => !refused.has(vdnId))),
      calls: { save: sessions.calls.save.filter((row) => !refused.has(row.vdnId)), delete: sessions.calls.delete.filter((row) => !refused.has(row.vdnId)) },
    },
  };
}

/**
 * Checks, inside the writing transaction, that the store still holds this node's fence for every
 * fenced VDN of the batch; throws StaleFenceError (so the transaction rolls back) when not. Other
 * live-state writers (sessions, call records, the outbox) call it in their transactions too.
 */
export async function assertFences(repos: Repositories, fencing: RecordFencing | undefined, vdnIds: Iterable<number>): Promise<void> {
  if (!fencing) return;
  const held: Array<{ vdnId: number; fence: bigint }> = [];
  for (const vdnId of vdnIds) {
    const fence = fencing.fenceOf(vdnId);
    // Unfenced (single node): nothing to compare. Not owned at all: refused before the transaction.
    if (fence !== undefined && fence !== 0n) held.push({ vdnId, fence });
  }
  const stale = await repos.vdnLeases.staleFences(held);
  if (stale.length > 0) throw new StaleFenceError(stale);
}

/** The VDNs of a batch this node does not own at all (its lease is gone): refused without asking the store. */
export function unownedVdns(fencing: RecordFencing | undefined, vdnIds: Iterable<number>): Set<number> {
  const unowned = new Set<number>();
  if (!fencing) return unowned;
  for (const vdnId of vdnIds) if (fencing.fenceOf(vdnId) === undefined) unowned.add(vdnId);
  return unowned;
}

/**
 * Drops the ops recorded in another tenure than the one this node holds now (each op carries the
 * fence it was queued under): the engine that produced them was discarded with its lease, and the
 * store cannot tell, since the node's current fence is the newest (decision 1700).
 */
export function withoutOldTenures<T extends { fence?: bigint | undefined }>(ops: T[], vdnOf: (op: T) => number, fencing: RecordFencing | undefined): T[] {
  if (!fencing) return ops;
  const old = new Set<number>();
  const kept = ops.filter((op) => {
    const vdnId = vdnOf(op);
    const now = fencing.fenceOf(vdnId);
    // Not owned now: refused as such by unownedVdns.
    if (now === undefined || op.fence === now) return true;
    old.add(vdnId);
    return false;
  });
  if (old.size > 0) fencing.refused([...old], 'old tenure');
  return kept;
}
