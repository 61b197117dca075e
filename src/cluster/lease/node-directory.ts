/**
 * The live nodes of a cluster and their advertised URLs, with notifications of lease hand-overs
 * (decision 1700). Liveness only steers where leases go; ownership itself is the store's lease.
 */
export interface NodeDirectory {
  /** Announces (or refreshes) this node for `ttlMs`. */
  heartbeat(nodeId: number, url: string, ttlMs: number): Promise<void>;
  /** The nodes that announced themselves within their TTL. */
  liveNodes(): Promise<Map<number, string>>;
  /** Withdraws this node (a clean stop). */
  leave(nodeId: number): Promise<void>;
  /** Tells every node that leases may have become free (released, or a node came or went). */
  notify(message: LeaseNotice): Promise<void>;
  /** Calls `listener` on every notice from any node; returns the unsubscribe. */
  subscribe(listener: (message: LeaseNotice) => void): Promise<() => Promise<void>>;
  close(): Promise<void>;
}

export type LeaseNotice = { kind: 'released'; vdnId: number; nodeId: number } | { kind: 'joined' | 'left'; nodeId: number };
