import { safeEqual } from '../../auth/index.ts';
import { checkCtiPassword } from '../../domain/config/agent-password-rules.ts';
import { accepted, invalidField, rejected, type AgentOutcome } from '../../domain/config/agent-rejection.ts';
import { writeAgents, type AgentAccountDeps } from './agent-account-deps.ts';

/**
 * CEC §6.1.1.16 NOTE 5 (ref L8196): "different from the last five (the quantity is configurable on
 * the WAS) passwords". The current password is one of the five, so four earlier ones are kept.
 */
export const ctiPasswordsRememberedMax = 5;

function parseHistory(text: string): string[] {
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) ? parsed.filter((h): h is string => typeof h === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * Changes an agent's CTI sign-in password (6.1.1.16): the old password must be the current one;
 * the new one must follow the rules of ref L8192–8196 (checkCtiPassword) and differ from the last
 * five. The current password moves into the history (as a salted hash: it is no longer a
 * credential anyone needs in clear), isForceChange is cleared and the change time restarts the
 * password's validity. Like every agent write it runs under the tenant's lock in one transaction
 * and announces the change, so the engine reloads the new password.
 *
 * A wrong old password is not counted towards the account lock of 5.1.3: the caller holds a live
 * session, which already proves who it is (decision 0503).
 */
export function changeCtiPassword(deps: AgentAccountDeps, vdnId: number, workNo: number, oldPassword: string, newPassword: string): Promise<AgentOutcome<null>> {
  return writeAgents(deps, vdnId, async (repos) => {
    const account = await repos.agents.find(vdnId, workNo);
    if (!account) return rejected({ tag: 'AgentAccountNotFound', userAccounts: [String(workNo)] });
    if (!safeEqual(oldPassword, account.ctiPassword)) return rejected(invalidField('oldPassword', 'is incorrect'));
    const rule = checkCtiPassword(newPassword, workNo, 'newPassword');
    if (rule) return rejected(rule);
    const history = parseHistory(account.ctiPasswordHistory);
    if (newPassword === account.ctiPassword || history.some((hash) => deps.passwords.verify(newPassword, hash))) {
      return rejected(invalidField('newPassword', `must differ from the last ${ctiPasswordsRememberedMax} passwords`));
    }
    const nowMs = deps.clock.now();
    const nextHistory = [deps.passwords.hash(account.ctiPassword), ...history].slice(0, ctiPasswordsRememberedMax - 1);
    await repos.agents.update(vdnId, workNo, {
      ctiPassword: newPassword,
      ctiPasswordHistory: JSON.stringify(nextHistory),
      isForceChange: 0,
      ctiPwdChangedAtMs: nowMs,
      updatedAtMs: nowMs,
    });
    return accepted(null);
  });
}
