import { checkBindInput, checkUserAccounts, type BindAgentsInput } from '../../domain/config/agent-input-rules.ts';
import { accepted, rejected, type AgentOutcome } from '../../domain/config/agent-rejection.ts';
import { checkSkillsForAgent } from '../../domain/config/agent-skill-rules.ts';
import type { AgentAccountRow, Repositories } from '../../store/index.ts';
import { skillMediaOf, writeAgents, type AgentAccountDeps } from './agent-account-deps.ts';

/**
 * CEC §5.1.5 (ref L3183–3266): binds each listed agent to the skill with the given weights; an
 * existing binding takes the new weights. All or nothing: an unknown account or an agent whose
 * type does not serve the skill's media refuses the whole request (decision 0105).
 */
export async function bindAgentsToSkill(deps: AgentAccountDeps, vdnId: number, input: BindAgentsInput): Promise<AgentOutcome<{ bound: number }>> {
  const invalid = checkBindInput(input);
  if (invalid) return rejected(invalid);
  return writeAgents(deps, vdnId, async (repos) => {
    const skills = await skillMediaOf(repos, vdnId);
    if (!skills.has(input.skillId)) return rejected({ tag: 'SkillNotFound', skillIds: [input.skillId] });
    const found = await resolveAccounts(repos, vdnId, input.userAccounts);
    if (!found.ok) return found;
    for (const agent of found.value) {
      const mismatch = checkSkillsForAgent(agent.agentType, [input.skillId], skills, agent.userAccount);
      if (mismatch) return rejected(mismatch);
    }
    for (const agent of found.value) {
      await repos.agents.upsertSkill({ vdnId, workNo: agent.workNo, skillId: input.skillId, agentWeight: input.agentWeight, skillWeight: input.skillWeight });
    }
    return accepted({ bound: found.value.length });
  });
}

/**
 * CEC §5.1.6 (ref L3268–3341): unbinds the listed agents from the skill; an empty list unbinds
 * every agent. Listed agents that are not bound are left as they are (decision 0105).
 */
export async function unbindAgentsFromSkill(
  deps: AgentAccountDeps,
  vdnId: number,
  input: { skillId: number; userAccounts: readonly string[] },
): Promise<AgentOutcome<{ unbound: number }>> {
  const invalid = checkUserAccounts(input.userAccounts, true);
  if (invalid) return rejected(invalid);
  return writeAgents(deps, vdnId, async (repos) => {
    if (!(await repos.skills.find(vdnId, input.skillId))) return rejected({ tag: 'SkillNotFound', skillIds: [input.skillId] });
    if (input.userAccounts.length === 0) return accepted({ unbound: await repos.agents.removeSkillBindings(vdnId, input.skillId) });
    const found = await resolveAccounts(repos, vdnId, input.userAccounts);
    if (!found.ok) return found;
    return accepted({ unbound: await repos.agents.removeSkillBindings(vdnId, input.skillId, found.value.map((a) => a.workNo)) });
  });
}

/** The tenant's agents with these accounts (each once), or the accounts that do not exist. */
async function resolveAccounts(repos: Repositories, vdnId: number, userAccounts: readonly string[]): Promise<AgentOutcome<AgentAccountRow[]>> {
  const wanted = [...new Set(userAccounts)];
  const agents = await repos.agents.listByUserAccounts(vdnId, wanted);
  const known = new Set(agents.map((a) => a.userAccount));
  const missing = wanted.filter((account) => !known.has(account));
  return missing.length > 0 ? rejected({ tag: 'AgentAccountNotFound', userAccounts: missing }) : accepted(agents);
}
