import type { Updateable } from 'kysely';
import { checkUpdateInput, type UpdateAgentInput } from '../../domain/config/agent-input-rules.ts';
import { checkPasswordChangeAllowed } from '../../domain/config/agent-password-rules.ts';
import { accepted, rejected, type AgentOutcome } from '../../domain/config/agent-rejection.ts';
import { checkSkillsForAgent, type SkillBinding } from '../../domain/config/agent-skill-rules.ts';
import type { AgentAccountRow, AgentAccountTable, Repositories } from '../../store/index.ts';
import { verifyCurrentPassword } from './agent-password-check.ts';
import { skillMediaOf, writeAgents, type AgentAccountDeps } from './agent-account-deps.ts';

/**
 * CEC §5.1.3 (ref L2923–3032): changes the fields sent, keyed by userAccount (which cannot
 * change). `skills`, when sent, replaces the agent's skill set (decision 0101). A password change
 * needs the current password (three wrong ones lock the account for 30 minutes) and is allowed
 * once within 24 hours (decision 0103). Nothing is written unless every rule holds, except the
 * wrong-password count.
 */
export async function updateAgentAccount(deps: AgentAccountDeps, vdnId: number, input: UpdateAgentInput): Promise<AgentOutcome<{ workNo: number }>> {
  const checked = checkUpdateInput(input);
  if ('rejection' in checked) return rejected(checked.rejection);
  const newPasswordHash = input.newPassWord === undefined ? undefined : deps.passwords.hash(input.newPassWord);
  return writeAgents(deps, vdnId, async (repos) => {
    const agent = await repos.agents.findByUserAccount(vdnId, input.userAccount);
    if (!agent) return rejected({ tag: 'AgentAccountNotFound', userAccounts: [input.userAccount] });
    const skillRejection = await checkSkills(repos, agent, input.agentType, checked.bindings);
    if (skillRejection) return rejected(skillRejection);
    const now = deps.clock.now();
    const changes: Updateable<AgentAccountTable> = {
      ...(input.userName === undefined ? {} : { userName: input.userName }),
      ...(input.email === undefined ? {} : { email: input.email }),
      ...(input.phone === undefined ? {} : { phone: input.phone === '' ? null : input.phone }),
      ...(input.agentType === undefined ? {} : { agentType: input.agentType }),
      ...(input.ccRoleId === undefined ? {} : { ccRoleId: input.ccRoleId }),
    };
    if (input.oldPassWord !== undefined && input.newPassWord !== undefined && newPasswordHash !== undefined) {
      const wrong = await verifyCurrentPassword(repos, deps.passwords, agent, input.oldPassWord, 'oldPassWord', now);
      if (wrong) return rejected(wrong);
      const tooSoon = checkPasswordChangeAllowed(agent.pwdUserChangedAtMs, now);
      if (tooSoon) return rejected(tooSoon);
      // A "change" to the same password would only restart the 24-hour window (decision 0103).
      if (input.newPassWord === input.oldPassWord) return rejected({ tag: 'PasswordUnchanged' });
      Object.assign(changes, { passwordHash: newPasswordHash, pwdChangedAtMs: now, pwdUserChangedAtMs: now, failedPwdAttempts: 0, lockedUntilMs: null });
    }
    await repos.agents.update(vdnId, agent.workNo, { ...changes, updatedAtMs: now });
    if (checked.bindings) await repos.agents.replaceSkills(vdnId, agent.workNo, checked.bindings);
    return accepted({ workNo: agent.workNo });
  });
}

/**
 * The skills the agent will have must suit the type it will have: the new set when `skills` is
 * sent, else its current set when only the type changes.
 */
async function checkSkills(repos: Repositories, agent: AgentAccountRow, agentType: number | undefined, bindings: SkillBinding[] | undefined) {
  if (bindings === undefined && (agentType === undefined || agentType === agent.agentType)) return undefined;
  const skillIds = bindings ? bindings.map((b) => b.skillId) : (await repos.agents.listSkills(agent.vdnId, agent.workNo)).map((s) => s.skillId);
  return checkSkillsForAgent(agentType ?? agent.agentType, skillIds, await skillMediaOf(repos, agent.vdnId));
}
