import { checkAccountKey, userAccountLengthMin } from '../../domain/config/agent-account-rules.ts';
import { accepted, rejected, type AgentOutcome } from '../../domain/config/agent-rejection.ts';
import { writeAgents, type AgentAccountDeps } from './agent-account-deps.ts';

/**
 * CEC §5.1.2 (ref L2844–2921): "Agents in any state can be deleted." The account and its skill
 * bindings go; its work number and SIP number become free for later accounts (decision 0104).
 * The change announcement lets the CTI engine sign a signed-in agent out.
 */
export async function deleteAgentAccount(deps: AgentAccountDeps, vdnId: number, userAccount: string): Promise<AgentOutcome<{ workNo: number }>> {
  // CEC §5.1.2 (ref L2870): 6 to 50 characters.
  const invalid = checkAccountKey(userAccount, 'userAccount', userAccountLengthMin);
  if (invalid) return rejected(invalid);
  return writeAgents(deps, vdnId, async (repos) => {
    const agent = await repos.agents.findByUserAccount(vdnId, userAccount);
    if (!agent) return rejected({ tag: 'AgentAccountNotFound', userAccounts: [userAccount] });
    await repos.agents.delete(vdnId, agent.workNo);
    return accepted({ workNo: agent.workNo });
  });
}
