import type { ClusterBus } from './cluster-bus.ts';

/** A local publish/subscribe feed (the configuration-change feed has this shape). */
export interface Feed<T> {
  publish(item: T): void;
  subscribe(listener: (item: T) => void): () => void;
}

/**
 * The same feed across the cluster (decision 1711): what a node publishes reaches its own
 * listeners at once, as before, and every other node's listeners through the bus. So a
 * configuration change made on any node reloads the owner's engine, and caches every node keeps
 * (work-number owners, compiled configuration) are dropped everywhere.
 */
export function propagatedFeed<T>(local: Feed<T>, bus: ClusterBus, topic: string): Feed<T> {
  bus.subscribe<T>(topic, (delivery) => {
    if (delivery.from !== bus.nodeId) local.publish(delivery.body);
  });
  return {
    publish(item) {
      local.publish(item);
      bus.publish(topic, item);
    },
    subscribe: (listener) => local.subscribe(listener),
  };
}
