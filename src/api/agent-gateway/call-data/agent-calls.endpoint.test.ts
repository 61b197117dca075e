// Goal: allcallinfoEx (6.1.3.7), callnums (6.1.3.8), statistics (6.1.3.9), statisticsEx
// (6.1.3.10) and waitcallinfo (6.1.3.11) read live engine state: calls of an agent, session
// counters after calls, the queue in service order. Method: the demo tenant (and a second one for
// VDN scoping) on a virtual clock; flow control off (it has its own tests).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { provisionTenant } from '../../../tenancy/index.ts';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { advance, dial, GatewayAgent } from '../../../../test/support/gateway-client.ts';
import { configureFlowControl } from '../flow-control.ts';

let app: TestApp;
let agent: GatewayAgent;
beforeEach(async () => {
  app = await createTestApp();
  configureFlowControl(app.services, { enabled: false });
  agent = await GatewayAgent.signIn(app, 101);
});
afterEach(async () => {
  await app.close();
});

describe('6.1.3.7 allcallinfoEx and 6.1.3.8 callnums', () => {
  it('lists the call IDs of an agent and counts its calls', async () => {
    expect((await agent.call('GET', 'calldata/{id}/callnums')).body).toEqual({ message: '', retcode: '0', result: 0 });
    expect((await agent.call('GET', 'calldata/{id}/allcallinfoEx/101')).body).toEqual({ message: '', retcode: '0', result: [] });
    const callId = await dial(app, '4001');
    expect((await agent.call('GET', 'calldata/{id}/callnums')).body.result).toBe(1);
    expect((await agent.call('GET', 'calldata/{id}/allcallinfoEx/101')).body.result).toEqual([callId]);
    const inspector = await GatewayAgent.signIn(app, 120);
    expect((await inspector.call('GET', 'calldata/{id}/allcallinfoEx/101')).body.result).toEqual([callId]);
    expect((await inspector.call('GET', 'calldata/{id}/allcallinfoEx/102')).body.result).toEqual([]);
  });

  it('needs the inspector role for another agent (900-002) and the same VDN (100-011)', async () => {
    expect((await agent.call('GET', 'calldata/{id}/allcallinfoEx/102')).body.retcode).toBe('900-002');
    await provisionTenant(app.services, {
      vdnId: 2,
      name: 'second',
      workNoRange: [20001, 20099],
      appCredentials: [{ appKey: 'second-ak', appSecret: 'second-sk' }],
      adminPassword: 'Second@123',
      skills: [{ skillId: 1, name: 'Voice2', mediaTypeId: 5 }],
      agents: [{ workNo: 20001, userAccount: 'agent20001', userName: 'Agent 20001', password: 'Demo@123', sipAccount: '7020001', ccRoleId: 3, skills: [{ skillId: 1 }] }],
      accessCodes: [{ accessCode: '5001' }],
      calledRoutes: [{ accessCode: '5001', deviceType: 1, deviceId: 1 }],
    });
    const foreignInspector = await GatewayAgent.signIn(app, 20001);
    expect((await foreignInspector.call('GET', 'calldata/{id}/allcallinfoEx/101')).body.retcode).toBe('100-011');
    const inspector = await GatewayAgent.signIn(app, 120);
    expect((await inspector.call('GET', 'calldata/{id}/allcallinfoEx/20001')).body.retcode).toBe('100-011');
    expect((await agent.call('GET', 'calldata/{id}/allcallinfoEx/1x')).body.retcode).toBe('000-002');
  });
});

describe('6.1.3.9 statistics and 6.1.3.10 statisticsEx', () => {
  it('count the session: answered calls, talk time (live), agent releases, busy and rest', async () => {
    const zero = (await agent.call('GET', 'calldata/{id}/statistics')).body;
    expect(zero).toEqual({
      message: '',
      retcode: '0',
      result: {
        talktime: 0, answernums: 0, noanswernums: 0, calloutnums: 0, intercallnums: 0, interhelpnums: 0, transfernums: 0, transferoutnums: 0,
        transferivrnums: 0, redirectnums: 0, keepnums: 0, busynums: 0, restnums: 0, restoutnums: 0, resttime: 0, restouttime: 0, agentrelease: 0, busytime: 0,
      },
    });
    await dial(app, '4001');
    await advance(app, 20_000);
    expect((await agent.call('GET', 'calldata/{id}/statisticsEx')).body).toEqual({ message: '', retcode: '0', result: { talktime: 20, answernums: 1, calloutnums: 0 } });
    await advance(app, 10_000);
    expect((await agent.call('DELETE', 'voicecall/{id}/release')).body.retcode).toBe('0');
    await agent.call('POST', 'onlineagent/{id}/saybusy');
    await advance(app, 5_000);
    const stats = (await agent.call('GET', 'calldata/{id}/statistics')).body.result;
    expect(stats).toMatchObject({ talktime: 30, answernums: 1, agentrelease: 1, busynums: 1, busytime: 5 });
    await agent.call('POST', 'onlineagent/{id}/cancelbusy');
    await agent.call('POST', 'onlineagent/{id}/rest/10/1');
    await advance(app, 25_000);
    expect((await agent.call('GET', 'calldata/{id}/statistics')).body.result).toMatchObject({ busytime: 5, restnums: 1, resttime: 10, restouttime: 15, restoutnums: 1 });
  });

  it('counts outbound calls', async () => {
    expect((await agent.call('PUT', 'voicecall/{id}/callout', { called: '70943' })).body.retcode).toBe('0');
    expect((await agent.call('GET', 'calldata/{id}/statisticsEx')).body.result.calloutnums).toBe(1);
  });
});

describe('6.1.3.11 waitcallinfo', () => {
  it('lists the calls waiting in a skill in service order: priority, then arrival', async () => {
    expect((await agent.call('POST', 'onlineagent/{id}/saybusy')).body.retcode).toBe('0');
    const first = await dial(app, '4001', { callData: 'a' });
    const firstAt = app.clock.now();
    await advance(app, 4_000);
    const second = await dial(app, '4001', { caller: '13800000002' });
    await advance(app, 1_000);
    const urgent = await dial(app, '4001', { caller: '13800000003', priority: 5 });
    await advance(app, 1_000);
    const { body } = await agent.call('GET', 'calldata/{id}/waitcallinfo/1');
    expect(body.retcode).toBe('0');
    expect(body.result.map((c: { callid: string }) => c.callid)).toEqual([urgent, first, second]);
    expect(body.result[1]).toEqual({
      callfeature: 0, callid: first, caller: '13800000001', called: '4001', callskill: 'Voice', callskillid: 1, orgcallednum: '4001', calldata: 'a',
      begintime: firstAt, endtime: null, userPriority: 0, trunkNo: 65535, logontimes: 0, mediaType: 5, mediaAbility: 1, waitTime: 6, trace: null,
    });
    expect(body.result[0]).toMatchObject({ userPriority: 5, waitTime: 1 });
    await agent.call('POST', 'onlineagent/{id}/cancelbusy');
    expect((await agent.call('GET', 'calldata/{id}/waitcallinfo/1')).body.result.map((c: { callid: string }) => c.callid)).toEqual([first, second]);
    expect((await agent.call('GET', 'calldata/{id}/waitcallinfo/2')).body).toEqual({ message: '', retcode: '0', result: [] });
    expect((await agent.call('GET', 'calldata/{id}/waitcallinfo/99')).body.result).toEqual([]);
    expect((await agent.call('GET', 'calldata/{id}/waitcallinfo/x')).body.retcode).toBe('000-002');
  });
});
