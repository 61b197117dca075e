import { invalidField, type AgentRejection } from './agent-rejection.ts';

/** CEC §5.1.1 (ref L2760): 4 audio, 11 video, 5 multimedia, 99 versatile agent. */
export const agentTypes = [4, 11, 5, 99] as const;
export type AgentType = (typeof agentTypes)[number];

/** CEC §5.1.1 (ref L2761): 2 agent, 3 inspector, 4 outbound call agent. */
export const ccRoleIds = [2, 3, 4] as const;

export const userAccountLengthMin = 6;
export const userAccountLengthMax = 50;
export const userNameLengthMax = 20;
export const phoneLengthMax = 25;
export const emailLocalPartLengthMax = 64;
export const emailDomainPartLengthMax = 255;
export const emailFirstLabelLengthMax = 63;
/** Skill and agent weights: "the minimum value is 1" (ref L2766); the top is the store's integer. */
export const weightMin = 1;
export const weightMax = 2_147_483_647;

// CEC §5.1.1 (ref L2754): letters, digits and the special characters @ . - _ only.
const userAccountCharset = /^[A-Za-z0-9@._-]+$/;
// CEC §5.1.1 (ref L2755) and §5.1.3 (ref L2953) forbid different sets; each applies to its own
// interface (decision 0102).
const userNameForbiddenOnCreate = `"[]'&()=;<>,`;
const userNameForbiddenOnUpdate = `"[]=;<>`;
const controlCharacters = /[\u0000-\u001f\u007f]/;
// RFC 5322 dot-atom text for the local part; letters, digits and hyphens for domain labels.
const emailLocalCharset = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~.-]+$/;
const emailDomainLabel = /^[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?$/;

const utf8 = new TextEncoder();
const characters = (text: string): number => [...text].length;

/** CEC §5.1.1 (ref L2754): a new agent account has 6 to 50 letters, digits and @ . - _. */
export function checkUserAccount(value: string, field = 'userAccount'): AgentRejection | undefined {
  const length = characters(value);
  if (length < userAccountLengthMin || length > userAccountLengthMax) {
    return invalidField(field, `must contain ${userAccountLengthMin} to ${userAccountLengthMax} characters`);
  }
  if (!userAccountCharset.test(value)) return invalidField(field, 'may contain only letters, digits and the special characters @ . - _');
  return undefined;
}

/**
 * An agent account that selects existing agents (5.1.2, 5.1.3, 5.1.4, 5.1.5, 5.1.6, 5.1.8): each
 * table's length (5.1.2 says 6 to 50, 5.1.5 at most 50, the others nothing beyond 50) and no blank
 * or control characters. 5.1.2's list of forbidden characters includes `@` and `.`, which 5.1.1
 * allows; applying it would make such accounts impossible to delete, so only its blank characters
 * are refused (decision 0102). An account that breaks no rule but does not exist is "not found".
 */
export function checkAccountKey(value: string, field = 'userAccount', lengthMin = 1): AgentRejection | undefined {
  const length = characters(value);
  if (length < lengthMin || length > userAccountLengthMax) {
    return invalidField(field, lengthMin > 1 ? `must contain ${lengthMin} to ${userAccountLengthMax} characters` : length === 0 ? 'is mandatory' : `must contain at most ${userAccountLengthMax} characters`);
  }
  if (/\s/u.test(value) || controlCharacters.test(value)) return invalidField(field, 'must not contain blank or control characters');
  return undefined;
}

/** CEC §5.1.1 (ref L2755): at most 20 characters, none of "[]'&()=;<>, . */
export function checkUserNameForCreate(value: string): AgentRejection | undefined {
  const length = characters(value);
  if (length === 0 || value.trim() === '') return invalidField('userName', 'is mandatory');
  if (length > userNameLengthMax) return invalidField('userName', `must contain at most ${userNameLengthMax} characters`);
  return checkNameCharacters(value, userNameForbiddenOnCreate);
}

/** CEC §5.1.3 (ref L2953): at most 20 bytes, none of "[]=;<> . */
export function checkUserNameForUpdate(value: string): AgentRejection | undefined {
  if (value.trim() === '') return invalidField('userName', 'must not be empty');
  if (utf8.encode(value).length > userNameLengthMax) return invalidField('userName', `must contain at most ${userNameLengthMax} bytes`);
  return checkNameCharacters(value, userNameForbiddenOnUpdate);
}

function checkNameCharacters(value: string, forbidden: string): AgentRejection | undefined {
  if (controlCharacters.test(value)) return invalidField('userName', 'must not contain control characters');
  const found = [...value].find((c) => forbidden.includes(c));
  return found === undefined ? undefined : invalidField('userName', `must not contain any of the characters ${forbidden}`);
}

/**
 * CEC §5.1.1 (ref L2759): an e-mail address (the reference's "RFC 2882" is read as RFC 5322) whose
 * local part has at most 64 characters, domain part at most 255, and first domain label at most 63.
 */
export function checkEmail(value: string): AgentRejection | undefined {
  const at = value.lastIndexOf('@');
  if (at <= 0 || at === value.length - 1) return invalidField('email', 'must be an e-mail address (local-part@domain)');
  const local = value.slice(0, at);
  const domain = value.slice(at + 1);
  if (characters(local) > emailLocalPartLengthMax) return invalidField('email', `local part must contain at most ${emailLocalPartLengthMax} characters`);
  if (characters(domain) > emailDomainPartLengthMax) return invalidField('email', `domain part must contain at most ${emailDomainPartLengthMax} characters`);
  if (!emailLocalCharset.test(local) || local.startsWith('.') || local.endsWith('.') || local.includes('..')) {
    return invalidField('email', 'local part is not valid');
  }
  const labels = domain.split('.');
  if (labels[0]!.length > emailFirstLabelLengthMax) return invalidField('email', `first domain label must contain at most ${emailFirstLabelLengthMax} characters`);
  if (labels.length < 2 || !labels.every((label) => emailDomainLabel.test(label) && label.length <= emailFirstLabelLengthMax)) {
    return invalidField('email', 'domain part is not valid');
  }
  return undefined;
}

/** CEC §5.1.1 (ref L2768): optional, at most 25 characters. */
export function checkPhone(value: string): AgentRejection | undefined {
  if (characters(value) > phoneLengthMax) return invalidField('phone', `must contain at most ${phoneLengthMax} characters`);
  if (controlCharacters.test(value)) return invalidField('phone', 'must not contain control characters');
  return undefined;
}

export function isAgentType(value: number): value is AgentType {
  return (agentTypes as readonly number[]).includes(value);
}

export function checkAgentType(value: number): AgentRejection | undefined {
  return isAgentType(value) ? undefined : invalidField('agentType', `must be one of ${agentTypes.join(', ')}`);
}

export function checkCcRoleId(value: number): AgentRejection | undefined {
  return (ccRoleIds as readonly number[]).includes(value) ? undefined : invalidField('ccRoleId', `must be one of ${ccRoleIds.join(', ')}`);
}

export function checkWeight(value: number, field: string): AgentRejection | undefined {
  if (!Number.isInteger(value) || value < weightMin || value > weightMax) return invalidField(field, `must be an integer of at least ${weightMin}`);
  return undefined;
}
