// Goal: the agent-account services serialise a tenant's writes, keep rejected writes from
// leaving anything behind but the wrong-password count, and refuse a broken secret source.
// Method: the services called directly with a whole server's dependencies.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { generateAgentCredentials } from './agent-credential-generator.ts';
import { bindAgentsToSkill, createAgentAccount, updateAgentAccount, verifySignIn } from './index.ts';

let app: TestApp;
beforeEach(async () => {
  app = await createTestApp();
});
afterEach(async () => {
  await app.close();
});

const agent = (userAccount: string) => ({ userAccount, userName: 'N', password: 'Start@2026', email: 'n@example.com', agentType: 4, ccRoleId: 2 });

describe('agent-account services', () => {
  it('give concurrent creations distinct work and SIP numbers', async () => {
    const outcomes = await Promise.all(Array.from({ length: 8 }, (_, i) => createAgentAccount(app.services, 1, agent(`parallel0${i}`))));
    const created = outcomes.map((o) => (o.ok ? o.value : undefined));
    expect(created.map((c) => c?.workNo)).toEqual([111, 112, 113, 114, 115, 116, 117, 118]);
    expect(new Set(created.map((c) => c?.sipAccount)).size).toBe(8);
  });

  it('let only one of two concurrent creations of the same account succeed', async () => {
    const [a, b] = await Promise.all([createAgentAccount(app.services, 1, agent('twin00001')), createAgentAccount(app.services, 1, agent('twin00001'))]);
    expect([a.ok, b.ok]).toEqual([true, false]);
    expect(b.ok ? undefined : b.rejection).toEqual({ tag: 'AgentAccountExists', userAccount: 'twin00001' });
  });

  it('keep the wrong-password count of a refused update and nothing else', async () => {
    const outcome = await updateAgentAccount(app.services, 1, { userAccount: 'agent101', userName: 'Changed', oldPassWord: 'Wrong@1', newPassWord: 'New@pass2026' });
    expect(outcome).toEqual({ ok: false, rejection: { tag: 'WrongPassword', field: 'oldPassWord', attemptsLeft: 2 } });
    const stored = (await app.services.repos.agents.find(1, 101))!;
    expect(stored.userName).toBe('Agent 101');
    expect(stored.failedPwdAttempts).toBe(1);
    expect((await verifySignIn(app.services, 1, 'agent101', 'Demo@123')).ok).toBe(true);
    expect((await app.services.repos.agents.find(1, 101))!.failedPwdAttempts).toBe(0);
  });

  it('announce nothing when a write is refused', async () => {
    const changes: unknown[] = [];
    app.services.configChanges.subscribe((change) => changes.push(change));
    await bindAgentsToSkill(app.services, 1, { userAccounts: ['agent101'], skillId: 99, agentWeight: 1, skillWeight: 1 });
    await verifySignIn(app.services, 1, 'agent101', 'nope');
    expect(changes).toEqual([]);
    await bindAgentsToSkill(app.services, 1, { userAccounts: ['agent101'], skillId: 1, agentWeight: 2, skillWeight: 1 });
    expect(changes).toEqual([{ vdnId: 1, what: 'agents' }]);
  });

  it('refuse a secret source that is not random', () => {
    // All-zero bytes compose a CTI password full of repeats, which no redraw can fix.
    expect(() => generateAgentCredentials({ hex: (n) => '00'.repeat(n) }, 101)).toThrow('could not generate a CTI password that meets its rule');
  });
});
