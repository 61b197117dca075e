import { checkSipPasswordInput, type SipPasswordInput } from '../../domain/config/agent-input-rules.ts';
import { accepted, rejected, type AgentOutcome } from '../../domain/config/agent-rejection.ts';
import { verifyCurrentPassword } from './agent-password-check.ts';
import { writeAgents, type AgentAccountDeps } from './agent-account-deps.ts';

/**
 * CEC §5.1.8 (ref L3445–3522): sets a new SIP phone password after verifying the agent's current
 * account password (three failures lock the account for 30 minutes, the same lock as 5.1.3;
 * decision 0103). The change announcement lets the SIP registrar drop the old credential.
 */
export async function updateSipPassword(deps: AgentAccountDeps, vdnId: number, input: SipPasswordInput): Promise<AgentOutcome<{ workNo: number }>> {
  const invalid = checkSipPasswordInput(input);
  if (invalid) return rejected(invalid);
  return writeAgents(deps, vdnId, async (repos) => {
    const agent = await repos.agents.findByUserAccount(vdnId, input.userAccount);
    if (!agent) return rejected({ tag: 'AgentAccountNotFound', userAccounts: [input.userAccount] });
    const now = deps.clock.now();
    const wrong = await verifyCurrentPassword(repos, deps.passwords, agent, input.accountPwd, 'accountPwd', now);
    if (wrong) return rejected(wrong);
    await repos.agents.update(vdnId, agent.workNo, { sipPwd: input.newPhonePwd, updatedAtMs: now });
    return accepted({ workNo: agent.workNo });
  });
}
