// Goal: every refusal of §12.1 carries its documented gateway code (Table 6-449; per-interface
// lists of §12.1, note 07 §6.1) in the documented precedence, and an inspector reaches nothing of
// another tenant (decision 1203). Method: the demo tenant plus a second tenant with two inspectors.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { advance, dial, GatewayAgent } from '../../../../test/support/gateway-client.ts';
import { provisionTenant } from '../../../tenancy/index.ts';

let app: TestApp;
let inspector: GatewayAgent;
let agent: GatewayAgent;
beforeEach(async () => {
  app = await createTestApp();
  inspector = await GatewayAgent.signIn(app, 120);
  agent = await GatewayAgent.signIn(app, 101);
});
afterEach(async () => {
  await app.close();
});

/** Work numbers 20001–20099: two inspectors and an agent. */
const secondTenant = {
  vdnId: 2,
  name: 'second',
  workNoRange: [20001, 20099] as [number, number],
  appCredentials: [{ appKey: 'second-ak', appSecret: 'second-sk' }],
  adminPassword: 'Second@123',
  skills: [{ skillId: 1, name: 'Sales', mediaTypeId: 5 }],
  agents: [
    { workNo: 20001, userAccount: 'agent20001', userName: 'Ann', password: 'Demo@123', sipAccount: '7020001', ccRoleId: 3 },
    { workNo: 20002, userAccount: 'agent20002', userName: 'Bob', password: 'Demo@123', sipAccount: '7020002', ccRoleId: 3 },
    { workNo: 20003, userAccount: 'agent20003', userName: 'Cid', password: 'Demo@123', sipAccount: '7020003', skills: [{ skillId: 1 }] },
  ],
  accessCodes: [{ accessCode: '5001' }],
  calledRoutes: [{ accessCode: '5001', deviceType: 1, deviceId: 1 }],
};

const code = async (who: GatewayAgent, method: 'PUT' | 'POST' | 'DELETE', path: string, body?: unknown) => (await who.call(method, `qualitycontrol/{id}/${path}`, body)).body.retcode as string;

/** Every interface aimed at agent `target`, with the code expected from each when it is refused. */
function everyInterface(target: string): Array<[method: 'PUT' | 'POST' | 'DELETE', path: string, body?: unknown]> {
  return [
    ['PUT', `addinsert/${target}`],
    ['PUT', `addsupervise/${target}`],
    ['PUT', `intercept/${target}`],
    ['DELETE', target],
    ['POST', `forcebusy/${target}`],
    ['POST', `forceidle/${target}`],
    ['POST', `forcelogout/${target}`],
    ['POST', 'adjustskill', { workNo: target, skills: [1] }],
    ['POST', `switch/${target}`],
    ['POST', `forcerest/${target}/60/1`],
    ['POST', `requestwhisperagent?whisperagentid=${target}`],
    ['POST', `requeststopwhisperagent?whisperagentid=${target}`],
    ['POST', `requestswitchinsertwhisperagent?whisperagentid=${target}&switchtype=0`],
  ];
}
const whisperFamily = (path: string) => path.startsWith('request');

describe('who may inspect', () => {
  it('100-006 for an inspector not signed in, 000-003 for a wrong GUID', async () => {
    const stranger = new GatewayAgent(app, 105);
    expect(await code(stranger, 'PUT', 'addsupervise/101')).toBe('100-006');
    const forged = new GatewayAgent(app, 120);
    forged.guid = 'not-the-guid.AgentGateway1';
    expect(await code(forged, 'PUT', 'addsupervise/101')).toBe('000-003');
  });

  it('900-002 for an agent that is not an inspector, on every interface', async () => {
    await GatewayAgent.signIn(app, 102);
    for (const [method, path, body] of [...everyInterface('102'), ['POST', 'forcedropcall/1-1'] as const]) expect(await code(agent, method, path, body), path).toBe('900-002');
  });

  it('000-005 for inspecting oneself, 900-010 for inspecting an inspector', async () => {
    expect(await code(inspector, 'PUT', 'addsupervise/120')).toBe('000-005');
    expect(await code(inspector, 'POST', 'forcebusy/120')).toBe('000-005');
    await provisionTenant(app.services, secondTenant);
    const ann = await GatewayAgent.signIn(app, 20001);
    await GatewayAgent.signIn(app, 20002);
    expect(await code(ann, 'PUT', 'addsupervise/20002')).toBe('900-010');
    expect(await code(ann, 'POST', 'forcelogout/20002')).toBe('900-010');
  });

  it('keeps tenants apart: another tenant reads as unknown, its calls are not found', async () => {
    await provisionTenant(app.services, secondTenant);
    const ann = await GatewayAgent.signIn(app, 20001);
    const callId = await dial(app, '4001');
    await advance(app, 2_000);
    for (const [method, path, body] of everyInterface('101')) expect(await code(ann, method, path, body), path).toBe(whisperFamily(path) ? '900-004' : '900-002');
    expect(await code(ann, 'POST', `forcedropcall/${callId}`)).toBe('900-003');
    expect((await app.request({ method: 'GET', url: `/sim/v1/calls/${callId}` })).body.state).toBe('talking');
    // A work number nobody has in the inspector's tenant reads the same.
    expect(await code(inspector, 'PUT', 'addsupervise/5000')).toBe('900-002');
    expect(await code(inspector, 'POST', 'requestwhisperagent?whisperagentid=5000')).toBe('900-004');
  });
});

describe('what the state allows', () => {
  it('900-003 (900-004 for whisper) for an agent not signed in', async () => {
    for (const [method, path, body] of everyInterface('102')) expect(await code(inspector, method, path, body), path).toBe(whisperFamily(path) ? '900-004' : '900-003');
  });

  it('900-003 without a session on the agent, and 900-004 when the whisper names nobody', async () => {
    for (const path of ['intercept/101', '101', 'switch/101']) expect(await code(inspector, path === '101' ? 'DELETE' : path.startsWith('intercept') ? 'PUT' : 'POST', path)).toBe('900-003');
    expect(await code(inspector, 'POST', 'requeststopwhisperagent?whisperagentid=101')).toBe('900-003');
    expect(await code(inspector, 'POST', 'requestwhisperagent')).toBe('900-004');
    expect(await code(inspector, 'POST', 'requeststopwhisperagent')).toBe('900-004');
    expect(await code(inspector, 'POST', 'requestswitchinsertwhisperagent?switchtype=1')).toBe('900-004');
  });

  it('900-005 (900-003 for whisper) when the inspector is not idle or the agent is inspected', async () => {
    expect((await inspector.call('POST', 'onlineagent/{id}/saybusy')).body.retcode).toBe('0');
    expect(await code(inspector, 'PUT', 'addsupervise/101')).toBe('900-005');
    expect(await code(inspector, 'PUT', 'addinsert/101')).toBe('900-005');
    expect(await code(inspector, 'POST', 'requestwhisperagent?whisperagentid=101')).toBe('900-003');
    expect((await inspector.call('POST', 'onlineagent/{id}/cancelbusy')).body.retcode).toBe('0');
    expect(await code(inspector, 'PUT', 'addsupervise/101')).toBe('0');
    expect(await code(inspector, 'PUT', 'addinsert/101')).toBe('900-005');
  });

  it('900-003 for an intercept without a customer and for a switch from whisper', async () => {
    expect(await code(inspector, 'POST', 'requestwhisperagent?whisperagentid=101')).toBe('0');
    await advance(app, 2_000);
    expect(await code(inspector, 'PUT', 'intercept/101')).toBe('900-003');
    expect(await code(inspector, 'POST', 'switch/101')).toBe('900-003');
    expect(await code(inspector, 'POST', 'requestswitchinsertwhisperagent?whisperagentid=101&switchtype=2')).toBe('0');
  });
});

describe('syntax', () => {
  it('000-002 for malformed work numbers, rest times and reasons, and switch types', async () => {
    for (const [method, path] of [
      ['PUT', 'addsupervise/abc'],
      ['PUT', 'addinsert/99'],
      ['POST', 'forcebusy/60000'],
      ['POST', 'forcerest/101/0/1'],
      ['POST', 'forcerest/101/86400/1'],
      ['POST', 'forcerest/101/60/0'],
      ['POST', 'forcerest/101/60/256'],
      ['POST', 'forcerest/101/x/1'],
      ['POST', 'requestwhisperagent?whisperagentid=abc'],
      ['POST', 'requestswitchinsertwhisperagent?whisperagentid=101'],
      ['POST', 'requestswitchinsertwhisperagent?whisperagentid=101&switchtype=3'],
    ] as const) {
      const res = await inspector.call(method, `qualitycontrol/{id}/${path}`);
      expect(res.status, path).toBe(200);
      expect(res.body.retcode, path).toBe('000-002');
    }
  });
});
