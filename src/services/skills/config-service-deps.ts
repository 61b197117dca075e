import type { Clock } from '../../domain/time/index.ts';
import type { Repositories, Store } from '../../store/index.ts';

/** Serialises a tenant's configuration writes (the reference's "distributed lock", ref L854). */
export interface TenantLock {
  run<T>(key: string, work: () => Promise<T>): Promise<T>;
}

/** Tells live state (the CTI engine) that a tenant's skills or routes changed. */
export interface ConfigChangePublisher {
  publish(change: { vdnId: number; what: 'skills' | 'routes' }): void;
}

/**
 * What the skill and number services use: the store, the clock, the tenant lock and the change
 * feed. The API's services object satisfies it; the services name nothing else.
 */
export interface ConfigServiceDeps {
  readonly store: Store;
  readonly repos: Repositories;
  readonly clock: Clock;
  readonly tenantLocks: TenantLock;
  readonly configChanges: ConfigChangePublisher;
}

/** The lock key of a tenant's configuration writes. */
export const tenantLockKey = (vdnId: number): string => `vdn:${vdnId}`;
