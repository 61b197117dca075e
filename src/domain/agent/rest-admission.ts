/**
 * Rest quotas and approval (decision 0850): whether an agent asking for a rest may take it now,
 * or must wait, and why (Table 12-336 "Reason for not allowing rest"). The engine counts; this
 * decides. A tenant without a policy grants every rest at once, as before.
 */
export interface RestPolicy {
  /** Most agents of the VDN resting or granted a rest at once; null: no VDN quota. */
  maxRestingAgents: number | null;
  /** Whether a supervisor approves each rest (an inspector's forcerest, decision 0850). */
  approval: boolean;
  /** Most agents of a skill queue resting or granted a rest at once (12.3.1.2.5 maxRestAgentNum). */
  maxRestingBySkill: ReadonlyMap<number, number>;
}

export const noRestPolicy: RestPolicy = { maxRestingAgents: null, approval: false, maxRestingBySkill: new Map() };

/** Table 12-336: 0 waiting for approval, 2 VDN quota, 3 in no skill queue, 4 a skill queue's quota (1 is "granted, still at work"). */
export type RestWaitCause = 0 | 2 | 3 | 4;

export type RestAdmission = { admitted: true } | { admitted: false; cause: RestWaitCause; skillIds: readonly number[] };

/** How many agents rest or hold a granted rest, in the VDN and per skill queue (the asker excluded). */
export interface RestCounts {
  vdn: number;
  inSkill(skillId: number): number;
}

export function hasRestQuota(policy: RestPolicy): boolean {
  return policy.maxRestingAgents !== null || policy.maxRestingBySkill.size > 0;
}

/**
 * Quotas first, then approval: an agent is told it waits for approval only once the quotas would
 * let it rest, so the cause it sees is the one that will lift last. Quotas count the agent's
 * signed-in skill queues; with a quota in force an agent in none of them cannot be counted against
 * one and waits until it signs in (cause 3).
 */
export function decideRestAdmission(policy: RestPolicy, signedInSkills: Iterable<number>, counts: RestCounts): RestAdmission {
  if (hasRestQuota(policy)) {
    const skills = [...signedInSkills].sort((a, b) => a - b);
    if (skills.length === 0) return { admitted: false, cause: 3, skillIds: [] };
    if (policy.maxRestingAgents !== null && counts.vdn >= policy.maxRestingAgents) return { admitted: false, cause: 2, skillIds: [] };
    const full = skills.filter((id) => {
      const max = policy.maxRestingBySkill.get(id);
      return max !== undefined && counts.inSkill(id) >= max;
    });
    if (full.length > 0) return { admitted: false, cause: 4, skillIds: full };
  }
  if (policy.approval) return { admitted: false, cause: 0, skillIds: [] };
  return { admitted: true };
}
