/**
 * Why a request about agent accounts (reference 5.1) was refused. The rules and the services
 * return these values; the API family turns them into its envelope's failure (a code and a
 * message), so nothing here knows about HTTP or envelopes (STYLE rule 5).
 */
export type AgentRejection =
  /** A field breaks the rule of its table row; `reason` completes "<field> <reason>". */
  | { readonly tag: 'InvalidField'; readonly field: string; readonly reason: string }
  /** The credential's VDN no longer exists. */
  | { readonly tag: 'TenantNotFound'; readonly vdnId: number }
  | { readonly tag: 'AgentAccountExists'; readonly userAccount: string }
  | { readonly tag: 'AgentAccountNotFound'; readonly userAccounts: readonly string[] }
  | { readonly tag: 'SkillNotFound'; readonly skillIds: readonly number[] }
  /** The skill's media type is not one the agent type serves (decision 0101). */
  | { readonly tag: 'SkillMediaMismatch'; readonly agentType: number; readonly skillId: number; readonly mediaTypeId: number; readonly userAccount?: string }
  | { readonly tag: 'WorkNoRangeExhausted'; readonly workNoMin: number; readonly workNoMax: number }
  | { readonly tag: 'SipAccountUnavailable'; readonly workNo: number }
  /** The current password given in `field` is wrong; `lockedUntilMs` is set when this attempt locked the account. */
  | { readonly tag: 'WrongPassword'; readonly field: string; readonly attemptsLeft: number; readonly lockedUntilMs?: number }
  | { readonly tag: 'AccountLocked'; readonly lockedUntilMs: number }
  | { readonly tag: 'PasswordChangeTooSoon'; readonly nextChangeAtMs: number }
  | { readonly tag: 'PasswordUnchanged' }
  | { readonly tag: 'PasswordExpired'; readonly expiredAtMs: number }
  /** 5.1.11 / 5.1.12: no agent has this sign-in account. */
  | { readonly tag: 'SignInAccountNotFound'; readonly account: string };

export type AgentRejectionTag = AgentRejection['tag'];

/** The result of a rule or a service call: a value, or the rejection that stopped it. */
export type AgentOutcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly rejection: AgentRejection };

export function accepted<T>(value: T): AgentOutcome<T> {
  return { ok: true, value };
}

export function rejected<T = never>(rejection: AgentRejection): AgentOutcome<T> {
  return { ok: false, rejection };
}

export function invalidField(field: string, reason: string): AgentRejection {
  return { tag: 'InvalidField', field, reason };
}

/** The first rejection of a list of checks run in precedence order, if any. */
export function firstRejection(...checks: ReadonlyArray<() => AgentRejection | undefined>): AgentRejection | undefined {
  for (const check of checks) {
    const rejection = check();
    if (rejection) return rejection;
  }
  return undefined;
}
