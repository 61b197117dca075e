// Goal: the field rules of agent accounts hold exactly as the 5.1 tables state them. Method:
// table-driven checks of each rule at its boundaries.
import { describe, expect, it } from 'vitest';
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

const ok = undefined;

describe('checkUserAccount (5.1.1)', () => {
  it.each([
    ['abcdef', ok],
    ['a'.repeat(50), ok],
    ['a.b-c_d@e1', ok],
    ['abcde', 'must contain 6 to 50 characters'],
    ['a'.repeat(51), 'must contain 6 to 50 characters'],
    ['abc def', 'may contain only letters, digits and the special characters @ . - _'],
    ['abcdef#', 'may contain only letters, digits and the special characters @ . - _'],
    ['abcdéf', 'may contain only letters, digits and the special characters @ . - _'],
  ])('%s', (value, reason) => {
    const rejection = checkUserAccount(value);
    expect(rejection && 'reason' in rejection ? rejection.reason : undefined).toBe(reason);
  });
});

describe('checkAccountKey (lookups)', () => {
  it('allows any non-blank account up to 50 characters, with a minimum where the table sets one', () => {
    expect(checkAccountKey('x1')).toBeUndefined();
    expect(checkAccountKey('a#b')).toBeUndefined();
    expect(checkAccountKey('')).toEqual({ tag: 'InvalidField', field: 'userAccount', reason: 'is mandatory' });
    expect(checkAccountKey('a b')).toEqual({ tag: 'InvalidField', field: 'userAccount', reason: 'must not contain blank or control characters' });
    expect(checkAccountKey('a'.repeat(51), 'userAccounts[2]')).toEqual({ tag: 'InvalidField', field: 'userAccounts[2]', reason: 'must contain at most 50 characters' });
    expect(checkAccountKey('abcde', 'userAccount', 6)).toEqual({ tag: 'InvalidField', field: 'userAccount', reason: 'must contain 6 to 50 characters' });
  });
});

describe('user names', () => {
  it('on create: 1 to 20 characters, none of "[]\'&()=;<>,', () => {
    expect(checkUserNameForCreate('张'.repeat(20))).toBeUndefined();
    expect(checkUserNameForCreate('x'.repeat(21))).toMatchObject({ reason: 'must contain at most 20 characters' });
    expect(checkUserNameForCreate('  ')).toMatchObject({ reason: 'is mandatory' });
    for (const c of `"[]'&()=;<>,`) expect(checkUserNameForCreate(`a${c}b`), c).toMatchObject({ field: 'userName' });
    expect(checkUserNameForCreate('a\tb')).toMatchObject({ reason: 'must not contain control characters' });
  });

  it('on update: at most 20 bytes, none of "[]=;<>', () => {
    expect(checkUserNameForUpdate('张三张三张三')).toBeUndefined();
    expect(checkUserNameForUpdate('张三张三张三张')).toMatchObject({ reason: 'must contain at most 20 bytes' });
    expect(checkUserNameForUpdate("O'Brien (x), jr & co")).toBeUndefined();
    for (const c of `"[]=;<>`) expect(checkUserNameForUpdate(`a${c}b`), c).toMatchObject({ field: 'userName' });
  });
});

describe('checkEmail (5.1.1, RFC 5322 with the documented lengths)', () => {
  it.each([
    ['tst@example.com', ok],
    ["o'brien+tag@sub.example.co", ok],
    [`${'a'.repeat(64)}@example.com`, ok],
    [`a@${'b'.repeat(63)}.com`, ok],
    [`${'a'.repeat(65)}@example.com`, 'local part must contain at most 64 characters'],
    [`a@${'b'.repeat(64)}.com`, 'first domain label must contain at most 63 characters'],
    [`a@${'b.'.repeat(128)}com`, 'domain part must contain at most 255 characters'],
    ['example.com', 'must be an e-mail address (local-part@domain)'],
    ['a@', 'must be an e-mail address (local-part@domain)'],
    ['.a@example.com', 'local part is not valid'],
    ['a..b@example.com', 'local part is not valid'],
    ['a b@example.com', 'local part is not valid'],
    ['a@localhost', 'domain part is not valid'],
    ['a@-x.com', 'domain part is not valid'],
    ['a@x..com', 'domain part is not valid'],
  ])('%s', (value, reason) => {
    const rejection = checkEmail(value);
    expect(rejection && 'reason' in rejection ? rejection.reason : undefined).toBe(reason);
  });
});

describe('enumerations, phone and weights', () => {
  it('accepts only the documented agent types and roles', () => {
    expect([4, 11, 5, 99].map(checkAgentType)).toEqual([ok, ok, ok, ok]);
    expect(checkAgentType(255)).toMatchObject({ field: 'agentType' });
    expect([2, 3, 4].map(checkCcRoleId)).toEqual([ok, ok, ok]);
    expect(checkCcRoleId(255)).toMatchObject({ field: 'ccRoleId' });
  });

  it('limits the phone to 25 characters and weights to at least 1', () => {
    expect(checkPhone('1'.repeat(25))).toBeUndefined();
    expect(checkPhone('1'.repeat(26))).toMatchObject({ field: 'phone' });
    expect(checkWeight(1, 'agentWeight')).toBeUndefined();
    expect(checkWeight(0, 'agentWeight')).toMatchObject({ field: 'agentWeight' });
    expect(checkWeight(1.5, 'skillWeight')).toMatchObject({ field: 'skillWeight' });
  });
});
