import type { Repositories } from '../store/index.ts';

/**
 * Where a VDN's background work runs (decision 1730): on the VDN's owner. A single node owns every
 * VDN; in cluster mode the owner is the holder of the VDN's lease (decision 1700).
 */
export interface VdnPlacement {
  /**
   * Throws the registry's forwarding signal when another node owns the VDN, so that a request
   * that starts background work is proxied to the owner before it changed anything here.
   */
  serveHere(vdnId: number): Promise<void>;
  /** Whether this node owns the VDN now (always on a single node). */
  owns(vdnId: number): boolean;
  /**
   * The fence of this node's tenure of the VDN (0n on a single node), undefined when it does not
   * own it: work that must stop with a tenure compares it, since a node may take a VDN back.
   */
  tenure(vdnId: number): bigint | undefined;
  /** One transaction that commits only while this node holds the VDN's fence (decision 1700). */
  inVdnTransaction<T>(vdnId: number, work: (repos: Repositories) => Promise<T>): Promise<T>;
}

/**
 * One VDN's part of a recovery (a takeover, or a single node's start VDN by VDN): the rows of
 * `vdnId` only, each written in a transaction that proves the VDN's fence.
 */
export interface VdnScope {
  readonly vdnId: number;
  inVdnTransaction<T>(work: (repos: Repositories) => Promise<T>): Promise<T>;
}

export function vdnScope(placement: VdnPlacement, vdnId: number): VdnScope {
  return { vdnId, inVdnTransaction: (work) => placement.inVdnTransaction(vdnId, work) };
}

/** Writes something of a recovery: in `scope`'s fenced transactions, or as `unscoped` does (every VDN at a single node's start). */
export type RecoveryWrite = <T>(work: (repos: Repositories) => Promise<T>) => Promise<T>;

export function recoveryWrite(scope: VdnScope | undefined, unscoped: RecoveryWrite): RecoveryWrite {
  return scope ? (work) => scope.inVdnTransaction(work) : unscoped;
}
