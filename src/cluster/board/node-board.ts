/**
 * A notice board of the cluster's nodes (decision 1732): each node pins one JSON document under
 * its id, which expires unless pinned again within `ttlMs`, and any node reads every live one.
 * It carries what a node holds in memory and others want to read (its system indicators).
 */
export interface NodeBoard {
  pin(nodeId: number, body: unknown, ttlMs: number): Promise<void>;
  /** Every document pinned and not expired, by node id. */
  read(): Promise<Map<number, unknown>>;
  /** Takes this node's document down (a clean stop). */
  unpin(nodeId: number): Promise<void>;
  close(): Promise<void>;
}
