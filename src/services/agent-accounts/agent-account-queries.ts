import { resolveAgentQuery, resolveSkillPage, type AgentQueryInput } from '../../domain/config/agent-query-rules.ts';
import { accepted, rejected, type AgentOutcome } from '../../domain/config/agent-rejection.ts';
import type { AgentAccountRow, AgentSkillRow, Repositories } from '../../store/index.ts';
import type { AgentOfSkillRow } from '../../store/repositories/agent-account.repository.ts';

/** What the read-only 5.1 interfaces need: the repositories. */
export interface AgentQueryDeps {
  readonly repos: Repositories;
}

/** An agent account with its skill bindings. */
export interface AgentAccountView {
  readonly agent: AgentAccountRow;
  readonly skills: readonly AgentSkillRow[];
}

/**
 * CEC §5.1.4 (ref L3034–3181): one agent by account, or a page of the tenant's agents filtered by
 * agent type and anonymization flag, with the total. An unknown account is a failure (decision 0105).
 */
export async function queryAgentAccounts(
  deps: AgentQueryDeps,
  vdnId: number,
  input: AgentQueryInput,
): Promise<AgentOutcome<{ agents: AgentAccountView[]; total?: number }>> {
  const resolved = resolveAgentQuery(input);
  if ('rejection' in resolved) return rejected(resolved.rejection);
  const { query } = resolved;
  const { repos } = deps;
  if (query.mode === 'single') {
    const agent = await repos.agents.findByUserAccount(vdnId, query.userAccount);
    if (!agent) return rejected({ tag: 'AgentAccountNotFound', userAccounts: [query.userAccount] });
    return accepted({ agents: [{ agent, skills: await repos.agents.listSkills(vdnId, agent.workNo) }] });
  }
  const filter = { agentTypes: query.agentTypes, ...(query.transparentDisplayFlag === undefined ? {} : { transparentDisplayFlag: query.transparentDisplayFlag }) };
  const [agents, total] = await Promise.all([repos.agents.list(vdnId, { ...filter, offset: query.offset, limit: query.limit }), repos.agents.count(vdnId, filter)]);
  return accepted({ agents: await withSkills(repos, vdnId, agents), total });
}

async function withSkills(repos: Repositories, vdnId: number, agents: readonly AgentAccountRow[]): Promise<AgentAccountView[]> {
  const bindings = await repos.agents.listSkillsOfAgents(vdnId, agents.map((a) => a.workNo));
  const byAgent = new Map<number, AgentSkillRow[]>();
  for (const binding of bindings) byAgent.set(binding.workNo, [...(byAgent.get(binding.workNo) ?? []), binding]);
  return agents.map((agent) => ({ agent, skills: byAgent.get(agent.workNo) ?? [] }));
}

/**
 * CEC §5.1.7 (ref L3343–3443): a page of the agents configured on a skill (signed in or not),
 * with the weights of their bindings, and how many there are in all.
 */
export async function listAgentsOfSkill(
  deps: AgentQueryDeps,
  vdnId: number,
  input: { skillId: number; pageNum: number; pageSize: number },
): Promise<AgentOutcome<{ agents: AgentOfSkillRow[]; count: number }>> {
  const page = resolveSkillPage(input.pageNum, input.pageSize);
  if ('rejection' in page) return rejected(page.rejection);
  const { repos } = deps;
  if (!(await repos.skills.find(vdnId, input.skillId))) return rejected({ tag: 'SkillNotFound', skillIds: [input.skillId] });
  const [agents, count] = await Promise.all([
    repos.agents.listBindingsOfSkill(vdnId, input.skillId, page.offset, page.limit),
    repos.agents.countAgentsOfSkill(vdnId, input.skillId),
  ]);
  return accepted({ agents, count });
}

/** CEC §5.1.9, §5.1.10 (ref L3524–3731): every agent of the tenant, for their softphones. */
export function listSoftphoneAgents(deps: AgentQueryDeps, vdnId: number): Promise<AgentAccountRow[]> {
  return deps.repos.agents.listAll(vdnId);
}

/**
 * CEC §5.1.12 (ref L3845–3959): the agent signed in with business account `accountCode`; agents
 * without a bound business account are found by their agent account (decision 0106).
 */
export async function findAgentBySignInAccount(deps: AgentQueryDeps, vdnId: number, accountCode: string): Promise<AgentOutcome<AgentAccountRow>> {
  const agent = await deps.repos.agents.findBySignInAccount(vdnId, accountCode, 'accountCode');
  return agent ? accepted(agent) : rejected({ tag: 'SignInAccountNotFound', account: accountCode });
}
