/** A message on the cluster bus, with the node that published it. */
export interface BusDelivery<T = unknown> {
  readonly from: number;
  readonly body: T;
}

/**
 * The cluster bus port (decision 1711): publish/subscribe on named topics with JSON bodies,
 * delivered to every node (the publisher included) in the order each publisher sent them.
 * Delivery is best effort: a message published while a node is disconnected is lost for it, so
 * what travels here are invalidations of what a node may recompute from the shared store.
 */
export interface ClusterBus {
  readonly nodeId: number;
  publish(topic: string, body: unknown): void;
  subscribe<T>(topic: string, handler: (delivery: BusDelivery<T>) => void): () => void;
  /** Resolves once every subscription made so far is live (a node subscribes before it serves). */
  ready(): Promise<void>;
  close(): Promise<void>;
}
