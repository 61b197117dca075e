import { safeEqual } from '../../../auth/index.ts';
import { checkCtiPassword } from '../../../domain/config/agent-password-rules.ts';
import { tenantLockKey } from '../../../services/agent-accounts/index.ts';
import { inTransaction } from '../../../store/index.ts';
import type { ApiServices } from '../../services.ts';

/**
 * CEC §6.1.1.16 NOTE 5 (ref L8196): "different from the last five (the quantity is configurable on
 * the WAS) passwords". The current password is one of the five, so four earlier ones are kept.
 */
export const ctiPasswordsRememberedMax = 5;

/** Why a change was refused: the field at fault and what is wrong with it. */
export interface CtiPasswordRefusal {
  field: 'oldPassword' | 'newPassword' | 'workNo';
  reason: string;
}

function parseHistory(text: string): string[] {
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) ? parsed.filter((h): h is string => typeof h === 'string') : [];
  } catch {
    return [];
  }
}

/**
 * Changes an agent's CTI sign-in password (6.1.1.16) in the store: the old password must be the
 * current one; the new one must follow the rules of ref L8192–8196 (checkCtiPassword) and differ
 * from the last five. The current password moves into the history (as a salted hash: it is no
 * longer a credential anyone needs in clear), isForceChange is cleared and the change time
 * restarts the password's validity. Runs under the tenant's configuration lock in one
 * transaction; on success the change is published and the tenant's engine has reloaded it before
 * this returns, so the next sign-in uses the new password.
 *
 * A wrong old password is not counted towards the account lock of 5.1.3: the caller holds a live
 * session, which already proves who it is (decision 0503).
 */
export async function changeCtiPassword(services: ApiServices, vdnId: number, workNo: number, oldPassword: string, newPassword: string): Promise<CtiPasswordRefusal | undefined> {
  const refusal = await services.tenantLocks.run(tenantLockKey(vdnId), () =>
    inTransaction(services.store, async (repos): Promise<CtiPasswordRefusal | undefined> => {
      const account = await repos.agents.find(vdnId, workNo);
      if (!account) return { field: 'workNo', reason: `agent ${workNo} no longer exists` };
      if (!safeEqual(oldPassword, account.ctiPassword)) return { field: 'oldPassword', reason: 'is incorrect' };
      const rule = checkCtiPassword(newPassword, workNo, 'newPassword');
      if (rule?.tag === 'InvalidField') return { field: 'newPassword', reason: rule.reason };
      const history = parseHistory(account.ctiPasswordHistory);
      if (newPassword === account.ctiPassword || history.some((hash) => services.passwords.verify(newPassword, hash))) {
        return { field: 'newPassword', reason: `must differ from the last ${ctiPasswordsRememberedMax} passwords` };
      }
      const nowMs = services.clock.now();
      const nextHistory = [services.passwords.hash(account.ctiPassword), ...history].slice(0, ctiPasswordsRememberedMax - 1);
      await repos.agents.update(vdnId, workNo, {
        ctiPassword: newPassword,
        ctiPasswordHistory: JSON.stringify(nextHistory),
        isForceChange: 0,
        ctiPwdChangedAtMs: nowMs,
        updatedAtMs: nowMs,
      });
      return undefined;
    }),
  );
  if (refusal) return refusal;
  services.configChanges.publish({ vdnId, what: 'agents' });
  // The registry waits for the reload the change started, so the engine holds the new password.
  await services.cti.registry.get(vdnId);
  return undefined;
}
