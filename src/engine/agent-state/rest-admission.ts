import { decideRestAdmission, hasRestQuota, noRestPolicy, type RestAdmission } from '../../domain/agent/index.ts';
import type { AgentRuntime, EngineCore, RestApplication } from '../core/index.ts';

/**
 * The engine's side of rest quotas and approval (decision 0850): it counts the agents that rest or
 * hold a granted rest, files the applications a quota or an approval holds back, and grants them in
 * the order they were made when a quota frees. The rule itself is src/domain/agent/rest-admission.
 */

/** Resting, or granted a rest it takes when its call ends: what a quota counts. */
export function holdsRest(agent: AgentRuntime): boolean {
  return agent.work === 'rest' || agent.preRest;
}

/** Counting walks the signed-in agents, but only when a quota is in force and only on rest requests. */
export function restAdmission(engine: EngineCore, agent: AgentRuntime): RestAdmission {
  const policy = engine.config.restPolicy ?? noRestPolicy;
  let vdn = 0;
  const bySkill = new Map<number, number>();
  if (hasRestQuota(policy)) {
    for (const other of engine.agents.values()) {
      if (other === agent || !holdsRest(other)) continue;
      vdn += 1;
      for (const skillId of other.signedInSkills) bySkill.set(skillId, (bySkill.get(skillId) ?? 0) + 1);
    }
  }
  return decideRestAdmission(policy, agent.signedInSkills, { vdn, inSkill: (id) => bySkill.get(id) ?? 0 });
}

/** Files (or renews, keeping its place in line) the agent's application for a rest it may not take yet. */
export function fileRestApplication(engine: EngineCore, agent: AgentRuntime, rest: { seconds: number; cause: number }, admission: Extract<RestAdmission, { admitted: false }>): void {
  agent.restApplication = { seconds: rest.seconds, cause: rest.cause, sinceMs: agent.restApplication?.sinceMs ?? engine.now(), waitCause: admission.cause, skillIds: admission.skillIds };
  engine.restApplicants.add(agent.workNo);
}

/** Withdraws the agent's application; whether there was one. */
export function dropRestApplication(engine: EngineCore, agent: AgentRuntime): boolean {
  engine.restApplicants.delete(agent.workNo);
  if (!agent.restApplication) return false;
  agent.restApplication = null;
  return true;
}

/**
 * Re-decides every waiting application, oldest first, and grants those the quotas now let rest.
 * A grant may fill a quota again, so each decision sees the grants made before it.
 */
export function admitWaitingRests(engine: EngineCore, grant: (agent: AgentRuntime, application: RestApplication) => void): void {
  for (const workNo of [...engine.restApplicants]) {
    const agent = engine.agents.get(workNo);
    const application = agent?.restApplication;
    if (!agent || !application) {
      engine.restApplicants.delete(workNo);
      continue;
    }
    const admission = restAdmission(engine, agent);
    if (admission.admitted) {
      dropRestApplication(engine, agent);
      grant(agent, application);
    } else {
      application.waitCause = admission.cause;
      application.skillIds = admission.skillIds;
    }
  }
}
