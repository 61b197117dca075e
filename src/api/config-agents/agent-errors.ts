import type { AgentOutcome, AgentRejection } from '../../domain/config/agent-rejection.ts';
import { CecError } from '../../http/cec-error.ts';
import type { AuthContext } from '../../http/endpoint.ts';
import type { Envelope } from '../../http/envelope/index.ts';

/**
 * The 5.1 interfaces report every validation and business failure the same way: HTTP 200 with the
 * family's failure code "1" (resultCode, returnCode or retCode) and a message saying what was
 * wrong (note 01 §7, §9.4 item 38). This module turns the rules' rejections into those failures.
 */
export const agentFailureCode = '1';

const iso = (ms: number) => new Date(ms).toISOString();
const list = (items: readonly (string | number)[]) => items.join(', ');

export function rejectionMessage(rejection: AgentRejection): string {
  switch (rejection.tag) {
    case 'InvalidField':
      return `${rejection.field} ${rejection.reason}`;
    case 'TenantNotFound':
      return `The tenant (VDN ${rejection.vdnId}) does not exist.`;
    case 'AgentAccountExists':
      return `The agent account ${rejection.userAccount} already exists.`;
    case 'AgentAccountNotFound':
      return rejection.userAccounts.length === 1
        ? `The agent account ${rejection.userAccounts[0]} does not exist.`
        : `The agent accounts ${list(rejection.userAccounts)} do not exist.`;
    case 'SkillNotFound':
      return rejection.skillIds.length === 1 ? `The skill queue ${rejection.skillIds[0]} does not exist.` : `The skill queues ${list(rejection.skillIds)} do not exist.`;
    case 'SkillMediaMismatch':
      return `The type of skill queue ${rejection.skillId} (media type ${rejection.mediaTypeId}) does not match agent type ${rejection.agentType}${
        rejection.userAccount === undefined ? '' : ` of agent account ${rejection.userAccount}`
      }.`;
    case 'WorkNoRangeExhausted':
      return `No agent ID is free in the tenant's range ${rejection.workNoMin}-${rejection.workNoMax}.`;
    case 'SipAccountUnavailable':
      return `No SIP phone number is free for agent ${rejection.workNo}.`;
    case 'WrongPassword':
      return rejection.attemptsLeft > 0
        ? `${rejection.field} is incorrect. ${rejection.attemptsLeft} more incorrect attempt(s) will lock the account for 30 minutes.`
        : `${rejection.field} is incorrect. The account is locked until ${iso(rejection.lockedUntilMs ?? 0)}.`;
    case 'AccountLocked':
      return `The account is locked after three consecutive incorrect passwords, until ${iso(rejection.lockedUntilMs)}.`;
    case 'PasswordChangeTooSoon':
      return `The password can be changed only once within 24 hours; the next change is allowed from ${iso(rejection.nextChangeAtMs)}.`;
    case 'PasswordUnchanged':
      return 'newPassWord must differ from the current password.';
    case 'PasswordExpired':
      return `The password expired at ${iso(rejection.expiredAtMs)} (validity 90 days); change it with agentAccount/update.`;
    case 'SignInAccountNotFound':
      return `No agent has the sign-in account ${rejection.account}.`;
  }
}

/** The failure a rejection is reported as. */
export function rejectionError(rejection: AgentRejection, extra?: Record<string, unknown>): CecError {
  return new CecError(agentFailureCode, rejectionMessage(rejection), extra ? { extra } : {});
}

/** The value of a successful outcome; a rejection is thrown as the family's failure. */
export function unwrap<T>(outcome: AgentOutcome<T>): T {
  if (!outcome.ok) throw rejectionError(outcome.rejection);
  return outcome.value;
}

/**
 * The tenant the request acts in. Every 5.1 interface works on "the specified tenant space",
 * taken from the credential (note 01 §4.1); a global credential has none and is refused as
 * unauthorized.
 */
export function tenantOf(auth: AuthContext, envelope: Envelope): number {
  if (auth.vdnId === null) throw envelope.generic('unauthorized', 'The credential is not bound to a tenant (VDN).');
  return auth.vdnId;
}
