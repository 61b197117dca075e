import type { PasswordHasher } from '../../auth/index.ts';
import { afterWrongPassword, checkNotLocked, unlockedGuard } from '../../domain/config/agent-password-rules.ts';
import type { AgentRejection } from '../../domain/config/agent-rejection.ts';
import type { AgentAccountRow, Repositories } from '../../store/index.ts';

/**
 * Verifies an agent's current account password where an interface asks for it (5.1.3 oldPassWord,
 * 5.1.8 accountPwd, 5.1.11 password), with one lock for all of them: three consecutive wrong
 * passwords lock the account for 30 minutes (ref L2964, L3471; decision 0103). The attempt count
 * is written even when the caller is refused, so the caller must not roll the write back.
 */
export async function verifyCurrentPassword(
  repos: Repositories,
  passwords: PasswordHasher,
  agent: AgentAccountRow,
  password: string,
  field: string,
  nowMs: number,
): Promise<AgentRejection | undefined> {
  const locked = checkNotLocked(agent, nowMs);
  if (locked) return locked;
  if (passwords.verify(password, agent.passwordHash)) {
    if (agent.failedPwdAttempts !== 0 || agent.lockedUntilMs !== null) await repos.agents.update(agent.vdnId, agent.workNo, { ...unlockedGuard });
    return undefined;
  }
  const { state, rejection } = afterWrongPassword(agent, nowMs, field);
  await repos.agents.update(agent.vdnId, agent.workNo, { failedPwdAttempts: state.failedPwdAttempts, lockedUntilMs: state.lockedUntilMs });
  return rejection;
}
