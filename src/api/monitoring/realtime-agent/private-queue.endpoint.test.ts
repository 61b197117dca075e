// Goal: private queues (decision 0851) as the ACD runs them and CC-CMS shows them: a call
// blind-transferred to an agent who is talking waits in that agent's private queue (12.3.1.3.5,
// currentPrivateCallNum of 12.3.1.3.2, callStatus 3 of 12.3.1.3.4, the agent's device in 12.3.1.4.2),
// is taken by the agent before the skill queue's calls when it is free, and moves to its skill queue
// when it has waited the skill's maximum wait.
// Method: the demo tenant on the virtual clock; 101 and 102 take calls from /sim/v1, 101 transfers.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { advance, dial, GatewayAgent } from '../../../../test/support/gateway-client.ts';
import { cms } from '../realtime.test-support.ts';

let app: TestApp;
let first: GatewayAgent;
let second: GatewayAgent;
let toTransfer = '';
let secondsCall = '';

beforeEach(async () => {
  app = await createTestApp();
  first = await GatewayAgent.signIn(app, 101);
  second = await GatewayAgent.signIn(app, 102);
  toTransfer = await dial(app, '4001', { caller: '13800000001', talkSeconds: 3600, patienceSeconds: 7200 });
  await advance(app, 1_000);
  secondsCall = await dial(app, '4001', { caller: '13800000002', talkSeconds: 3600 });
  await advance(app, 3_000);
  expect((await app.request({ method: 'GET', url: `/sim/v1/calls/${toTransfer}` })).body.agents).toEqual([{ workNo: 101, state: 'talking' }]);
  expect((await app.request({ method: 'GET', url: `/sim/v1/calls/${secondsCall}` })).body.agents).toEqual([{ workNo: 102, state: 'talking' }]);
  await first.events();
  await second.events();
  expect((await first.call('POST', 'voicecall/{id}/transfer', { devicetype: 2, address: '102', mode: 0 })).body.retcode).toBe('0');
  expect((await first.call('POST', 'onlineagent/{id}/saybusy')).body.retcode).toBe('0');
});
afterEach(async () => {
  await app.close();
});

/** Advances the clock while both desktops keep their sessions alive (an agent that goes quiet is signed out). */
async function live(ms: number) {
  for (let left = ms; left > 0; left -= 20_000) {
    await advance(app, Math.min(20_000, left));
    for (const agent of [first, second]) expect((await agent.call('POST', 'onlineagent/{id}/handshake')).body.retcode).toBe('0');
  }
}

const privateCalls = async (agentId: number) => (await cms(app, '/rest/cmsapp/v1/openapi/agent/agentprivatecall', { ccId: 1, vdn: 1, agentId })).resultDesc;

describe('private queues (decision 0851)', () => {
  it('holds a call transferred to a talking agent in its private queue, and reports it', async () => {
    expect((await first.events()).map(([type]) => type)).toContain('AgentEvent_Call_Release');
    expect(await privateCalls(102)).toEqual([toTransfer]);
    expect(await privateCalls(101)).toEqual([]);
    const infos = await cms(app, '/rest/cmsapp/v1/openapi/agentgroup/agentstatusinfobyagentids', { ccId: 1, vdn: 1, agentIds: [101, 102] });
    expect(infos.resultDesc.map((r: { agentId: number; currentPrivateCallNum: number }) => [r.agentId, r.currentPrivateCallNum])).toEqual([
      [101, 0],
      [102, 1],
    ]);
    const calls = await cms(app, '/rest/cmsapp/v1/openapi/agentgroup/queryagentcalls', { ccId: 1, vdn: 1, agentIds: [102] });
    expect(calls.resultDesc[0].callList).toEqual([
      { callId: secondsCall, callStatus: 5, callInOut: 0, mediaType: 5 },
      { callId: toTransfer, callStatus: 3, callInOut: 0, mediaType: 5 },
    ]);
    const detail = await cms(app, '/rest/cmsapp/v1/openapi/calldata/querydetailcallinfo', { ccId: 1, vdn: 1, callId: toTransfer });
    expect(detail.resultDesc).toMatchObject({ deviceType: 2, deviceNo: 102, callingNum: '13800000001', callSkill: 'Voice' });
    expect((await app.request({ method: 'GET', url: `/sim/v1/calls/${toTransfer}` })).body.state).toBe('queued');
  });

  it('gives the agent its private call before the calls of its skill queue when it is free', async () => {
    const queued = await dial(app, '4001', { caller: '13800000003', talkSeconds: 3600 });
    await advance(app, 2_000);
    expect((await app.request({ method: 'POST', url: `/sim/v1/calls/${secondsCall}/hangup` })).status).toBe(200);
    await advance(app, 30_000);
    const events = await second.eventTypes();
    expect(events).toContain('AgentEvent_Talking');
    expect((await app.request({ method: 'GET', url: `/sim/v1/calls/${toTransfer}` })).body.agents).toEqual([{ workNo: 102, state: 'talking' }]);
    expect((await app.request({ method: 'GET', url: `/sim/v1/calls/${queued}` })).body.state).toBe('queued');
    expect(await privateCalls(102)).toEqual([]);
    // Its wait in the private queue is a queue segment of the call's skill, closed as distributed.
    const legs = await app.services.repos.ctiRecords.cdrsOfCall(1, toTransfer);
    expect(legs.map((l) => [l.deviceType, l.deviceNo, l.leaveReason])).toEqual(expect.arrayContaining([[1, 1, 0]]));
  });

  it('moves the call to its skill queue once it has waited the skill maximum (600 s)', async () => {
    await live(599_000);
    expect(await privateCalls(102)).toEqual([toTransfer]);
    await live(2_000);
    expect(await privateCalls(102)).toEqual([]);
    const state = (await app.request({ method: 'GET', url: `/sim/v1/calls/${toTransfer}` })).body;
    expect(state.state).toBe('queued');
    const skill = await cms(app, '/rest/cmsapp/v1/openapi/agentgroup/queryagentcalls', { ccId: 1, vdn: 1, agentIds: [102] });
    expect(skill.resultDesc[0].callList.map((c: { callId: string }) => c.callId)).toEqual([secondsCall]);
  });

  it('sends the private calls of an agent who signs out to their skill queue, where a free agent takes them', async () => {
    const inspector = await GatewayAgent.signIn(app, 120);
    expect((await first.call('POST', 'onlineagent/{id}/sayfree')).body.retcode).toBe('0');
    await advance(app, 1_000);
    // 101 is free, yet the private call waits for 102 only.
    expect((await app.request({ method: 'GET', url: `/sim/v1/calls/${toTransfer}` })).body.state).toBe('queued');
    expect((await inspector.call('POST', 'qualitycontrol/{id}/forcelogout/102')).body.retcode).toBe('0');
    await advance(app, 3_000);
    expect((await app.request({ method: 'GET', url: `/sim/v1/calls/${toTransfer}` })).body.agents).toEqual([{ workNo: 101, state: 'talking' }]);
    const legs = await app.services.repos.ctiRecords.cdrsOfCall(1, toTransfer);
    // The private wait closed "no agent" (Table 12-700 reason 3), then the skill queue distributed it.
    expect(legs.filter((l) => l.deviceType === 1).map((l) => l.leaveReason)).toEqual([0, 3, 0]);
  });
});
