import type { EngineCore } from '../core/index.ts';
import { fail, ok, type AgentRuntime, type Result } from '../core/index.ts';
import { isAvailable, refreshAvailability, serveAgent, skillLostAllAgents } from '../routing/index.ts';
import { admitRests } from '../agent-state/index.ts';

/** Which skills a resetskill asks for: all configured ones, or the listed ones. */
export type SkillSelection = { all: true } | { all: false; skillIds: readonly number[] };

/** The skills an agent may be signed in to: those bound to it that the tenant still has. */
export function configuredSkillIds(engine: EngineCore, agent: AgentRuntime): number[] {
  return agent.config.skills.map((s) => s.skillId).filter((id) => engine.config.skills.has(id));
}

/**
 * CEC §6.1.1.8 resetskill (ref L7531–7615): signs the agent in to all its configured skills, or to
 * the intersection of `skillIds` with them ("when skillid is left empty, the agent does not sign
 * in to any skill queue"). The routing indexes follow at once: the agent leaves the idle pools of
 * the skills it left, a skill left with nobody signed in meets its "no agent on duty" policy, and
 * an idle agent is offered the best call waiting in the skills it joined. Calls in progress stay.
 * Returns the skills the agent is now signed in to.
 */
export function resetSkills(engine: EngineCore, workNo: number, selection: SkillSelection): Result<number[]> {
  const agent = engine.agents.get(workNo);
  if (!agent) return fail('NotSignedIn', 'the agent has not signed in');
  const configured = configuredSkillIds(engine, agent);
  const wanted = selection.all ? new Set(configured) : new Set(selection.skillIds);
  const next = new Set(configured.filter((id) => wanted.has(id)));
  const left = [...agent.signedInSkills].filter((id) => !next.has(id));
  for (const id of left) engine.signedInTo(id).delete(workNo);
  for (const id of next) engine.signedInTo(id).add(workNo);
  agent.signedInSkills = next;
  engine.output.fact('skillsReset', { workNo, skillIds: [...next] });
  refreshAvailability(engine, agent);
  for (const id of left) if (engine.signedInTo(id).size === 0) skillLostAllAgents(engine, id);
  if (isAvailable(agent)) serveAgent(engine, agent);
  // Skill quotas count signed-in queues: a change may let a waiting rest start (decision 0850).
  admitRests(engine);
  return ok([...next]);
}
