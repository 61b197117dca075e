import type { Clock } from '../../../domain/time/index.ts';
import type { CallbackOutbox } from '../../../events/index.ts';
import type { Repositories, Store } from '../../../store/index.ts';

/** What the outbound campaign services use: the store, time, identifiers and the callback outbox. */
export interface OutboundDeps {
  readonly store: Store;
  readonly repos: Repositories;
  readonly clock: Clock;
  readonly ids: { next(): string };
  readonly callbacks: Pick<CallbackOutbox, 'enqueue'>;
  /** Serialises the writes of one campaign (the reference's "distributed lock", ref L852–854). */
  readonly tenantLocks: { run<T>(key: string, work: () => Promise<T>): Promise<T> };
}

/** Runs `work` under the campaign's lock, so that a modification, a control and the dialer's records never interleave. */
export function withCampaignLock<T>(deps: OutboundDeps, vdnId: number, campaignId: number, work: () => Promise<T>): Promise<T> {
  return deps.tenantLocks.run(`isales:${vdnId}:${campaignId}`, work);
}
