import { performance } from 'node:perf_hooks';
import { LeaseOwnership } from '../cluster/lease/lease-ownership.ts';
import { RedisNodeDirectory } from '../cluster/lease/redis-node-directory.ts';
import type { RecordFencing } from '../events/index.ts';
import { createRepositories, type Store } from '../store/index.ts';
import type { EngineRegistry } from '../engine/index.ts';
import type { AppConfig } from './config.ts';

/**
 * The lease id of the process-wide background work (callback outbox, SQM scheduler): VDN ids
 * start at 1, so 0 names no tenant. Exactly one node holds it and runs that work, so no callback
 * is sent twice (decision 1700). Campaigns and jobs run per VDN on its owner (decision 1730).
 */
export const backgroundLeaseId = 0;

/** The logger of the cluster's parts (composed before the HTTP server whose logger it forwards to). */
export interface ClusterLog {
  info(data: object, message: string): void;
  warn(data: object, message: string): void;
  error(data: object, message: string): void;
}

/** What the cluster node drives once the server is composed. */
export interface ClusterHooks {
  registry: EngineRegistry;
  /** This node took the VDN's lease and its engine has taken the VDN over: its background work starts here (decision 1730). */
  vdnTaken(vdnId: number): Promise<void>;
  /** This node lost or handed over the VDN: its background work stops here, writing nothing. */
  vdnLeft(vdnId: number): void;
  /** Resolves once every record queued so far is written (or refused). */
  flushRecords(): Promise<void>;
  /** Starts the background work on this node (it took the background lease). */
  startBackground(): Promise<void>;
  /** Stops it (the lease was lost or this node stops). */
  stopBackground(): Promise<void>;
  /** Called on each upkeep round while this node runs the background work (new rows from other nodes). */
  pollBackground(): Promise<void>;
}

export interface LeaseNode {
  readonly ownership: LeaseOwnership;
  readonly fencing: RecordFencing;
  /** Joins the cluster and begins the lease upkeep (every TTL / 3). */
  start(hooks: ClusterHooks): Promise<void>;
  /** Stops the upkeep and hands every lease back (after the records are flushed). */
  stop(): Promise<void>;
}

/**
 * Cluster mode's composition (decision 1700): leases in the shared PostgreSQL, the node
 * directory in Redis, and the reactions to winning and losing a lease. Only src/app runs timers.
 */
export function composeLeases(config: AppConfig, store: Store, log: ClusterLog): LeaseNode {
  const busUrl = config.busUrl!;
  const repos = createRepositories(store.db);
  const directory = new RedisNodeDirectory(busUrl, config.busPrefix);
  let hooks: ClusterHooks | undefined;
  let background = false;
  const ownership = new LeaseOwnership({
    nodeId: config.nodeId,
    url: config.advertiseUrl ?? `http://${config.publicHost}:${config.port}`,
    ttlMs: config.leaseTtlMs,
    leases: repos.vdnLeases,
    directory,
    monotonicMs: () => performance.now(),
    vdnIds: async () => [backgroundLeaseId, ...(await repos.vdns.list()).map((v) => v.vdnId)],
    isIdle: (vdnId) => {
      if (vdnId === backgroundLeaseId || !hooks) return false;
      const engine = hooks.registry.peek(vdnId);
      return engine === undefined || (engine.agents.size === 0 && engine.calls.size === 0);
    },
    events: {
      acquired(vdnId) {
        if (!hooks) return;
        if (vdnId === backgroundLeaseId) {
          background = true;
          hooks.startBackground().catch((error: unknown) => log.error({ err: error }, 'starting the background work failed'));
          return;
        }
        // Start the engine now, so that the takeover runs and the agents get their recovery
        // events without waiting for a request to arrive; then the VDN's campaigns and jobs.
        const taken = hooks;
        taken.registry
          .get(vdnId)
          .then(() => taken.vdnTaken(vdnId))
          .catch((error: unknown) => log.error({ err: error, vdnId }, 'starting a VDN engine and its work after taking its lease failed'));
      },
      lost(vdnId) {
        if (!hooks) return;
        if (vdnId === backgroundLeaseId) {
          background = false;
          hooks.stopBackground().catch((error: unknown) => log.error({ err: error }, 'stopping the background work failed'));
          return;
        }
        hooks.registry.discard(vdnId);
        hooks.vdnLeft(vdnId);
      },
      async handingOver(vdnId) {
        hooks?.registry.discard(vdnId);
        hooks?.vdnLeft(vdnId);
        // The tenure ends when this returns: the VDN's last records (a sign-out just made) are
        // written under it first, or the writer would refuse them as no longer owned.
        await hooks?.flushRecords();
      },
    },
    log,
  });
  const fencing: RecordFencing = {
    fenceOf: (vdnId) => ownership.fenceOf(vdnId),
    refused(vdnIds, reason) {
      log.warn({ vdnIds, reason }, 'refused records of VDNs this node no longer owns');
      if (reason === 'stale fence') for (const vdnId of vdnIds) ownership.revoke(vdnId, 'the store holds a newer fence');
    },
  };
  let timer: NodeJS.Timeout | undefined;
  return {
    ownership,
    fencing,
    async start(given) {
      hooks = given;
      await ownership.start();
      await ownership.tick();
      timer = setInterval(() => {
        void ownership.tick().then(async () => {
          if (background) await hooks?.pollBackground();
        }).catch((error: unknown) => log.warn({ err: error }, 'lease upkeep failed'));
      }, Math.max(100, Math.floor(config.leaseTtlMs / 3)));
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      if (background) await hooks?.stopBackground();
      background = false;
      await ownership.stop();
      await directory.close();
    },
  };
}
