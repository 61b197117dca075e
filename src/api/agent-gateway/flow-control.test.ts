// Goal: the query flow control of §6.1.3 (ref L12083–12094) admits 5 queries per agent and 15,000
// overall in any 2-second window, answers 999-002 beyond, slides with time and can be switched
// off. Method: the limiter on a virtual clock, then the whole server over HTTP.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { VirtualClock } from '../../sim/virtual-clock.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { advance, GatewayAgent } from '../../../test/support/gateway-client.ts';
import { configureFlowControl, defaultFlowControl, flowControlled, QueryFlowControl } from './flow-control.ts';
import { agentStatus } from './online-agent/agent-status.endpoint.ts';
import { updateGuid } from './online-agent/update-guid.endpoint.ts';
import { callDataEndpoints } from './call-data/index.ts';
import { queueDeviceEndpoints } from './queue-device/index.ts';
import { agentGroupEndpoints } from './agent-group/index.ts';

describe('QueryFlowControl', () => {
  const make = (options: Partial<typeof defaultFlowControl> = {}) => {
    const clock = new VirtualClock(1_000_000);
    return { clock, control: new QueryFlowControl(clock, { ...defaultFlowControl, ...options }) };
  };

  it('has the documented defaults: 5 per agent and 15,000 overall per 2 s', () => {
    expect(defaultFlowControl).toEqual({ enabled: true, windowMs: 2000, perAgentMax: 5, overallMax: 15_000 });
  });

  it('admits 5 queries of an agent in 2 s, refuses the 6th, and slides', () => {
    const { clock, control } = make();
    for (let i = 0; i < 5; i++) {
      expect(control.admit(101)).toBe(true);
      clock.advance(100);
    }
    expect(control.admit(101)).toBe(false);
    expect(control.admit(102)).toBe(true);
    // The first query was at 0 ms: it leaves the window at 2000 ms, not before.
    clock.advanceTo(1_000_000 + 1_999);
    expect(control.admit(101)).toBe(false);
    clock.advanceTo(1_000_000 + 2_000);
    expect(control.admit(101)).toBe(true);
    expect(control.admit(101)).toBe(false);
  });

  it('does not count refused queries, so a retry after the window gets through', () => {
    const { clock, control } = make({ perAgentMax: 2 });
    expect([control.admit(101), control.admit(101)]).toEqual([true, true]);
    for (let i = 0; i < 50; i++) expect(control.admit(101)).toBe(false);
    clock.advance(2_000);
    expect(control.admit(101)).toBe(true);
  });

  it('caps the whole server across agents', () => {
    const { clock, control } = make({ overallMax: 3 });
    expect([101, 102, 103].map((w) => control.admit(w))).toEqual([true, true, true]);
    expect(control.admit(104)).toBe(false);
    clock.advance(2_000);
    expect(control.admit(104)).toBe(true);
  });

  it('admits everything when switched off', () => {
    const { control } = make({ enabled: false });
    for (let i = 0; i < 100; i++) expect(control.admit(101)).toBe(true);
  });
});

describe('flowControlled endpoints', () => {
  it('covers the query interfaces and lists 999-002 after the session codes', () => {
    const controlled = [agentStatus, updateGuid, ...callDataEndpoints, ...queueDeviceEndpoints, ...agentGroupEndpoints];
    expect(controlled).toHaveLength(2 + 12 + 6 + 3);
    for (const endpoint of controlled) expect(endpoint.errors, endpoint.section).toContain('999-002');
    expect(agentStatus.errors).toEqual(['000-002', '100-006', '999-002']);
    expect(flowControlled({ ...agentStatus, errors: ['100-006', '100-007'] }).errors).toEqual(['100-006', '999-002', '100-007']);
  });
});

describe('flow control over HTTP', () => {
  let app: TestApp;
  beforeEach(async () => {
    app = await createTestApp();
  });
  afterEach(async () => {
    await app.close();
  });

  it('answers the 6th query of an agent within 2 s with 999-002, whichever interfaces it uses', async () => {
    const agent = await GatewayAgent.signIn(app, 101);
    const other = await GatewayAgent.signIn(app, 102);
    const paths = ['onlineagent/{id}/agentstatus', 'calldata/{id}/callnums', 'queuedevice/{id}/waitnum', 'agentgroup/{id}/allonlineagents', 'calldata/{id}/statisticsEx'];
    for (const path of paths) expect((await agent.call('GET', path)).body.retcode, path).toBe('0');
    expect((await agent.call('GET', 'calldata/{id}/callnums')).body).toEqual({ message: 'Message query overload.', retcode: '999-002', result: '' });
    expect((await agent.call('PUT', 'onlineagent/{id}/updateGuid')).body.retcode).toBe('999-002');
    expect((await other.call('GET', 'calldata/{id}/callnums')).body.retcode).toBe('0');
    // Interfaces outside the list are not limited.
    expect((await agent.call('POST', 'onlineagent/{id}/handshake')).body.retcode).toBe('0');
    await advance(app, 2_000);
    expect((await agent.call('GET', 'calldata/{id}/callnums')).body.retcode).toBe('0');
  });

  it('checks the session first: requests without a valid GUID neither count nor see 999-002', async () => {
    const agent = await GatewayAgent.signIn(app, 101);
    const good = agent.guid;
    agent.guid = 'wrong';
    for (let i = 0; i < 10; i++) expect((await agent.call('GET', 'calldata/{id}/callnums')).body.retcode).toBe('000-003');
    agent.guid = good;
    expect((await agent.call('GET', 'calldata/{id}/callnums')).body.retcode).toBe('0');
  });

  it('applies the server-wide cap and can be switched off (--no-flow-control)', async () => {
    configureFlowControl(app.services, { overallMax: 2 });
    const a = await GatewayAgent.signIn(app, 101);
    const b = await GatewayAgent.signIn(app, 102);
    expect((await a.call('GET', 'calldata/{id}/callnums')).body.retcode).toBe('0');
    expect((await b.call('GET', 'calldata/{id}/callnums')).body.retcode).toBe('0');
    expect((await b.call('GET', 'queuedevice/{id}/waitnum')).body.retcode).toBe('999-002');
    configureFlowControl(app.services, { enabled: false });
    for (let i = 0; i < 20; i++) expect((await a.call('GET', 'calldata/{id}/callnums')).body.retcode).toBe('0');
  });
});
