import { checkPasswordNotExpired } from '../../domain/config/agent-password-rules.ts';
import { accepted, rejected, type AgentOutcome } from '../../domain/config/agent-rejection.ts';
import type { AgentAccountRow } from '../../store/index.ts';
import { verifyCurrentPassword } from './agent-password-check.ts';
import { tenantLockKey, type AgentAccountDeps } from './agent-account-deps.ts';

/**
 * CEC §5.1.11 (ref L3733–3843): verifies the unified sign-in account and password of the mobile
 * app and PC business system. The account is the agent account or the bound business account
 * (decision 0106); wrong passwords count toward the same 30-minute lock as 5.1.3 and 5.1.8, and a
 * password older than its 90-day validity is refused (decision 0103).
 */
export async function verifySignIn(deps: AgentAccountDeps, vdnId: number, account: string, password: string): Promise<AgentOutcome<AgentAccountRow>> {
  // The attempt count is state, so the check runs under the tenant's lock like other writes; it
  // changes no configuration, so nothing is announced.
  return deps.tenantLocks.run(tenantLockKey(vdnId), async () => {
    const agent = await deps.repos.agents.findBySignInAccount(vdnId, account, 'userAccount');
    if (!agent) return rejected({ tag: 'SignInAccountNotFound', account });
    const now = deps.clock.now();
    const wrong = await verifyCurrentPassword(deps.repos, deps.passwords, agent, password, 'password', now);
    if (wrong) return rejected(wrong);
    const expired = checkPasswordNotExpired(agent.pwdChangedAtMs, now);
    return expired ? rejected(expired) : accepted(agent);
  });
}
