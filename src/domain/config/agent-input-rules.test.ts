// Goal: each 5.1 request's fields are checked in the order of its table, so the first broken row
// is the one reported. Method: requests that break several rows at once.
import { describe, expect, it } from 'vitest';
import { checkBindInput, checkCreateInput, checkSipPasswordInput, checkUpdateInput, checkUserAccounts, userAccountsPerRequestMax } from './agent-input-rules.ts';

const valid = { userAccount: 'agent0001', userName: 'Agent', password: 'Demo@123', email: 'a@example.com', agentType: 4, ccRoleId: 2 };

describe('checkCreateInput (Table 5-2)', () => {
  it('reports the first broken row in table order', () => {
    expect(checkCreateInput({ ...valid, userAccount: 'a', password: 'x' })).toMatchObject({ rejection: { field: 'userAccount' } });
    expect(checkCreateInput({ ...valid, password: 'x', email: 'x' })).toMatchObject({ rejection: { field: 'password' } });
    expect(checkCreateInput({ ...valid, email: 'x', agentType: 1 })).toMatchObject({ rejection: { field: 'email' } });
    expect(checkCreateInput({ ...valid, agentType: 1, ccRoleId: 1 })).toMatchObject({ rejection: { field: 'agentType' } });
    expect(checkCreateInput({ ...valid, skills: [{}], phone: 'x'.repeat(26) })).toMatchObject({ rejection: { field: 'skills[0].skillId' } });
    expect(checkCreateInput({ ...valid, phone: 'x'.repeat(26) })).toMatchObject({ rejection: { field: 'phone' } });
  });

  it('gives the bindings of a valid request', () => {
    expect(checkCreateInput({ ...valid, skills: [{ skillId: 2, agentWeight: 3 }] })).toEqual({ bindings: [{ skillId: 2, agentWeight: 3, skillWeight: 1 }] });
    expect(checkCreateInput(valid)).toEqual({ bindings: [] });
  });
});

describe('checkUpdateInput (Table 5-8)', () => {
  it('checks only the fields sent, and leaves the skills alone when none are sent', () => {
    expect(checkUpdateInput({ userAccount: 'x1' })).toEqual({ bindings: undefined });
    expect(checkUpdateInput({ userAccount: 'x1', skills: [] })).toEqual({ bindings: [] });
    expect(checkUpdateInput({ userAccount: 'x1', email: 'bad' })).toMatchObject({ rejection: { field: 'email' } });
  });

  it('needs both passwords for a change, and a new one that meets the policy', () => {
    expect(checkUpdateInput({ userAccount: 'x1', newPassWord: 'Demo@456' })).toMatchObject({ rejection: { field: 'oldPassWord' } });
    expect(checkUpdateInput({ userAccount: 'x1', oldPassWord: 'Demo@123' })).toMatchObject({ rejection: { field: 'newPassWord' } });
    expect(checkUpdateInput({ userAccount: 'x1', oldPassWord: 'Demo@123', newPassWord: 'demo' })).toMatchObject({ rejection: { field: 'newPassWord' } });
    expect(checkUpdateInput({ userAccount: 'x1', oldPassWord: 'Demo@123', newPassWord: 'Demo@456' })).toEqual({ bindings: undefined });
  });
});

describe('account lists and the other requests', () => {
  it('bounds the account lists of 5.1.5 and 5.1.6', () => {
    expect(checkUserAccounts([], true)).toBeUndefined();
    expect(checkUserAccounts([], false)).toMatchObject({ field: 'userAccounts' });
    expect(checkUserAccounts(Array.from({ length: userAccountsPerRequestMax + 1 }, (_, i) => `agent${i}`), true)).toMatchObject({ reason: 'must list at most 1000 agent accounts' });
    expect(checkBindInput({ userAccounts: ['agent1'], skillId: 1, agentWeight: 1, skillWeight: 0 })).toMatchObject({ field: 'skillWeight' });
  });

  it('checks the 5.1.8 request in table order', () => {
    expect(checkSipPasswordInput({ userAccount: '', accountPwd: '', newPhonePwd: 'x' })).toMatchObject({ field: 'accountPwd' });
    expect(checkSipPasswordInput({ userAccount: '', accountPwd: 'p', newPhonePwd: 'x' })).toMatchObject({ field: 'newPhonePwd' });
    expect(checkSipPasswordInput({ userAccount: '', accountPwd: 'p', newPhonePwd: 'Abcdefg1' })).toMatchObject({ field: 'userAccount' });
  });
});
