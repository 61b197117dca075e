import type { VdnLeaseRepository, VdnLeaseRow } from '../../store/index.ts';
import type { VdnLocation, VdnOwnership } from '../ownership.ts';
import type { NodeDirectory } from './node-directory.ts';
import { preferredNode } from './rendezvous.ts';

export interface LeaseOwnershipOptions {
  nodeId: number;
  /** Where other nodes forward this node's requests. */
  url: string;
  /** How long a tenure lasts without renewal; renewed every ttlMs / 3. */
  ttlMs: number;
  leases: Pick<VdnLeaseRepository, 'read' | 'acquire' | 'renew' | 'release'>;
  directory: NodeDirectory;
  /** A monotonic clock of this process (performance.now), for the local deadline of a tenure. */
  monotonicMs: () => number;
  /** The VDNs the cluster serves (the store's tenant list). */
  vdnIds: () => Promise<number[]>;
  /** The VDN's engine has nothing live (no agents, no calls): it may move without anyone noticing. */
  isIdle: (vdnId: number) => boolean;
  events: LeaseEvents;
  log: { warn(data: object, message: string): void; info(data: object, message: string): void };
}

export interface LeaseEvents {
  /** This node began a tenure; `previousOwner` is −1 when no node held the VDN before. */
  acquired(vdnId: number, fence: bigint, previousOwner: number): void;
  /** This node's tenure ended without its consent (renewal failed or the lease moved): stop at once, write nothing. */
  lost(vdnId: number): void;
  /** This node hands an idle VDN to its preferred node: stop serving it before the lease is released. */
  handingOver(vdnId: number): Promise<void>;
}

interface Tenure {
  fence: bigint;
  /** Local monotonic instant before which the tenure is certainly still valid in the store. */
  deadlineMs: number;
}

/**
 * VDN ownership by leases in the store with fences, steered by a node directory (decision 1700).
 * Tenants spread by rendezvous hashing over the live nodes; a free lease is taken by its preferred
 * node, or by anyone once it has been free for a whole TTL. A tenure is valid locally until the
 * instant before its acquisition or renewal was sent plus the TTL minus a margin, so this node
 * stops (fenceOf → undefined) before the store could let another node take over.
 */
export class LeaseOwnership implements VdnOwnership {
  readonly nodeId: number;
  private readonly tenures = new Map<number, Tenure>();
  private readonly acquiring = new Map<number, Promise<VdnLocation>>();
  private live = new Map<number, string>();
  private ticking: Promise<void> | undefined;
  private renewing: Promise<void> | undefined;
  private stopped = false;

  constructor(private readonly options: LeaseOwnershipOptions) {
    this.nodeId = options.nodeId;
  }

  /** A safety margin for the local deadline: clock rate differences and a slow renewal round trip. */
  private get marginMs(): number {
    return Math.max(50, Math.floor(this.options.ttlMs / 10));
  }

  fenceOf(vdnId: number): bigint | undefined {
    const tenure = this.tenures.get(vdnId);
    if (!tenure) return undefined;
    if (this.options.monotonicMs() < tenure.deadlineMs) return tenure.fence;
    this.lose(vdnId, 'the tenure ran out before it was renewed');
    return undefined;
  }

  /** The VDNs this node owns now. */
  owned(): number[] {
    return [...this.tenures.keys()].filter((vdnId) => this.fenceOf(vdnId) !== undefined);
  }

  async locate(vdnId: number): Promise<VdnLocation> {
    const fence = this.fenceOf(vdnId);
    if (fence !== undefined) return { kind: 'local', fence };
    let pending = this.acquiring.get(vdnId);
    if (!pending) {
      pending = this.locateOrAcquire(vdnId).finally(() => this.acquiring.delete(vdnId));
      this.acquiring.set(vdnId, pending);
    }
    return pending;
  }

  /** Joins the cluster: announces this node and follows hand-over notices. */
  async start(): Promise<void> {
    const { directory, nodeId, url, ttlMs } = this.options;
    await directory.heartbeat(nodeId, url, ttlMs);
    this.live = await directory.liveNodes();
    this.unsubscribe = await directory.subscribe(() => void this.tick());
    await directory.notify({ kind: 'joined', nodeId });
  }

  private unsubscribe: (() => Promise<void>) | undefined;

  /**
   * One round of upkeep (every ttlMs / 3, and on notices): heartbeat, renew every tenure, take
   * the free leases this node should own, and hand idle VDNs over to their preferred node.
   * Rounds never overlap, and the renewals run beside a round still in flight.
   */
  tick(): Promise<void> {
    if (this.stopped) return Promise.resolve();
    // The renewals run on their own, first: a slow round (the directory, free leases, hand-overs
    // on a loaded node) must not make this node miss a renewal and lose a busy VDN.
    this.renewing ??= this.renewAll().finally(() => {
      this.renewing = undefined;
    });
    this.ticking ??= this.runTick().finally(() => {
      this.ticking = undefined;
    });
    return Promise.all([this.renewing, this.ticking]).then(() => undefined);
  }

  /** A clean stop: hands every VDN back (the engines are already stopped) and leaves the directory. */
  async stop(): Promise<void> {
    this.stopped = true;
    await this.ticking?.catch(() => undefined);
    await this.renewing?.catch(() => undefined);
    const { leases, directory, nodeId } = this.options;
    for (const [vdnId, tenure] of [...this.tenures]) {
      this.tenures.delete(vdnId);
      await leases.release(vdnId, nodeId, tenure.fence).catch(() => undefined);
      await directory.notify({ kind: 'released', vdnId, nodeId }).catch(() => undefined);
    }
    await directory.leave(nodeId).catch(() => undefined);
    await directory.notify({ kind: 'left', nodeId }).catch(() => undefined);
    await this.unsubscribe?.().catch(() => undefined);
  }

  private async runTick(): Promise<void> {
    const { directory, nodeId, url, ttlMs, log } = this.options;
    try {
      await directory.heartbeat(nodeId, url, ttlMs);
      this.live = await directory.liveNodes();
    } catch (error) {
      log.warn({ err: error }, 'the node directory did not answer; keeping the last live set');
    }
    await this.renewing;
    for (const vdnId of await this.options.vdnIds().catch(() => [])) {
      if (this.stopped) return;
      if (this.tenures.has(vdnId)) await this.maybeHandOver(vdnId);
      else await this.locate(vdnId).catch((error: unknown) => log.warn({ err: error, vdnId }, 'could not take a free lease'));
    }
  }

  private async renewAll(): Promise<void> {
    const { leases, nodeId, ttlMs, monotonicMs, log } = this.options;
    for (const [vdnId, tenure] of [...this.tenures]) {
      const sentAtMs = monotonicMs();
      try {
        if (await leases.renew(vdnId, nodeId, tenure.fence, ttlMs)) {
          if (this.tenures.get(vdnId) === tenure) tenure.deadlineMs = sentAtMs + ttlMs - this.marginMs;
        } else {
          this.lose(vdnId, 'the lease moved to another node');
        }
      } catch (error) {
        // The store did not answer: the tenure stands until its local deadline, then ends.
        log.warn({ err: error, vdnId }, 'renewing a lease failed');
        this.fenceOf(vdnId);
      }
    }
  }

  private async maybeHandOver(vdnId: number): Promise<void> {
    const preferred = preferredNode(vdnId, this.live.keys());
    if (preferred === undefined || preferred === this.nodeId || !this.options.isIdle(vdnId)) return;
    const tenure = this.tenures.get(vdnId);
    if (!tenure) return;
    await this.options.events.handingOver(vdnId);
    this.tenures.delete(vdnId);
    await this.options.leases.release(vdnId, this.nodeId, tenure.fence);
    this.options.log.info({ vdnId, to: preferred }, 'handed an idle VDN over to its preferred node');
    await this.options.directory.notify({ kind: 'released', vdnId, nodeId: this.nodeId }).catch(() => undefined);
  }

  private async locateOrAcquire(vdnId: number): Promise<VdnLocation> {
    const { leases, nodeId, url, ttlMs, monotonicMs } = this.options;
    const lease = await leases.read(vdnId);
    if (lease?.live && lease.ownerNode !== nodeId) return { kind: 'remote', nodeId: lease.ownerNode, url: lease.ownerUrl };
    if (!this.shouldTake(vdnId, lease)) {
      const preferred = preferredNode(vdnId, this.candidates(lease))!;
      return { kind: 'remote', nodeId: preferred, url: this.live.get(preferred)! };
    }
    const sentAtMs = monotonicMs();
    const result = await leases.acquire(vdnId, nodeId, url, ttlMs);
    if (!result.acquired) return { kind: 'remote', nodeId: result.holder.ownerNode, url: result.holder.ownerUrl };
    this.tenures.set(vdnId, { fence: result.fence, deadlineMs: sentAtMs + ttlMs - this.marginMs });
    this.options.log.info({ vdnId, fence: String(result.fence), previousOwner: result.previousOwner }, 'took the lease of a VDN');
    this.options.events.acquired(vdnId, result.fence, result.previousOwner);
    return { kind: 'local', fence: result.fence };
  }

  /**
   * This node takes a free lease when it is the preferred live node, when no other candidate is
   * live, or when the lease has stayed free for a whole TTL (its preferred node is not acting).
   * A lease this node's previous run still holds is taken back at once (node ids are unique).
   */
  private shouldTake(vdnId: number, lease: VdnLeaseRow | undefined): boolean {
    if (this.stopped) return false;
    if (lease?.live) return lease.ownerNode === this.nodeId;
    if (lease && lease.expiredForMs > this.options.ttlMs) return true;
    const preferred = preferredNode(vdnId, this.candidates(lease));
    return preferred === undefined || preferred === this.nodeId;
  }

  /** Live nodes that may own the VDN next: never the owner whose lease just ran out (it failed to renew). */
  private candidates(lease: VdnLeaseRow | undefined): number[] {
    const nodes = new Set(this.live.keys());
    nodes.add(this.nodeId);
    if (lease && !lease.live && lease.ownerNode !== this.nodeId) nodes.delete(lease.ownerNode);
    return [...nodes];
  }

  /** The store refused this node's fence for the VDN: the tenure is over, whatever the local deadline says. */
  revoke(vdnId: number, why: string): void {
    this.lose(vdnId, why);
  }

  private lose(vdnId: number, why: string): void {
    if (!this.tenures.delete(vdnId)) return;
    this.options.log.warn({ vdnId, why }, 'lost the lease of a VDN: its engine stops here without writing');
    this.options.events.lost(vdnId);
  }
}
