import type { ApiServices } from '../api/services.ts';
import type { ClusterBus } from '../cluster/bus/index.ts';
import type { NodeBoard } from '../cluster/board/index.ts';
import { RequestForwarder } from '../cluster/forward/index.ts';
import type { VdnOwnership } from '../cluster/ownership.ts';
import { limits } from './limits.ts';

/** What makes a node a member of a cluster (issue 17): who owns which VDN, and the bus. */
export interface ClusterMembership {
  readonly ownership: VdnOwnership;
  readonly bus: ClusterBus;
  /** Where nodes pin their system indicators (decision 1732); a real cluster's is in Redis. */
  readonly board?: NodeBoard;
}

/** Cache invalidations that travel on the bus besides configuration changes (decision 1711). */
type CacheInvalidation = { kind: 'nlu'; vdnId: number };
const cacheTopic = 'cache';

/** The proxy of requests for VDNs other nodes serve (decision 1710). */
export function createForwarder(cluster: ClusterMembership): RequestForwarder {
  return new RequestForwarder({
    ownership: cluster.ownership,
    connectTimeoutMs: limits.forwardConnectTimeoutMs,
    replyTimeoutMs: limits.forwardReplyTimeoutMs,
  });
}

/**
 * Keeps the per-node caches that are not configuration snapshots in step across nodes: a change
 * of a tenant's FAQ or intent corpus made on one node drops the NLU model every node built of it.
 */
export function propagateCacheInvalidations(services: ApiServices, bus: ClusterBus): void {
  const { nlu } = services.chatbot;
  nlu.invalidated = (vdnId) => bus.publish(cacheTopic, { kind: 'nlu', vdnId } satisfies CacheInvalidation);
  bus.subscribe<CacheInvalidation>(cacheTopic, ({ from, body }) => {
    if (from !== bus.nodeId && body.kind === 'nlu') nlu.forget(body.vdnId);
  });
}
