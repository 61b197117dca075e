import { createHash } from 'node:crypto';
import type { Clock } from '../../domain/time/index.ts';
import { inTransaction, type Repositories, type Store } from '../../store/index.ts';

/** What the quality-check services use (the interface handlers' services satisfy it). */
export interface SqmDeps {
  readonly store: Store;
  readonly repos: Repositories;
  readonly clock: Clock;
  readonly ids: { next(): string };
  readonly tenantLocks: { run<T>(key: string, work: () => Promise<T>): Promise<T> };
}

/**
 * A tenant's quality-check state as one unit of work: reads go to the store, writes run under
 * the tenant's quality-check lock in one transaction, so a multi-row change (a sentence and its
 * corpora, a rule and its flows and scripts) lands whole or not at all (issue 14).
 */
export function sqmWrite<T>(deps: SqmDeps, vdnId: number, work: (repos: Repositories) => Promise<T>): Promise<T> {
  return deps.tenantLocks.run(`sqm:${vdnId}`, () => inTransaction(deps.store, work));
}

/**
 * A UUID-shaped id derived from a fresh snowflake (scenarios `groupid_<uuid>`, rule instances
 * `<kind>Rule<uuid>`, calls; note 07 §3.6). Derived rather than random so that runs replay.
 */
export function uuidFrom(seed: string): string {
  const hex = createHash('sha1').update(seed).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${((parseInt(hex[16]!, 16) & 3) | 8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export function newUuid(deps: SqmDeps, vdnId: number): string {
  return uuidFrom(`${vdnId}:${deps.ids.next()}`);
}

/** Unix seconds of the clock (the §12.2 timestamps). */
export function nowSeconds(deps: SqmDeps): number {
  return Math.floor(deps.clock.now() / 1000);
}
