// Goal: the password policies, the lockout and the change-frequency and validity rules of agent
// accounts behave as 5.1.1, 5.1.3, 5.1.8 and 6.1.1.16 state. Method: given/when/then on the pure
// rules with explicit instants.
import { describe, expect, it } from 'vitest';
import {
  afterWrongPassword,
  checkAccountPassword,
  checkCtiPassword,
  checkNotLocked,
  checkPasswordChangeAllowed,
  checkPasswordNotExpired,
  checkSipPassword,
  passwordChangeIntervalMs,
  passwordLockMs,
  passwordValidityMs,
  unlockedGuard,
} from './agent-password-rules.ts';

const reason = (r: ReturnType<typeof checkAccountPassword>) => (r && 'reason' in r ? r.reason : undefined);

describe('account password (5.1.1, 5.1.3)', () => {
  it('needs 8 to 32 characters of all four types from the documented set', () => {
    expect(checkAccountPassword('Demo@123')).toBeUndefined();
    expect(checkAccountPassword(`Aa1~${'x'.repeat(28)}`)).toBeUndefined();
    for (const special of '~`!@#$%^*()-+_=\\,/<>?;:"\'[]{}&') expect(checkAccountPassword(`Abcdef1${special}`), special).toBeUndefined();
    expect(reason(checkAccountPassword('Dem@123'))).toBe('must contain 8 to 32 characters');
    expect(reason(checkAccountPassword(`Aa1~${'x'.repeat(29)}`))).toBe('must contain 8 to 32 characters');
    expect(reason(checkAccountPassword('demo@1234'))).toBe('must contain upper-case letters, lower-case letters, digits and special characters');
    expect(reason(checkAccountPassword('DEMO@1234'))).toMatch(/must contain upper-case/);
    expect(reason(checkAccountPassword('Demo@abcd'))).toMatch(/must contain upper-case/);
    expect(reason(checkAccountPassword('Demo12345'))).toMatch(/must contain upper-case/);
    expect(reason(checkAccountPassword('Demo.1234'))).toMatch(/may contain only letters, digits and the special characters/);
    expect(reason(checkAccountPassword('Demo@12 34'))).toMatch(/may contain only/);
  });
});

describe('SIP password (5.1.8)', () => {
  it('needs 8 to 16 characters of at least three types, specials only from ~@^*_{+}?', () => {
    expect(checkSipPassword('Abcdefg1')).toBeUndefined();
    expect(checkSipPassword('abcdef1?')).toBeUndefined();
    expect(checkSipPassword('ABCDEF{}1')).toBeUndefined();
    expect(checkSipPassword('Aa1~Aa1~Aa1~Aa1~')).toBeUndefined();
    expect(reason(checkSipPassword('Abcdef1'))).toBe('must contain 8 to 16 characters');
    expect(reason(checkSipPassword('Aa1~Aa1~Aa1~Aa1~A'))).toBe('must contain 8 to 16 characters');
    expect(reason(checkSipPassword('abcdefgh1'))).toMatch(/at least three of/);
    expect(reason(checkSipPassword('Abcdefg1!'))).toMatch(/may contain only letters, digits and the special characters ~@\^\*_\{\+\}\?/);
  });
});

describe('CTI password (6.1.1.16)', () => {
  it('refuses repeats, three consecutive characters of the work number, and fewer than three types', () => {
    expect(checkCtiPassword('Ab3~Cd5?', 101)).toBeUndefined();
    expect(reason(checkCtiPassword('Abb3~Cd5', 101))).toBe('must not contain the same character twice in a row');
    expect(reason(checkCtiPassword('Ab101~Cd', 101))).toBe('must not contain three consecutive characters of the work number');
    expect(reason(checkCtiPassword('Ab023~Cd', 10234))).toBe('must not contain three consecutive characters of the work number');
    expect(reason(checkCtiPassword('abcdefgh', 101))).toMatch(/at least three of/);
    expect(reason(checkCtiPassword('Ab3~Cd5', 101))).toBe('must contain 8 to 32 characters');
    expect(reason(checkCtiPassword('Ab3~Cd5é', 101))).toBe('may contain only printable ASCII characters');
  });
});

describe('lockout (5.1.3, 5.1.8)', () => {
  const t0 = 1_000_000;

  it('locks for 30 minutes at the third consecutive wrong password, then starts counting again', () => {
    const first = afterWrongPassword(unlockedGuard, t0, 'oldPassWord');
    expect(first).toEqual({ state: { failedPwdAttempts: 1, lockedUntilMs: null }, rejection: { tag: 'WrongPassword', field: 'oldPassWord', attemptsLeft: 2 } });
    const second = afterWrongPassword(first.state, t0 + 1, 'oldPassWord');
    expect(second.rejection).toMatchObject({ attemptsLeft: 1 });
    const third = afterWrongPassword(second.state, t0 + 2, 'oldPassWord');
    expect(third).toEqual({
      state: { failedPwdAttempts: 0, lockedUntilMs: t0 + 2 + passwordLockMs },
      rejection: { tag: 'WrongPassword', field: 'oldPassWord', attemptsLeft: 0, lockedUntilMs: t0 + 2 + passwordLockMs },
    });
    expect(checkNotLocked(third.state, t0 + 2 + passwordLockMs - 1)).toEqual({ tag: 'AccountLocked', lockedUntilMs: t0 + 2 + passwordLockMs });
    expect(checkNotLocked(third.state, t0 + 2 + passwordLockMs)).toBeUndefined();
    expect(afterWrongPassword(third.state, t0 + 2 + passwordLockMs, 'accountPwd').rejection).toMatchObject({ attemptsLeft: 2 });
  });
});

describe('change frequency and validity', () => {
  it('allows one change per 24 hours, counting only changes after creation', () => {
    expect(checkPasswordChangeAllowed(null, 5)).toBeUndefined();
    expect(checkPasswordChangeAllowed(0, passwordChangeIntervalMs - 1)).toEqual({ tag: 'PasswordChangeTooSoon', nextChangeAtMs: passwordChangeIntervalMs });
    expect(checkPasswordChangeAllowed(0, passwordChangeIntervalMs)).toBeUndefined();
  });

  it('expires a password 90 days after it was set', () => {
    expect(checkPasswordNotExpired(0, passwordValidityMs - 1)).toBeUndefined();
    expect(checkPasswordNotExpired(0, passwordValidityMs)).toEqual({ tag: 'PasswordExpired', expiredAtMs: passwordValidityMs });
  });
});
