// Goal: inspectors who signed in with `listenStatus` hear QC_AgentState_Notify (ref L20578) for
// every sign-in and sign-out of the tenant, and sign-in finds them in an index instead of scanning
// every signed-in agent (issue 8): the index follows sign-in, sign-out and takeover.
// Method: an engine on a virtual clock, driven directly, with a recording output.
import { describe, expect, it } from 'vitest';
import { signIn, signOut } from '../../src/engine/index.ts';
import type { TenantEngine } from '../../src/engine/index.ts';
import { agentConfig, engineFixture, sessionOptions, tenantConfig } from '../support/engine-fixture.ts';

const inspector = (workNo: number) => ({ ...agentConfig(workNo, []), ccRoleId: 3 });

function center(agentCount = 3) {
  const agents = new Map([5001, 5002].map((w) => [w, inspector(w)]));
  for (let i = 0; i < agentCount; i++) agents.set(101 + i, agentConfig(101 + i));
  return engineFixture(tenantConfig({ agents }));
}

function login(engine: TenantEngine, workNo: number, listenStatus = false, mode: 'login' | 'forcelogin' = 'login') {
  const signed = engine.run(() => signIn(engine, { workNo, password: 'pw', mode, status: 4, options: sessionOptions({ listenStatus }) }));
  expect(signed.ok).toBe(true);
}

const notices = (events: Array<[string, unknown]>) => events.filter(([type]) => type === 'QC_AgentState_Notify').map(([, content]) => content);
const notice = (subtype: string, workNo: number) => ({ subtype, monitoredagent: String(workNo), agentname: `Agent ${workNo}`, mediaserver: 'CtiServer' });

describe('sign-in and sign-out notices to listening inspectors', () => {
  it('reach the inspector that listens, not one that does not, nor an agent that asked to', () => {
    const { engine, output } = center();
    login(engine, 5001, true);
    login(engine, 5002, false);
    login(engine, 102, true);
    output.take(5001);
    output.take(5002);
    output.take(102);

    login(engine, 101);
    expect(engine.run(() => signOut(engine, 101, 'logout')).ok).toBe(true);
    expect(notices(output.take(5001))).toEqual([notice('QC_AgentState_Login', 101), notice('QC_AgentState_Logout', 101)]);
    expect(notices(output.take(5002))).toEqual([]);
    // An ordinary agent (role 2) is no inspector: listenStatus gives it nothing.
    expect(notices(output.take(102))).toEqual([]);
    expect([...engine.statusListeners].sort()).toEqual([102, 5001]);
  });

  it('follow the inspector out of the index when it signs out, and back in after a takeover', () => {
    const { engine, output } = center();
    login(engine, 5001, true);
    expect(engine.run(() => signOut(engine, 5001, 'logout')).ok).toBe(true);
    expect(engine.statusListeners.has(5001)).toBe(false);
    login(engine, 101);
    expect(notices(output.take(5001))).toEqual([]);

    login(engine, 5001, true);
    login(engine, 5001, true, 'forcelogin');
    expect(engine.statusListeners.has(5001)).toBe(true);
    output.take(5001);
    login(engine, 102);
    expect(notices(output.take(5001))).toEqual([notice('QC_AgentState_Login', 102)]);
    // A takeover without listenStatus leaves the index.
    login(engine, 5001, false, 'forcelogin');
    expect(engine.statusListeners.has(5001)).toBe(false);
  });

  it('keeps the index to the listeners while thousands of agents sign in', { timeout: 30_000 }, () => {
    const { engine, output } = center(2_000);
    login(engine, 5001, true);
    for (let workNo = 101; workNo < 2_101; workNo++) login(engine, workNo);
    expect(engine.agents.size).toBe(2_001);
    expect([...engine.statusListeners]).toEqual([5001]);
    expect(notices(output.take(5001))).toHaveLength(2_000);
  });
});
