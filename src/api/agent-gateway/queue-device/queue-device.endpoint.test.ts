// Goal: the queuedevice interfaces (5.2.5–5.2.10) read live queues and the tenant's configuration:
// queue lengths grow as calls wait and shrink as they are answered, ACD statistics carry the
// documented sentinels, and nothing crosses a VDN. Method: the demo tenant plus provisioned
// tenants on a virtual clock; flow control off (it has its own tests).
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
  agent = await GatewayAgent.signIn(app, 101, { status: 3 });
});
afterEach(async () => {
  await app.close();
});

const get = async (who: GatewayAgent, path: string) => (await who.call('GET', `queuedevice/{id}/${path}`)).body;

/** A tenant of work numbers 20001–20099; skill 1 overflows to skill 2 after 60 s; agent 20001 serves both. */
const secondTenant = {
  vdnId: 2,
  name: 'second',
  workNoRange: [20001, 20099],
  appCredentials: [{ appKey: 'second-ak', appSecret: 'second-sk' }],
  adminPassword: 'Second@123',
  skills: [
    { skillId: 1, name: 'Sales', mediaTypeId: 5, maxWaitTime: 60, maxWaitNum: 50, skillParam: { noAgents: { transferType: 'Release' }, busy: { transferType: 'Release' }, timeOut: { transferType: 'Transfer', deviceType: '1', value: '2' } } },
    { skillId: 2, name: 'Overflow', mediaTypeId: 5 },
  ],
  agents: [{ workNo: 20001, userAccount: 'agent20001', userName: 'Agent 20001', password: 'Demo@123', sipAccount: '7020001', skills: [{ skillId: 1 }, { skillId: 2 }] }],
  accessCodes: [{ accessCode: '5001' }],
  calledRoutes: [{ accessCode: '5001', deviceType: 1, deviceId: 1 }],
};

/** A tenant without skills or IVR flows. */
const bareTenant = {
  vdnId: 3,
  name: 'bare',
  workNoRange: [30001, 30099],
  appCredentials: [{ appKey: 'bare-ak', appSecret: 'bare-sk' }],
  adminPassword: 'Bare@1234',
  skills: [],
  agents: [{ workNo: 30001, userAccount: 'agent30001', userName: 'Agent 30001', password: 'Demo@123', sipAccount: '7030001' }],
  accessCodes: [],
  calledRoutes: [],
};

describe('5.2.5 waitnum, 5.2.6 waitnumbyagent, 5.2.8 skillwaitnum', () => {
  it('count the calls waiting as they queue and are answered', async () => {
    expect(await get(agent, 'waitnum')).toEqual({ message: 'success', retcode: '0', result: 0 });
    await dial(app, '4001');
    await dial(app, '4001', { caller: '13800000002' });
    expect((await get(agent, 'waitnum')).result).toBe(2);
    expect((await get(agent, 'waitnumbyagent')).result).toBe(2);
    expect(await get(agent, 'skillwaitnum/1')).toEqual({ message: 'success', retcode: '0', result: 2 });
    expect((await get(agent, 'skillwaitnum/2')).result).toBe(0);
    expect((await get(agent, 'skillwaitnum/77')).result).toBe(0);
    expect((await get(agent, 'skillwaitnum/x')).retcode).toBe('000-002');
    expect((await agent.call('POST', 'onlineagent/{id}/cancelbusy')).body.retcode).toBe('0');
    expect((await get(agent, 'waitnum')).result).toBe(1);
  });

  it('waitnumbyagent counts only the skills the agent is signed in to', async () => {
    // 102 stays on duty in skill 1, so the calls keep waiting when 101 leaves the skill.
    const other = await GatewayAgent.signIn(app, 102, { status: 3 });
    await dial(app, '4001');
    expect((await agent.call('POST', 'onlineagent/{id}/resetskill/false?skillid=')).body.retcode).toBe('0');
    await dial(app, '4001', { caller: '13800000002' });
    expect((await get(agent, 'waitnum')).result).toBe(2);
    expect((await get(agent, 'waitnumbyagent')).result).toBe(0);
    expect((await get(other, 'waitnumbyagent')).result).toBe(2);
  });

  it('stays inside the VDN of the agent', async () => {
    await provisionTenant(app.services, secondTenant);
    const foreign = await GatewayAgent.signIn(app, 20001, { status: 3 });
    await dial(app, '5001');
    expect((await get(foreign, 'skillwaitnum/1')).result).toBe(1);
    expect((await get(agent, 'skillwaitnum/1')).result).toBe(0);
    expect((await get(agent, 'waitnum')).result).toBe(0);
  });
});

describe('5.2.9 queryacdstat', () => {
  const acd = async (who: GatewayAgent, body: unknown) => (await who.call('POST', 'queuedevice/{id}/queryacdstat', body)).body;

  it('answers the reference example with documented sentinels for an empty queue', async () => {
    const other = await GatewayAgent.signIn(app, 102);
    expect(other.workNo).toBe(102);
    expect(await acd(agent, { skills: [1, 10] })).toEqual({
      message: '',
      retcode: '0',
      result: [
        {
          pilotNbr: '4001',
          deviceNo: 1,
          queueSize: 0,
          queueTime: 0,
          loadFactor: 65535,
          estWaitTime: 0,
          loggedOnAgents: 2,
          availAgents: 1,
          transferFlg: 0,
          transferDeviceType: 255,
          transferDeviceNo: 65535,
          skillDescrip: 'Voice',
          resourceIdleRate: 100,
          serviceLevel: 100,
          oldCallIdEx: { dateTime: 4294967295000, dsn: 65535, server: 255, handle: 255 },
          maxQueueSize: 1000,
        },
      ],
    });
  });

  it('reports the queue, its longest wait and the call that has waited longest', async () => {
    await advance(app, 1_000);
    const first = await dial(app, '4001');
    await advance(app, 9_000);
    await dial(app, '4001', { caller: '13800000002', priority: 9 });
    await advance(app, 2_000);
    const [seconds, seq] = first.split('-').map(Number) as [number, number];
    const [voice, chat] = (await acd(agent, { skills: ['1', 2, 1] })).result;
    expect(voice).toMatchObject({ deviceNo: 1, queueSize: 2, queueTime: 11, loggedOnAgents: 1, availAgents: 0, oldCallIdEx: { dateTime: seconds * 1000, dsn: seq, server: 0, handle: 0 } });
    expect(chat).toMatchObject({ pilotNbr: '4003', deviceNo: 2, queueSize: 0, loggedOnAgents: 0, skillDescrip: 'Chat' });
  });

  it('describes a timeout overflow policy as a transfer to its device', async () => {
    await provisionTenant(app.services, secondTenant);
    const foreign = await GatewayAgent.signIn(app, 20001);
    const [sales, overflow] = (await acd(foreign, { skills: [1, 2] })).result;
    expect(sales).toMatchObject({ pilotNbr: '5001', transferFlg: 2, transferDeviceType: 1, transferDeviceNo: 2, maxQueueSize: 50, skillDescrip: 'Sales' });
    expect(overflow).toMatchObject({ pilotNbr: '', transferFlg: 0, transferDeviceType: 255, transferDeviceNo: 65535 });
  });

  it('refuses an empty, oversized or malformed list with 000-002', async () => {
    for (const body of [{ skills: [] }, { skills: Array.from({ length: 101 }, (_, i) => i + 1) }, { skills: ['a'] }, {}, { skills: [-1] }]) {
      expect((await acd(agent, body)).retcode, JSON.stringify(body).slice(0, 40)).toBe('000-002');
    }
    expect((await acd(agent, { skills: Array.from({ length: 100 }, (_, i) => i + 1) })).result).toHaveLength(2);
  });
});

describe('5.2.7 agentvdsnskill and 5.2.10 ivrinfo', () => {
  it('list the skills and IVR flows of the agent VDN', async () => {
    expect(await get(agent, 'agentvdsnskill')).toEqual({
      message: '',
      retcode: '0',
      result: [
        { name: 'Voice', id: 1, mediatype: 5, serviceType: 0, realFlag: 1 },
        { name: 'Chat', id: 2, mediatype: 53, serviceType: 0, realFlag: 1 },
      ],
    });
    // The spelling clients use (after querySkillQueueOnAgentVDN) answers the same.
    expect(await get(agent, 'agentvdnskill')).toEqual(await get(agent, 'agentvdsnskill'));
    const { body } = await agent.call('GET', 'queuedevice/{id}/ivrinfo');
    expect(body).toEqual({
      message: 'success',
      retcode: '0',
      result: [
        { access: '8001', id: 1, description: 'Main menu', serviceNo: expect.any(Number) },
        { access: '8002', id: 2, description: 'Satisfaction survey', serviceNo: expect.any(Number) },
      ],
    });
  });

  it('answer 600-005 and 600-004 for a VDN without skills or flows', async () => {
    await provisionTenant(app.services, bareTenant);
    const bare = await GatewayAgent.signIn(app, 30001);
    expect((await get(bare, 'agentvdsnskill')).retcode).toBe('600-005');
    expect((await get(bare, 'ivrinfo')).retcode).toBe('600-004');
    expect((await get(bare, 'waitnum')).result).toBe(0);
  });
});
