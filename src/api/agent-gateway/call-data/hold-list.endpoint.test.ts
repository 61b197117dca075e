// Goal: holdlist (6.1.3.4) lists the agent's held calls and holdlistex (6.1.3.12) lets an
// inspector list another agent's, within its VDN, with the documented codes. Method: the demo
// tenant plus a second tenant on a virtual clock; flow control off (it has its own tests).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { provisionTenant } from '../../../tenancy/index.ts';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { advance, dial, GatewayAgent } from '../../../../test/support/gateway-client.ts';
import { configureFlowControl } from '../flow-control.ts';

let app: TestApp;
let agent: GatewayAgent;
let inspector: GatewayAgent;
beforeEach(async () => {
  app = await createTestApp();
  configureFlowControl(app.services, { enabled: false });
  agent = await GatewayAgent.signIn(app, 101);
  inspector = await GatewayAgent.signIn(app, 120);
});
afterEach(async () => {
  await app.close();
});

/**
 * Puts the agent's leg of a call on hold. The hold interface (6.1.2.8) belongs to the call-control
 * family; the lists only read the leg state it sets, so the test sets that state in the engine.
 */
async function hold(workNo: number, callId: string): Promise<void> {
  const engine = await app.services.cti.registry.get(1);
  engine.run(() => {
    const leg = engine.agents.get(workNo)!.legs.get(callId)!;
    leg.state = 'held';
    leg.sinceMs = engine.now();
  });
}

describe('6.1.3.4 holdlist', () => {
  it('answers 400-003 with no held call, then lists held calls newest first in the example shape', async () => {
    expect((await agent.call('GET', 'calldata/{id}/holdlist')).body).toEqual({ message: 'There is no traffic information for the hold queue. (agent 101 holds no call)', retcode: '400-003', result: '' });
    const inbound = await dial(app, '4001');
    await hold(101, inbound);
    await advance(app, 1_000);
    const outbound = (await agent.call('PUT', 'voicecall/{id}/callout', { called: '70943' })).body.result as string;
    await advance(app, 3_000);
    await hold(101, outbound);
    expect((await agent.call('GET', 'calldata/{id}/holdlist')).body).toEqual({
      message: '',
      retcode: '0',
      result: [
        { callfeature: 7, callid: outbound, caller: '4001', called: '70943', callskill: '', callskillid: 0, orgcallednum: '', calldata: null, begintime: null, endtime: null },
        { callfeature: 0, callid: inbound, caller: '13800000001', called: '4001', callskill: 'Voice', callskillid: 0, orgcallednum: '', calldata: null, begintime: null, endtime: null },
      ],
    });
  });
});

describe('6.1.3.12 holdlistex', () => {
  it('lets an inspector list the held calls of an agent of its VDN', async () => {
    expect((await inspector.call('GET', 'calldata/{id}/holdlistex/101')).body.retcode).toBe('400-003');
    const callId = await dial(app, '4001');
    await hold(101, callId);
    expect((await inspector.call('GET', 'calldata/{id}/holdlistex/101')).body).toEqual({
      message: '',
      retcode: '0',
      result: [{ callfeature: 0, callid: callId, caller: '13800000001', called: '4001', callskill: 'Voice' }],
    });
    // An agent of the VDN that is not signed in holds nothing.
    expect((await inspector.call('GET', 'calldata/{id}/holdlistex/105')).body.retcode).toBe('400-003');
  });

  it('refuses non-inspectors and agents of another VDN (300-001) and malformed work numbers (000-002)', async () => {
    expect((await agent.call('GET', 'calldata/{id}/holdlistex/120')).body.retcode).toBe('300-001');
    await provisionTenant(app.services, secondTenant());
    const foreign = await GatewayAgent.signIn(app, 20001);
    const callId = await dial(app, '5001');
    expect(foreign.workNo).toBe(20001);
    const engine = await app.services.cti.registry.get(2);
    expect(engine.calls.get(callId)?.agents.has(20001)).toBe(true);
    expect((await inspector.call('GET', 'calldata/{id}/holdlistex/20001')).body.retcode).toBe('300-001');
    expect((await inspector.call('GET', 'calldata/{id}/holdlistex/abc')).body.retcode).toBe('000-002');
    expect((await inspector.call('GET', 'calldata/{id}/holdlistex/60000')).body.retcode).toBe('000-002');
  });
});

/** A second tenant (VDN 2, work numbers 20001–20099) to check that queries stay inside a VDN. */
function secondTenant() {
  return {
    vdnId: 2,
    name: 'second',
    workNoRange: [20001, 20099],
    appCredentials: [{ appKey: 'second-ak', appSecret: 'second-sk' }],
    adminPassword: 'Second@123',
    skills: [{ skillId: 1, name: 'Voice2', mediaTypeId: 5 }],
    agents: [{ workNo: 20001, userAccount: 'agent20001', userName: 'Agent 20001', password: 'Demo@123', sipAccount: '7020001', ccRoleId: 3, skills: [{ skillId: 1 }] }],
    accessCodes: [{ accessCode: '5001' }],
    calledRoutes: [{ accessCode: '5001', deviceType: 1, deviceId: 1 }],
  };
}
