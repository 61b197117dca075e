// Goal: the inspector's forced commands (§12.1.5–12.1.9, 12.1.11) move the agent through the
// same states and events as its own interfaces, in every state, and write the journal entries of
// Table 12-702 (29/30/31 for the inspector; busy cause 3, rest reason, sign-out cause 257).
// Method: the demo tenant on a virtual clock; inspector 120 and agent 101 poll their events.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { advance, dial, GatewayAgent } from '../../../../test/support/gateway-client.ts';

let app: TestApp;
let inspector: GatewayAgent;
let agent: GatewayAgent;
beforeEach(async () => {
  app = await createTestApp();
  inspector = await GatewayAgent.signIn(app, 120);
  agent = await GatewayAgent.signIn(app, 101);
  await inspector.events();
  await agent.events();
});
afterEach(async () => {
  await app.close();
});

const ok = { message: '', retcode: '0', result: {} };
const force = (path: string, body?: unknown) => inspector.call('POST', `qualitycontrol/{id}/${path}`, body);
const journal = async (workNo: number) => (await app.services.repos.ctiRecords.operationsOfAgent(1, String(workNo), 0, Number.MAX_SAFE_INTEGER)).map((o) => [o.opType, o.opObject, o.opCause]);
const state = async () => (await agent.call('GET', 'onlineagent/{id}/agentstatus')).body.result.agentState;

describe('forced work states', () => {
  it('forces busy from idle and from rest, and leaves busy as it is', async () => {
    expect((await force('forcebusy/101')).body).toEqual(ok);
    expect(await agent.events()).toEqual([['AgentState_SetNotReady_Success', { reason: '0' }]]);
    expect(await state()).toBe(3);
    expect((await force('forcebusy/101')).body).toEqual(ok);
    expect(await agent.events()).toEqual([]);
    expect((await force('forcerest/101/600/3')).body).toEqual(ok);
    expect(await agent.events()).toEqual([['AgentState_SetRest_Success', { reason: '3' }]]);
    expect((await force('forcebusy/101')).body).toEqual(ok);
    expect(await agent.eventTypes()).toEqual(['AgentState_CancelRest_Success', 'AgentState_SetNotReady_Success']);
    expect(await inspector.events()).toEqual([]);
    await advance(app, 1_000);
    expect((await force('forceidle/101')).body).toEqual(ok);
    expect(await agent.eventTypes()).toEqual(['AgentState_CancelNotReady_Success']);
    expect(await journal(101)).toEqual([
      [1, '-1', -1],
      [2, '-1', -1],
      [3, '-1', 3],
      // Rest to busy directly (the rest is cancelled in the same step); the idle after it is open.
      [26, '101', 3],
      [3, '-1', 3],
    ]);
    expect(await journal(120)).toEqual([
      [1, '-1', -1],
      [31, '101', -1],
      [31, '101', -1],
      [31, '101', -1],
      [30, '101', -1],
    ]);
  });

  it('forces rest for the time given, then reminds the agent when it is up', async () => {
    expect((await force('forcerest/101/5/7')).body).toEqual(ok);
    expect(await agent.events()).toEqual([['AgentState_SetRest_Success', { reason: '7' }]]);
    expect(await state()).toBe(8);
    await advance(app, 5_000);
    expect(await agent.eventTypes()).toEqual(['AgentState_Rest_Timeout']);
    expect((await force('forcerest/101/60/8')).body).toEqual(ok);
    expect(await agent.events()).toEqual([['AgentState_SetRest_Success', { reason: '8' }]]);
    expect((await force('forceidle/101')).body).toEqual(ok);
    expect(await agent.eventTypes()).toEqual(['AgentState_CancelRest_Success']);
    expect(await state()).toBe(4);
  });

  it('forces idle from wrap-up', async () => {
    expect((await agent.call('POST', 'onlineagent/{id}/work')).body.retcode).toBe('0');
    await agent.events();
    expect((await force('forceidle/101')).body).toEqual(ok);
    expect(await agent.eventTypes()).toEqual(['AgentState_CancelWork_Success']);
  });

  it('during a call, busy waits for its end, and idle drops the wait', async () => {
    const callId = await dial(app, '4001');
    await advance(app, 2_000);
    await agent.events();
    expect((await force('forcebusy/101')).body).toEqual(ok);
    expect(await agent.events()).toEqual([]);
    expect((await agent.call('POST', 'onlineagent/{id}/syncagentinfo')).body.result.agentStateInfo.preBusy).toBe(true);
    expect((await force('forceidle/101')).body).toEqual(ok);
    expect((await agent.call('POST', 'onlineagent/{id}/syncagentinfo')).body.result.agentStateInfo.preBusy).toBe(false);
    expect((await force('forcebusy/101')).body).toEqual(ok);
    await app.request({ method: 'POST', url: `/sim/v1/calls/${callId}/hangup` });
    expect((await agent.events()).at(-1)).toEqual(['AgentState_SetNotReady_Success', { reason: '0' }]);
    expect((await journal(101)).at(-1)).toEqual([4, '-1', 0]);
  });
});

describe('forced sign-out and call release', () => {
  it('signs the agent out, ending its call; its GUID no longer works', async () => {
    const callId = await dial(app, '4001');
    await advance(app, 2_000);
    await agent.events();
    expect((await force('forcelogout/101')).body).toEqual(ok);
    expect((await agent.eventTypes()).at(-1)).toBe('AgentOther_ShutdownService');
    expect((await agent.call('GET', 'onlineagent/{id}/agentstatus')).body.retcode).toBe('100-006');
    expect((await app.request({ method: 'GET', url: `/sim/v1/calls/${callId}` })).body.state).toBe('ended');
    expect((await journal(101)).at(-1)).toEqual([0, '-1', 257]);
    expect((await journal(120)).at(-1)).toEqual([29, '101', -1]);
  });

  it('releases a call in conversation for every party, and one still queued', async () => {
    const callId = await dial(app, '4001');
    await advance(app, 2_000);
    await agent.events();
    expect((await force(`forcedropcall/${callId}`)).body).toEqual(ok);
    expect(await agent.eventTypes()).toEqual(['AgentEvent_Customer_Release', 'AgentMediaEvent_StopRecordDone', 'AgentEvent_Call_Release', 'AgentOther_PhoneRelease', 'AgentState_Ready']);
    const rows = await app.services.repos.ctiRecords.cdrsOfCall(1, callId);
    expect(rows.map((r) => [r.deviceType, r.leaveReason, r.callIdNum, r.releaseCause])).toEqual([
      [1, 0, 1, null],
      [2, 16, -1, 531],
    ]);
    expect((await force('forcebusy/101')).body).toEqual(ok);
    const queued = await dial(app, '4001');
    expect((await app.request({ method: 'GET', url: `/sim/v1/calls/${queued}` })).body.state).toBe('queued');
    expect((await force(`forcedropcall/${queued}`)).body).toEqual(ok);
    expect((await app.request({ method: 'GET', url: `/sim/v1/calls/${queued}` })).body).toMatchObject({ state: 'ended', releaseCause: 531 });
    expect((await force(`forcedropcall/${queued}`)).body.retcode).toBe('900-003');
  });
});

describe('adjustskill', () => {
  it('sets the skill queues the agent serves, from the reference example shape', async () => {
    expect((await force('adjustskill', { workNo: '101', skills: [] })).body).toEqual(ok);
    expect((await app.services.cti.registry.get(1)).agents.get(101)!.signedInSkills).toEqual(new Set());
    expect((await force('adjustskill', { workNo: 101, skills: ['1'] })).body).toEqual(ok);
    expect((await app.services.cti.registry.get(1)).agents.get(101)!.signedInSkills).toEqual(new Set([1]));
  });

  it('refuses what the reference calls a parameter error with 100-001', async () => {
    for (const body of [{ skills: [1] }, { workNo: '49999x', skills: [1] }, { workNo: '101' }, { workNo: '101', skills: 'x' }, { workNo: '101', skills: [2] }, { workNo: '101', skills: Array.from({ length: 1001 }, () => 1) }, 'x']) {
      const res = await force('adjustskill', body);
      expect(res.body.retcode, JSON.stringify(body)).toBe('100-001');
    }
  });
});
