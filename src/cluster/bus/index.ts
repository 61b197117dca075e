export type { BusDelivery, ClusterBus } from './cluster-bus.ts';
export { InProcessBus } from './in-process-bus.ts';
export { RedisBus, type RedisBusOptions } from './redis-bus.ts';
export { propagatedFeed, type Feed } from './propagated-feed.ts';
