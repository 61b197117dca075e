import { PhoneClaims, type EngineDeps, type TenantConfig } from './core/index.ts';
import { TenantEngine } from './tenant-engine.ts';
import { applyConfig } from './apply-config.ts';
import type { VdnOwnership } from '../cluster/ownership.ts';
import { ForwardToOwner } from '../cluster/forward/forward-to-owner.ts';

export interface RegistryDeps {
  loadConfig(vdnId: number): Promise<TenantConfig>;
  /** The VDN whose work-number range holds `workNo` (agent-gateway paths carry no VDN). */
  vdnOfWorkNo(workNo: number): Promise<number | undefined>;
  engineDeps(vdnId: number, config: TenantConfig): EngineDeps;
  /** Plugs the tenant's adapters (a chatbot) into a new engine before anyone uses it. */
  created?(vdnId: number, engine: TenantEngine): Promise<void>;
  /**
   * Cluster mode: where each VDN is served (decision 1710). Absent on a single node, where every
   * VDN is local and the registry asks nothing (no extra await on the hot path).
   */
  ownership?: VdnOwnership;
}

/**
 * One engine per tenant, created on first use from the tenant's configuration, and kept in step
 * with configuration changes. Reloads are serialised per tenant, and `get` waits for a reload in
 * flight, so a request that follows a configuration change sees it.
 */
export class EngineRegistry {
  private readonly engines = new Map<number, Promise<TenantEngine>>();
  private readonly reloads = new Map<number, Promise<void>>();
  private readonly workNoVdn = new Map<number, number>();
  /** Engines whose creation has finished, for synchronous looks (`peek`). */
  private readonly ready = new Map<number, TenantEngine>();
  /** One phone serves one agent at a time across all tenants (decision 0507). */
  readonly phones = new PhoneClaims();

  constructor(private readonly deps: RegistryDeps) {}

  async get(vdnId: number): Promise<TenantEngine> {
    if (this.deps.ownership) await this.ensureLocal(vdnId);
    let engine = this.engines.get(vdnId);
    if (!engine) {
      engine = this.deps.loadConfig(vdnId).then(async (config) => {
        const created = new TenantEngine({ ...this.deps.engineDeps(vdnId, config), phones: this.phones });
        await this.deps.created?.(vdnId, created);
        if (this.engines.get(vdnId) === engine) this.ready.set(vdnId, created);
        return created;
      });
      this.engines.set(vdnId, engine);
      engine.catch(() => this.engines.delete(vdnId));
    }
    await this.reloads.get(vdnId);
    return engine;
  }

  /** The engine of the tenant an agent belongs to, if any. */
  async forWorkNo(workNo: number): Promise<TenantEngine | undefined> {
    let vdnId = this.workNoVdn.get(workNo);
    if (vdnId === undefined) {
      vdnId = await this.deps.vdnOfWorkNo(workNo);
      if (vdnId === undefined) return undefined;
      this.workNoVdn.set(workNo, vdnId);
    }
    return this.get(vdnId);
  }

  /** The tenant's engine if it already runs (a query need not start one just to read nothing). */
  async ifRunning(vdnId: number): Promise<TenantEngine | undefined> {
    // In a cluster the engine may run on the owner: the question is the owner's to answer.
    if (this.deps.ownership) await this.ensureLocal(vdnId);
    return this.engines.has(vdnId) ? this.get(vdnId) : undefined;
  }

  /** Engines already running (for shutdown, monitoring and invariant checks). */
  async running(): Promise<TenantEngine[]> {
    return Promise.all([...this.engines.values()]);
  }

  /** Re-reads a tenant's configuration into its engine, if the engine runs. */
  reload(vdnId: number): Promise<void> {
    if (!this.engines.has(vdnId)) return Promise.resolve();
    const previous = this.reloads.get(vdnId) ?? Promise.resolve();
    const next = previous.then(async () => {
      const [engine, config] = await Promise.all([this.engines.get(vdnId)!, this.deps.loadConfig(vdnId)]);
      engine.run(() => applyConfig(engine, config));
    });
    const settled = next.catch(() => undefined);
    this.reloads.set(vdnId, settled);
    void settled.then(() => {
      if (this.reloads.get(vdnId) === settled) this.reloads.delete(vdnId);
    });
    return next;
  }

  /** The tenant's engine if it runs and is ready, without waiting. */
  peek(vdnId: number): TenantEngine | undefined {
    return this.ready.get(vdnId);
  }

  /**
   * Forgets a tenant's engine without stopping it (cluster mode, decision 1700): this node lost
   * the VDN's lease, so the engine must not write its end; the new owner ends what it left.
   */
  discard(vdnId: number): void {
    this.engines.delete(vdnId);
    this.ready.delete(vdnId);
    this.reloads.delete(vdnId);
  }

  /**
   * Throws ForwardToOwner when another node serves the VDN, without starting its engine: work
   * that belongs on the owner (campaigns, jobs; decision 1730) asks before it writes anything.
   */
  async serveHere(vdnId: number): Promise<void> {
    if (this.deps.ownership) await this.ensureLocal(vdnId);
  }

  /** Throws ForwardToOwner when another node serves the VDN (the HTTP layer proxies the request there). */
  private async ensureLocal(vdnId: number): Promise<void> {
    const location = await this.deps.ownership!.locate(vdnId);
    if (location.kind === 'remote') throw new ForwardToOwner(vdnId, location.nodeId, location.url);
  }

  /** Work-number ranges changed (tenants added): forget cached owners. */
  forgetWorkNoOwners(): void {
    this.workNoVdn.clear();
  }
}
