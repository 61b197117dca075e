// Goal: the agentgroup interfaces (5.2.11–5.2.13) report the signed-in agents of a VDN with live
// states in the documented shapes (note 01 §8 rows 15–16), exclude agents with talk right off,
// and never show another VDN's agents. Method: the demo tenant plus a provisioned tenant on a
// virtual clock; flow control off (it has its own tests).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { provisionTenant } from '../../../tenancy/index.ts';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { advance, dial, GatewayAgent } from '../../../../test/support/gateway-client.ts';
import { configureFlowControl } from '../flow-control.ts';

let app: TestApp;
let agent: GatewayAgent;
let signedInAt: number;
beforeEach(async () => {
  app = await createTestApp();
  configureFlowControl(app.services, { enabled: false });
  signedInAt = app.clock.now();
  agent = await GatewayAgent.signIn(app, 101);
});
afterEach(async () => {
  await app.close();
});

const get = async (who: GatewayAgent, path: string) => (await who.call('GET', `agentgroup/{id}/${path}`)).body;

/** Work numbers 20001–20099; agent 20001 serves both skills, 20002 only skill 2. */
const secondTenant = {
  vdnId: 2,
  name: 'second',
  workNoRange: [20001, 20099],
  appCredentials: [{ appKey: 'second-ak', appSecret: 'second-sk' }],
  adminPassword: 'Second@123',
  skills: [
    { skillId: 1, name: 'Sales', mediaTypeId: 5 },
    { skillId: 2, name: 'Social', mediaTypeId: 53 },
  ],
  agents: [
    { workNo: 20001, userAccount: 'agent20001', userName: 'Ann', password: 'Demo@123', sipAccount: '7020001', skills: [{ skillId: 1 }, { skillId: 2 }] },
    { workNo: 20002, userAccount: 'agent20002', userName: 'Bob', password: 'Demo@123', sipAccount: '7020002', skills: [{ skillId: 2 }] },
  ],
  accessCodes: [{ accessCode: '5001' }],
  calledRoutes: [{ accessCode: '5001', deviceType: 1, deviceId: 1 }],
};

describe('5.2.12 agentbyworkno', () => {
  it('answers the example shape for a signed-in agent, with its skills and the time in its state', async () => {
    await advance(app, 90_000);
    await agent.call('POST', 'onlineagent/{id}/handshake');
    expect(await get(agent, 'agentbyworkno/101')).toEqual({
      message: '',
      retcode: '0',
      result: {
        workno: '101',
        name: 'Agent 101',
        status: '4',
        ctiStatus: '1',
        groupid: 0,
        groupname: null,
        skilllist: [{ name: 'Voice', id: 1, mediatype: 5 }],
        mediatype: 'TTF',
        vdnid: 1,
        phonenumber: '70101',
        currentstatetime: 90,
        logindate: signedInAt,
        calls: [],
        inMultimediaConf: 0,
        currentStateReason: 0,
      },
    });
  });

  it('follows the agent state live: busy with its reason, talking', async () => {
    await agent.call('POST', 'onlineagent/{id}/saybusy?reason=205');
    await advance(app, 5_000);
    expect((await get(agent, 'agentbyworkno/101')).result).toMatchObject({ status: '3', ctiStatus: '7', currentStateReason: 205, currentstatetime: 5 });
    await agent.call('POST', 'onlineagent/{id}/cancelbusy');
    await dial(app, '4001');
    await advance(app, 3_000);
    expect((await get(agent, 'agentbyworkno/101')).result).toMatchObject({ status: '7', ctiStatus: '5', currentStateReason: 0, currentstatetime: 3 });
  });

  it('reports an agent of the VDN that is not signed in as signed out', async () => {
    expect((await get(agent, 'agentbyworkno/105')).result).toEqual({
      workno: '105', name: 'Agent 105', status: '2', ctiStatus: '0', groupid: 0, groupname: null, skilllist: [{ name: 'Voice', id: 1, mediatype: 5 }],
      mediatype: 'FFF', vdnid: 1, phonenumber: '', currentstatetime: 0, logindate: 0, calls: [], inMultimediaConf: 0, currentStateReason: 0,
    });
  });

  it('refuses agents of another VDN (300-002) and malformed work numbers (000-002)', async () => {
    await provisionTenant(app.services, secondTenant);
    await GatewayAgent.signIn(app, 20001);
    expect((await get(agent, 'agentbyworkno/20001')).retcode).toBe('300-002');
    expect((await get(agent, 'agentbyworkno/9998')).retcode).toBe('300-002');
    expect((await get(agent, 'agentbyworkno/100')).retcode).toBe('000-002');
  });
});

describe('5.2.11 agentbyskill', () => {
  it('lists the agents signed in to a skill, without those whose talk right is off', async () => {
    const busy = await GatewayAgent.signIn(app, 102, { status: 3 });
    const { body } = await agent.call('GET', 'agentgroup/{id}/agentbyskill/1');
    expect(body.retcode).toBe('0');
    expect(body.result.map((a: { workno: string; status: string }) => [a.workno, a.status])).toEqual([['101', '4'], ['102', '3']]);
    expect(Object.keys(body.result[0])).toEqual([
      'workno', 'name', 'status', 'ctiStatus', 'groupid', 'groupname', 'skilllist', 'mediatype', 'vdnid', 'phonenumber', 'currentstatetime', 'logindate', 'callids', 'inMultimediaConf', 'currentStateReason',
    ]);
    expect(body.result[0]).toMatchObject({ skilllist: [], callids: [] });
    expect((await busy.call('POST', 'onlineagent/{id}/settalkright?flag=0')).body.retcode).toBe('0');
    expect((await get(agent, 'agentbyskill/1')).result.map((a: { workno: string }) => a.workno)).toEqual(['101']);
  });

  it('answers 300-002 when nobody is signed in to the skill', async () => {
    expect((await get(agent, 'agentbyskill/2')).retcode).toBe('300-002');
    expect((await get(agent, 'agentbyskill/42')).retcode).toBe('300-002');
    expect((await get(agent, 'agentbyskill/x')).retcode).toBe('000-002');
  });
});

describe('5.2.13 allonlineagents', () => {
  it('groups the online agents by skill; an agent of two skills appears under both', async () => {
    await provisionTenant(app.services, secondTenant);
    const ann = await GatewayAgent.signIn(app, 20001);
    await GatewayAgent.signIn(app, 20002);
    const { body } = await ann.call('GET', 'agentgroup/{id}/allonlineagents');
    expect(body.message).toBe('success');
    expect(body.result.map((g: { skillId: number; skillMediaType: number; agent: Array<{ workno: string }> }) => [g.skillId, g.skillMediaType, g.agent.map((a) => a.workno)])).toEqual([
      [1, 5, ['20001']],
      [2, 53, ['20001', '20002']],
    ]);
    expect(body.result[1].agent[1]).toMatchObject({ workno: '20002', name: 'Bob', status: '4', ctiStatus: '1', vdnid: 2, skilllist: [], callids: [] });
    // The demo tenant's view: its own agents only.
    expect((await get(agent, 'allonlineagents')).result.map((g: { skillId: number; agent: Array<{ workno: string }> }) => [g.skillId, g.agent.map((a) => a.workno)])).toEqual([[1, ['101']]]);
  });

  it('answers 600-005 for a VDN without skill queues', async () => {
    await provisionTenant(app.services, {
      vdnId: 3,
      name: 'bare',
      workNoRange: [30001, 30099],
      appCredentials: [{ appKey: 'bare-ak', appSecret: 'bare-sk' }],
      adminPassword: 'Bare@1234',
      skills: [],
      agents: [{ workNo: 30001, userAccount: 'agent30001', userName: 'Agent 30001', password: 'Demo@123', sipAccount: '7030001' }],
      accessCodes: [],
      calledRoutes: [],
    });
    expect((await get(await GatewayAgent.signIn(app, 30001), 'allonlineagents')).retcode).toBe('600-005');
  });
});
