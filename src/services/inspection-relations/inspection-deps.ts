import type { Clock } from '../../domain/time/index.ts';
import { inTransaction, type Repositories, type Store } from '../../store/index.ts';

/** What the inspection-group services use; the interface handlers' services satisfy it. */
export interface InspectionDeps {
  readonly store: Store;
  readonly repos: Repositories;
  readonly clock: Clock;
  readonly ids: { next(): string };
  /** Serialises a tenant's inspection-group writes, so that name and membership checks hold. */
  readonly tenantLocks: { run<T>(key: string, work: () => Promise<T>): Promise<T> };
}

/** A write that failed for a reason the interface reports (0101001, or a joinusergroup end code). */
export type Outcome<T, R = string> = { ok: true; value: T } | { ok: false; reason: R; message: string };

export const done = <T>(value: T): Outcome<T, never> => ({ ok: true, value });
export const refused = <R>(reason: R, message: string): Outcome<never, R> => ({ ok: false, reason, message });

/** Runs `work` under the tenant's inspection lock, in one transaction: all of it lands or none. */
export function writeGroups<T, R>(deps: InspectionDeps, vdnId: number, work: (repos: Repositories) => Promise<Outcome<T, R>>): Promise<Outcome<T, R>> {
  return deps.tenantLocks.run(`qc:${vdnId}`, () =>
    inTransaction(deps.store, async (repos) => {
      const outcome = await work(repos);
      // A refusal must leave nothing behind: throw to roll back, then report it.
      if (!outcome.ok) throw new Refusal(outcome);
      return outcome;
    }).catch((error: unknown) => {
      if (error instanceof Refusal) return error.outcome as Outcome<T, R>;
      throw error;
    }),
  );
}

class Refusal extends Error {
  constructor(readonly outcome: Outcome<unknown, unknown>) {
    super(outcome.ok ? 'ok' : outcome.message);
  }
}
