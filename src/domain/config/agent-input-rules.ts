import {
  checkAccountKey,
  checkAgentType,
  checkCcRoleId,
  checkEmail,
  checkPhone,
  checkUserAccount,
  checkUserNameForCreate,
  checkUserNameForUpdate,
  checkWeight,
} from './agent-account-rules.ts';
import { checkAccountPassword, checkSipPassword } from './agent-password-rules.ts';
import { firstRejection, invalidField, type AgentRejection } from './agent-rejection.ts';
import { toSkillBindings, type SkillBinding, type SkillBindingInput } from './agent-skill-rules.ts';

/**
 * The field rules of each 5.1 request, checked in the order of its table so that the first
 * broken row is the one reported. They need nothing but the request; the rules that need the
 * tenant's state (existing accounts, skills, passwords) run in the services.
 */

/** CEC §5.1.1 Table 5-2 (ref L2750–2768). */
export interface CreateAgentInput {
  readonly userAccount: string;
  readonly userName: string;
  readonly password: string;
  readonly email: string;
  readonly agentType: number;
  readonly ccRoleId: number;
  readonly skills?: readonly SkillBindingInput[];
  readonly phone?: string;
}

export function checkCreateInput(input: CreateAgentInput): { bindings: SkillBinding[] } | { rejection: AgentRejection } {
  const rejection = firstRejection(
    () => checkUserAccount(input.userAccount),
    () => checkUserNameForCreate(input.userName),
    () => checkAccountPassword(input.password, 'password'),
    () => checkEmail(input.email),
    () => checkAgentType(input.agentType),
    () => checkCcRoleId(input.ccRoleId),
  );
  if (rejection) return { rejection };
  const skills = toSkillBindings(input.skills ?? [], 'create');
  if ('rejection' in skills) return skills;
  const phoneRejection = input.phone === undefined ? undefined : checkPhone(input.phone);
  return phoneRejection ? { rejection: phoneRejection } : skills;
}

/** CEC §5.1.3 Table 5-8 (ref L2946–2967). */
export interface UpdateAgentInput {
  readonly userAccount: string;
  readonly userName?: string;
  readonly email?: string;
  readonly phone?: string;
  readonly agentType?: number;
  readonly ccRoleId?: number;
  readonly skills?: readonly SkillBindingInput[];
  readonly oldPassWord?: string;
  readonly newPassWord?: string;
}

export function checkUpdateInput(input: UpdateAgentInput): { bindings: SkillBinding[] | undefined } | { rejection: AgentRejection } {
  const rejection = firstRejection(
    () => checkAccountKey(input.userAccount),
    () => (input.userName === undefined ? undefined : checkUserNameForUpdate(input.userName)),
    () => (input.email === undefined ? undefined : checkEmail(input.email)),
    () => (input.phone === undefined ? undefined : checkPhone(input.phone)),
    () => (input.agentType === undefined ? undefined : checkAgentType(input.agentType)),
    () => (input.ccRoleId === undefined ? undefined : checkCcRoleId(input.ccRoleId)),
  );
  if (rejection) return { rejection };
  let bindings: SkillBinding[] | undefined;
  if (input.skills !== undefined) {
    const skills = toSkillBindings(input.skills, 'update');
    if ('rejection' in skills) return skills;
    bindings = skills.bindings;
  }
  // CEC §5.1.3 (ref L2964): oldPassWord "is mandatory when the agent password is changed".
  const passwordRejection = firstRejection(
    () => (input.newPassWord !== undefined && input.oldPassWord === undefined ? invalidField('oldPassWord', 'is mandatory when the password is changed') : undefined),
    () => (input.oldPassWord !== undefined && input.newPassWord === undefined ? invalidField('newPassWord', 'is mandatory when oldPassWord is set') : undefined),
    () => (input.newPassWord === undefined ? undefined : checkAccountPassword(input.newPassWord, 'newPassWord')),
  );
  return passwordRejection ? { rejection: passwordRejection } : { bindings };
}

/** CEC §5.1.5 Table 5-14 (ref L3205–3212). */
export interface BindAgentsInput {
  readonly userAccounts: readonly string[];
  readonly skillId: number;
  readonly agentWeight: number;
  readonly skillWeight: number;
}

/** At most this many accounts per 5.1.5/5.1.6 request; the reference sets none (decision 0105). */
export const userAccountsPerRequestMax = 1000;

export function checkUserAccounts(userAccounts: readonly string[], allowEmpty: boolean): AgentRejection | undefined {
  if (!allowEmpty && userAccounts.length === 0) return invalidField('userAccounts', 'must list at least one agent account');
  if (userAccounts.length > userAccountsPerRequestMax) return invalidField('userAccounts', `must list at most ${userAccountsPerRequestMax} agent accounts`);
  for (const [i, account] of userAccounts.entries()) {
    const rejection = checkAccountKey(account, `userAccounts[${i}]`);
    if (rejection) return rejection;
  }
  return undefined;
}

export function checkBindInput(input: BindAgentsInput): AgentRejection | undefined {
  return firstRejection(
    () => checkUserAccounts(input.userAccounts, false),
    () => checkWeight(input.agentWeight, 'agentWeight'),
    () => checkWeight(input.skillWeight, 'skillWeight'),
  );
}

/** CEC §5.1.8 Table 5-23 (ref L3467–3473). */
export interface SipPasswordInput {
  readonly userAccount: string;
  readonly accountPwd: string;
  readonly newPhonePwd: string;
}

export function checkSipPasswordInput(input: SipPasswordInput): AgentRejection | undefined {
  return firstRejection(
    () => (input.accountPwd === '' ? invalidField('accountPwd', 'is mandatory') : undefined),
    () => checkSipPassword(input.newPhonePwd, 'newPhonePwd'),
    () => checkAccountKey(input.userAccount),
  );
}
