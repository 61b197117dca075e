// Goal: the mobile-agent interfaces (6.1.2.26–28) sign an agent in on a bound number with no
// desktop, so that inbound calls ring that number and are answered when the simulated network
// answers it, leaving CDR rows; and they answer in the API-Fabric envelope with C1 tokens. Method:
// the demo tenant (and a second tenant) on a virtual clock; the agent's events are observed
// through the CTI event taps, since a mobile agent has no event queue.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CecEvent } from '../../../domain/events/index.ts';
import { bearerToken, c1, createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { advance, dial, GatewayAgent } from '../../../../test/support/gateway-client.ts';
import { addTenant } from '../../config-skills/tenant-fixture.test-support.ts';

let app: TestApp;
let call: ReturnType<typeof c1>;
const seen: CecEvent[] = [];
beforeEach(async () => {
  app = await createTestApp();
  call = c1(app, await bearerToken(app));
  seen.length = 0;
  app.services.cti.eventTaps.add((event) => seen.push(event));
});
afterEach(async () => {
  await app.close();
});

const base = '/apiaccess/rest/cc-management/v1/offline/agent';
const mobile = '13912345678';
const login = (body: unknown) => call(`${base}/login`, body);
const isOffline = async (workNo: number) => (await call(`${base}/isOfflineAgent`, { workNo })).body;
const eventsOf = (workNo: number) => seen.filter((e) => e.workNo === String(workNo)).map((e) => e.eventType);
const callState = async (callId: string) => (await app.request({ method: 'GET', url: `/sim/v1/calls/${callId}` })).body.state;

describe('6.1.2.26 offline/agent/login', () => {
  it("answers the example's form and signs the agent in idle on the bound number", async () => {
    const res = await login({ phone: mobile, workNo: 107 });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({
      restTime: '',
      agentType: '99',
      forceLogin: true,
      isAutoAnswer: 'true',
      description: 'success',
      videoMode: 0,
      workNo: 107,
      skills: [{ skillId: 1, mediaTypeId: '5' }],
      returnCode: '0',
      isMultiChannelSupport: false,
    });
    expect(await isOffline(107)).toEqual({ returnCode: '0', description: 'success', data: true });
    expect(eventsOf(107)).toEqual(['AgentOther_InService', 'AgentState_Ready']);
    const engine = await app.services.cti.registry.get(1);
    expect(engine.agents.get(107)?.options).toMatchObject({ phonenum: mobile, eventMode: 'internal', autoAnswer: true, mobile: true });
  });

  it('answers inbound calls on the mobile as the network answers the number, and leaves CDR rows', async () => {
    expect((await login({ phone: mobile, workNo: '107' })).body.returnCode).toBe('0');
    const callId = await dial(app, '4001');
    expect(eventsOf(107).slice(2)).toEqual(['AgentEvent_Auto_Answer', 'AgentOther_PhoneAlerting']);
    // The simulated network answers a dialled number after 2 s; so does the bound mobile.
    await advance(app, 1_999);
    expect(await callState(callId)).toBe('alerting');
    await advance(app, 1);
    expect(await callState(callId)).toBe('talking');
    expect(eventsOf(107).slice(4)).toEqual(['AgentOther_PhoneOffhook', 'AgentEvent_Talking', 'AgentEvent_Incoming_CallInfo', 'AgentMediaEvent_Record']);
    await advance(app, 30_000);
    await app.request({ method: 'POST', url: `/sim/v1/calls/${callId}/hangup` });
    expect(eventsOf(107).at(-1)).toBe('AgentState_Ready');
    const rows = await app.services.repos.ctiRecords.cdrsOfCall(1, callId);
    const agentRow = rows.find((r) => r.deviceType === 2);
    expect(agentRow).toMatchObject({ deviceNo: 107, status: 'closed' });
    expect(agentRow!.callEndMs! - agentRow!.callBeginMs!).toBe(30_000);
    // Idle again: the next call is answered the same way.
    const next = await dial(app, '4001');
    await advance(app, 2_000);
    expect(await callState(next)).toBe('talking');
  });

  it('takes over a desktop session, but not during a call', async () => {
    const desktop = await GatewayAgent.signIn(app, 107);
    await desktop.events();
    expect((await login({ phone: mobile, workNo: 107 })).body.returnCode).toBe('0');
    expect((await desktop.call('GET', 'onlineagent/{id}/agentstatus')).body.retcode).toBe('000-003');
    await call(`${base}/logout`, { workNo: 107 });
    const busy = await GatewayAgent.signIn(app, 107);
    const callId = await dial(app, '4001');
    const refused = await login({ phone: mobile, workNo: 107 });
    expect(refused.body).toEqual({ returnCode: '1', description: 'The agent is in a call.' });
    expect(await callState(callId)).toBe('talking');
    expect((await busy.call('GET', 'onlineagent/{id}/agentstatus')).body.retcode).toBe('0');
  });

  it('refuses numbers the network cannot reach, numbers in use and unknown agents (returnCode "1")', async () => {
    // The reference's own example number ends in 0000: the simulated network's "never answers".
    expect((await login({ phone: '13800000000', workNo: 107 })).body).toEqual({
      returnCode: '1',
      description: 'The number 13800000000 cannot be reached: The called party does not answer.',
    });
    expect((await login({ phone: '13900000002', workNo: 107 })).body.returnCode).toBe('1');
    await GatewayAgent.signIn(app, 101);
    expect((await login({ phone: '70101', workNo: 107 })).body.description).toBe('The number 70101 is in use by agent 101.');
    expect((await login({ phone: mobile, workNo: 999 })).body.description).toBe('Agent 999 does not exist.');
    for (const body of [{ workNo: 107 }, { phone: mobile }, { phone: 'abc', workNo: 107 }, { phone: mobile, workNo: 12 }]) {
      expect((await login(body)).body.returnCode, JSON.stringify(body)).toBe('1');
    }
    expect((await isOffline(107)).data).toBe(false);
  });

  it("refuses a request without a valid token (401) and another tenant's agents", async () => {
    const unauthorized = await app.request({ method: 'POST', url: `${base}/login`, body: { phone: mobile, workNo: 107 } });
    expect(unauthorized.status).toBe(401);
    expect(unauthorized.body.returnCode).toBe('1');
    const video = await addTenant(app);
    expect((await video(`${base}/login`, { phone: mobile, workNo: 107 })).body.description).toBe('Agent 107 does not exist.');
    expect((await video(`${base}/isOfflineAgent`, { workNo: 107 })).body.returnCode).toBe('1');
  });
});

describe('6.1.2.27 offline/agent/logout and 6.1.2.28 isOfflineAgent', () => {
  it('signs the mobile agent out; then it is no longer one and gets no calls', async () => {
    await login({ phone: mobile, workNo: 107 });
    expect((await call(`${base}/logout`, { workNo: 107 })).body).toEqual({ returnCode: '0', description: 'success' });
    expect(eventsOf(107).at(-1)).toBe('AgentOther_ShutdownService');
    expect(await isOffline(107)).toEqual({ returnCode: '0', description: 'success', data: false });
    expect((await call(`${base}/logout`, { workNo: 107 })).body).toEqual({ returnCode: '1', description: 'Agent 107 does not answer calls on a mobile phone.' });
  });

  it('refuses to sign out during a call, and leaves a desktop session alone', async () => {
    await login({ phone: mobile, workNo: 107 });
    await dial(app, '4001');
    expect((await call(`${base}/logout`, { workNo: 107 })).body.returnCode).toBe('1');
    expect((await isOffline(107)).data).toBe(true);
    const desktop = await GatewayAgent.signIn(app, 108);
    expect((await call(`${base}/logout`, { workNo: 108 })).body.returnCode).toBe('1');
    expect((await isOffline(108)).data).toBe(false);
    expect((await desktop.call('GET', 'onlineagent/{id}/agentstatus')).body.retcode).toBe('0');
  });

  it('reports false once a desktop forcelogin takes the agent back', async () => {
    await login({ phone: mobile, workNo: 107 });
    const desktop = new GatewayAgent(app, 107);
    expect((await desktop.signIn()).body.retcode).toBe('100-002');
    expect((await desktop.signIn({}, '/forcelogin')).body.retcode).toBe('0');
    expect((await isOffline(107)).data).toBe(false);
  });
});
