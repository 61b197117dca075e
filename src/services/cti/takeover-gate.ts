import type { ApiServices } from '../../api/services.ts';
import type { TenantEngine } from '../../engine/index.ts';
import { recoverVdn, type TakeoverOptions, type TakeoverResult } from './recover-vdn.ts';

const nothingTakenOver: TakeoverResult = { sessions: 0, calls: 0, systemCalls: 0, dialogs: 0, attempts: 0 };

interface PendingTakeover {
  options: TakeoverOptions;
  resolve(result: TakeoverResult): void;
  reject(error: unknown): void;
}

/**
 * Takeovers waiting for the next engine this node creates for a VDN (decision 1720). The engine
 * registry's `created` hook runs them, so a new owner's engine has carried on from the store
 * before `EngineRegistry.get` hands it to any request: a request that arrives meanwhile waits for
 * the same engine.
 */
export class TakeoverGate {
  private readonly pending = new Map<number, PendingTakeover>();
  private services: ApiServices | undefined;
  private always: TakeoverOptions | undefined;

  /** The services the takeovers use (composed after the registry whose hook calls this gate). */
  bind(services: ApiServices): void {
    this.services = services;
  }

  /**
   * Cluster mode: every engine this node creates is a new owner's (it won the VDN's lease), so
   * each one takes its VDN over from the store before it serves, as `options` says.
   */
  everyNewEngine(options: TakeoverOptions): void {
    this.always = options;
  }

  /** The next engine created here for `vdnId` carries on from the store first; resolves when it has. */
  expect(vdnId: number, options: TakeoverOptions): Promise<TakeoverResult> {
    this.pending.get(vdnId)?.resolve(nothingTakenOver);
    return new Promise((resolve, reject) => this.pending.set(vdnId, { options, resolve, reject }));
  }

  /** Nothing was created (the engine already ran here): the expected takeover has nothing to do. */
  withdraw(vdnId: number): void {
    this.pending.get(vdnId)?.resolve(nothingTakenOver);
    this.pending.delete(vdnId);
  }

  /** The registry's `created` hook: a failed takeover fails the engine's creation, so that no request reaches it. */
  async engineCreated(vdnId: number, engine: TenantEngine): Promise<void> {
    const takeover = this.pending.get(vdnId) ?? (this.always ? { options: this.always, resolve: () => undefined, reject: () => undefined } : undefined);
    if (!takeover) return;
    this.pending.delete(vdnId);
    if (!this.services) throw new Error('takeover gate: services not bound');
    try {
      takeover.resolve(await recoverVdn(this.services, vdnId, takeover.options, engine));
    } catch (error) {
      takeover.reject(error);
      throw error;
    }
  }
}
