import type { ApiServices } from '../api/services.ts';
import { RedisNodeBoard, type NodeBoard } from '../cluster/board/index.ts';
import { RedisAddressLockout } from '../cluster/lockout/index.ts';
import type { Clock } from '../domain/time/index.ts';
import { AddressLockout, type AddressLock } from '../http/auth/index.ts';
import { localIndicators, type NodeIndicators } from '../services/system-indicators/node-indicators.ts';
import { IndicatorView, usageOf } from '../services/system-indicators/indicator-view.ts';
import { systemScope } from '../stats/system/index.ts';
import type { AppConfig } from './config.ts';
import type { ClusterLog } from './compose-leases.ts';
import { limits } from './limits.ts';

/** A cluster node's part in the cluster-wide system indicators (decision 1732). */
export interface ClusterObservation {
  /** Pins this node's indicators now and raises the whole system's peaks to the cluster's usage. */
  pin(): Promise<void>;
  /** Pins every `indicatorPinIntervalMs` until stopped (timers live in src/app). */
  start(): void;
  stop(): Promise<void>;
}

/** The board of a real cluster: Redis, beside the bus. */
export function redisBoard(config: AppConfig): NodeBoard {
  return new RedisNodeBoard(config.busUrl!, config.busPrefix, limits.clusterRedisCommandTimeoutMs);
}

/**
 * The CC-FS address lock (decision 1314): in memory on a single node, in Redis for a cluster
 * with a bus (decision 1732), so that failures through every node count together.
 */
export function composeCcfsLockout(config: AppConfig, clock: Clock, log: ClusterLog): AddressLock & { close(): void } {
  if (!config.busUrl) return Object.assign(new AddressLockout(clock, limits.ccfsAddressLockout), { close: () => undefined });
  return new RedisAddressLockout({
    url: config.busUrl,
    prefix: config.busPrefix,
    nodeId: config.nodeId,
    clock,
    limits: limits.ccfsAddressLockout,
    commandTimeoutMs: limits.clusterRedisCommandTimeoutMs,
    onError: (error) => log.warn({ err: error }, 'the shared CC-FS address lock did not answer: nothing is locked meanwhile'),
  });
}

/**
 * Makes this node's system indicators readable by the others and theirs by this one: the node
 * pins its snapshot on the board on a timer, and its §12.3.6 interfaces read the others' pinned
 * snapshots (a node the board has forgotten counts for nothing). Each round also raises this
 * node's system-scope peaks to the cluster's summed usage, which no single node's events see, so
 * that they are stored with its next batch.
 */
export function observeCluster(services: ApiServices, board: NodeBoard, log: ClusterLog, options: { ownsBoard: boolean }): ClusterObservation {
  const { nodeId } = services.systemIndicators;
  services.systemIndicators.peers = {
    async others() {
      try {
        const documents = await board.read();
        return [...documents].filter(([id]) => id !== nodeId).map(([, body]) => body as NodeIndicators);
      } catch (error) {
        log.warn({ err: error }, 'the cluster board did not answer: the system indicators are this node’s only');
        return [];
      }
    },
  };
  let timer: NodeJS.Timeout | undefined;
  let round: Promise<void> | undefined;
  const pin = async () => {
    const local = await localIndicators(services);
    await board.pin(nodeId, local, limits.indicatorPinTtlMs);
    const view = new IndicatorView([local, ...(await services.systemIndicators.peers.others())]);
    services.cti.licencePeaks.raiseTo(systemScope, usageOf(view.served().map((vdn) => vdn.usage)));
  };
  services.systemIndicators.pin = pin;
  return {
    pin,
    start() {
      timer = setInterval(() => {
        // Rounds never overlap: a slow Redis skips a beat instead of piling up.
        round ??= pin()
          .catch((error: unknown) => log.warn({ err: error }, 'pinning the system indicators failed'))
          .finally(() => {
            round = undefined;
          });
      }, limits.indicatorPinIntervalMs);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      await round;
      await board.unpin(nodeId).catch(() => undefined);
      // A board the caller gave (a test's, shared by its nodes) is the caller's to close.
      if (options.ownsBoard) await board.close();
    },
  };
}
