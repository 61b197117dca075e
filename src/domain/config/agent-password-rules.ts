import { invalidField, type AgentRejection } from './agent-rejection.ts';

/**
 * The password rules of agent accounts: the account (business) password of 5.1.1/5.1.3, the SIP
 * phone password of 5.1.8, the CTI sign-in password the platform generates, and the lockout,
 * change-frequency and validity rules around the account password.
 */

// CEC §5.1.1 (ref L2758): the special characters of the default password rule group, as printed
// (the PDF's spaces between them are layout, and `\$` is an escaped `$`).
export const accountPasswordSpecials = '~`!@#$%^*()-+_=\\,/<>?;:"\'[]{}&';
/** "a string of eight characters" read as at least eight (note 01 §9.4 item 11); 32 as 6.1.1.16 (decision 0103). */
export const accountPasswordLengthMin = 8;
export const accountPasswordLengthMax = 32;

// CEC §5.1.8 (ref L3472): 8 to 16 characters, three of four types, these special characters.
export const sipPasswordSpecials = '~@^*_{+}?';
export const sipPasswordLengthMin = 8;
export const sipPasswordLengthMax = 16;

/** CEC §6.1.1.16 (ref L8192–8195): the CTI password rules; 5.1.9 (ref L3563) shows 8 characters. */
export const ctiPasswordLengthMin = 8;
export const ctiPasswordLengthMax = 32;

/** CEC §5.1.3 (ref L2964), §5.1.8 (ref L3471): three consecutive wrong passwords lock for 30 minutes. */
export const passwordAttemptsMax = 3;
export const passwordLockMs = 30 * 60_000;
/** CEC §5.1.3 (ref L2964): "The password can be changed only once within 24 hours." */
export const passwordChangeIntervalMs = 24 * 3_600_000;
/** CEC §5.1.1 (ref L2758): "The password validity period is 90 days." */
export const passwordValidityMs = 90 * 24 * 3_600_000;

const printableAsciiSpecials = Array.from({ length: 0x7e - 0x20 }, (_, i) => String.fromCharCode(0x21 + i))
  .filter((c) => !/[A-Za-z0-9]/.test(c))
  .join('');

type CharacterClass = 'upper' | 'lower' | 'digit' | 'special';

function classOf(c: string, specials: string): CharacterClass | undefined {
  if (c >= 'A' && c <= 'Z') return 'upper';
  if (c >= 'a' && c <= 'z') return 'lower';
  if (c >= '0' && c <= '9') return 'digit';
  return specials.includes(c) ? 'special' : undefined;
}

/** The character classes `password` uses, or the first character outside them. */
function classesOf(password: string, specials: string): { classes: Set<CharacterClass>; stray?: string } {
  const classes = new Set<CharacterClass>();
  for (const c of password) {
    const kind = classOf(c, specials);
    if (!kind) return { classes, stray: c };
    classes.add(kind);
  }
  return { classes };
}

/**
 * CEC §5.1.1 (ref L2758), §5.1.3 (ref L2967): 8 to 32 characters with all four types: upper- and
 * lower-case letters, digits and the listed special characters; nothing else.
 */
export function checkAccountPassword(password: string, field = 'password'): AgentRejection | undefined {
  const length = [...password].length;
  if (length < accountPasswordLengthMin || length > accountPasswordLengthMax) {
    return invalidField(field, `must contain ${accountPasswordLengthMin} to ${accountPasswordLengthMax} characters`);
  }
  const { classes, stray } = classesOf(password, accountPasswordSpecials);
  if (stray !== undefined) return invalidField(field, `may contain only letters, digits and the special characters ${accountPasswordSpecials}`);
  if (classes.size < 4) return invalidField(field, 'must contain upper-case letters, lower-case letters, digits and special characters');
  return undefined;
}

/** CEC §5.1.8 (ref L3472): 8 to 16 characters of at least three of the four types. */
export function checkSipPassword(password: string, field = 'newPhonePwd'): AgentRejection | undefined {
  const length = [...password].length;
  if (length < sipPasswordLengthMin || length > sipPasswordLengthMax) {
    return invalidField(field, `must contain ${sipPasswordLengthMin} to ${sipPasswordLengthMax} characters`);
  }
  const { classes, stray } = classesOf(password, sipPasswordSpecials);
  if (stray !== undefined) return invalidField(field, `may contain only letters, digits and the special characters ${sipPasswordSpecials}`);
  if (classes.size < 3) return invalidField(field, `must combine at least three of: upper-case letters, lower-case letters, digits, special characters ${sipPasswordSpecials}`);
  return undefined;
}

/**
 * CEC §6.1.1.16 (ref L8192–8195): 8 to 32 characters, no character twice in a row, no three
 * consecutive characters of the work number, at least three of the four types. The platform
 * generates CTI passwords that pass this rule so that agents can later change them.
 */
export function checkCtiPassword(password: string, workNo: number, field = 'password'): AgentRejection | undefined {
  const chars = [...password];
  if (chars.length < ctiPasswordLengthMin || chars.length > ctiPasswordLengthMax) {
    return invalidField(field, `must contain ${ctiPasswordLengthMin} to ${ctiPasswordLengthMax} characters`);
  }
  if (chars.some((c, i) => i > 0 && c === chars[i - 1])) return invalidField(field, 'must not contain the same character twice in a row');
  const digits = String(workNo);
  for (let i = 0; i + 3 <= digits.length; i++) {
    if (password.includes(digits.slice(i, i + 3))) return invalidField(field, 'must not contain three consecutive characters of the work number');
  }
  // 6.1.1.16 names no special-character set: any printable ASCII character that is not a letter
  // or a digit counts as special.
  const { classes, stray } = classesOf(password, printableAsciiSpecials);
  if (stray !== undefined) return invalidField(field, 'may contain only printable ASCII characters');
  if (classes.size < 3) return invalidField(field, 'must combine at least three of: upper-case letters, lower-case letters, digits, special characters');
  return undefined;
}

/** What the store keeps about wrong-password attempts on an account. */
export interface PasswordGuardState {
  readonly failedPwdAttempts: number;
  readonly lockedUntilMs: number | null;
}

export const unlockedGuard: PasswordGuardState = { failedPwdAttempts: 0, lockedUntilMs: null };

/** The account is locked while a lock set by three wrong passwords has not run out (30 minutes). */
export function checkNotLocked(state: PasswordGuardState, nowMs: number): AgentRejection | undefined {
  return state.lockedUntilMs !== null && state.lockedUntilMs > nowMs ? { tag: 'AccountLocked', lockedUntilMs: state.lockedUntilMs } : undefined;
}

/**
 * A wrong current password: count it, and lock the account for 30 minutes at the third
 * consecutive one (ref L2964, L3471). The count restarts after a lock.
 */
export function afterWrongPassword(state: PasswordGuardState, nowMs: number, field: string): { state: PasswordGuardState; rejection: AgentRejection } {
  const lockExpired = state.lockedUntilMs !== null && state.lockedUntilMs <= nowMs;
  const attempts = (lockExpired ? 0 : state.failedPwdAttempts) + 1;
  if (attempts >= passwordAttemptsMax) {
    const lockedUntilMs = nowMs + passwordLockMs;
    return { state: { failedPwdAttempts: 0, lockedUntilMs }, rejection: { tag: 'WrongPassword', field, attemptsLeft: 0, lockedUntilMs } };
  }
  return { state: { failedPwdAttempts: attempts, lockedUntilMs: null }, rejection: { tag: 'WrongPassword', field, attemptsLeft: passwordAttemptsMax - attempts } };
}

/**
 * CEC §5.1.3 (ref L2964): one change within 24 hours. `lastChangeAtMs` is the last change made
 * through 5.1.3, null when the password is still the one set at creation (decision 0103).
 */
export function checkPasswordChangeAllowed(lastChangeAtMs: number | null, nowMs: number): AgentRejection | undefined {
  if (lastChangeAtMs === null) return undefined;
  const nextChangeAtMs = lastChangeAtMs + passwordChangeIntervalMs;
  return nowMs < nextChangeAtMs ? { tag: 'PasswordChangeTooSoon', nextChangeAtMs } : undefined;
}

/** CEC §5.1.1 (ref L2758): a password set more than 90 days ago has expired (applied at 5.1.11). */
export function checkPasswordNotExpired(pwdChangedAtMs: number, nowMs: number): AgentRejection | undefined {
  const expiredAtMs = pwdChangedAtMs + passwordValidityMs;
  return nowMs >= expiredAtMs ? { tag: 'PasswordExpired', expiredAtMs } : undefined;
}
