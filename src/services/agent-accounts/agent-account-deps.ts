import type { PasswordHasher, SecretSource } from '../../auth/index.ts';
import type { AgentOutcome } from '../../domain/config/agent-rejection.ts';
import type { Clock } from '../../domain/time/index.ts';
import { inTransaction, type Repositories, type Store } from '../../store/index.ts';

/**
 * What the agent-account services use. The interface handlers' services satisfy it; naming only
 * these ports keeps the services from reaching anything else (STYLE "each service gets only the
 * ports it names").
 */
export interface AgentAccountDeps {
  readonly store: Store;
  readonly repos: Repositories;
  readonly clock: Clock;
  readonly secrets: SecretSource;
  readonly passwords: PasswordHasher;
  /** Serialises a tenant's configuration writes (the reference's "distributed lock", ref L854). */
  readonly tenantLocks: { run<T>(key: string, work: () => Promise<T>): Promise<T> };
  /** Tells live state (the CTI engine) that a tenant's agents or their skills changed. */
  readonly configChanges: { publish(change: { vdnId: number; what: 'agents' }): void };
}

/** The lock key of a tenant's configuration, shared by every family that writes it. */
export function tenantLockKey(vdnId: number): string {
  return `vdn:${vdnId}`;
}

/**
 * Runs a write on a tenant's agents: under the tenant's lock, in one transaction, and, when it
 * succeeds, announces the change. `work` decides before it writes, so a rejection leaves nothing
 * behind except what it means to keep (a wrong-password count).
 */
export function writeAgents<T>(deps: AgentAccountDeps, vdnId: number, work: (repos: Repositories) => Promise<AgentOutcome<T>>): Promise<AgentOutcome<T>> {
  return deps.tenantLocks.run(tenantLockKey(vdnId), async () => {
    const outcome = await inTransaction(deps.store, work);
    if (outcome.ok) deps.configChanges.publish({ vdnId, what: 'agents' });
    return outcome;
  });
}

/** The tenant's skills by id, with their media types, for the skill rules. */
export async function skillMediaOf(repos: Repositories, vdnId: number): Promise<Map<number, { skillId: number; mediaTypeId: number }>> {
  const skills = await repos.skills.listAll(vdnId);
  return new Map(skills.map((s) => [s.skillId, { skillId: s.skillId, mediaTypeId: s.mediaTypeId }]));
}
