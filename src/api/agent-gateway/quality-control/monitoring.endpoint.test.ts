// Goal: issue 10's "done when" for real-time inspection over HTTP: inspector 120 listens to agent
// 101 on a call from the simulated network, switches to whisper, barges in, then intercepts; the
// events, states and party lists match the reference at each step (note 07 §5.A.4), and the CDR
// rows, recordings and journal entries are as documented (Table 12-702, Table 13-131).
// Method: the demo tenant on a virtual clock; both desktops poll; the simulator shows the parties.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { advance, dial, GatewayAgent } from '../../../../test/support/gateway-client.ts';

let app: TestApp;
beforeEach(async () => {
  app = await createTestApp();
});
afterEach(async () => {
  await app.close();
});

const ok = { message: '', retcode: '0', result: {} };

async function sync(agent: GatewayAgent) {
  const res = await agent.call('POST', 'onlineagent/{id}/syncagentinfo');
  expect(res.body.retcode).toBe('0');
  return res.body.result.agentStateInfo;
}

async function parties(callId: string) {
  const { agents, monitors } = (await app.request({ method: 'GET', url: `/sim/v1/calls/${callId}` })).body;
  return { agents, monitors };
}

describe('real-time inspection of a call', () => {
  it('listens, whispers, barges, intercepts, and records the inspector taking the customer', async () => {
    const inspector = await GatewayAgent.signIn(app, 120);
    const agent = await GatewayAgent.signIn(app, 101);
    await inspector.events();
    await agent.events();
    const callId = await dial(app, '4001');
    await advance(app, 2_000);
    expect(await agent.eventTypes()).toContain('AgentEvent_Talking');
    await advance(app, 8_000);

    // Listen (12.1.2): the inspector's phone rings, answers, and it is occupied; 101 hears nothing.
    expect((await inspector.call('PUT', 'qualitycontrol/{id}/addsupervise/101')).body).toEqual(ok);
    await advance(app, 2_000);
    expect(await inspector.events()).toEqual([
      ['AgentOther_PhoneAlerting', null],
      ['AgentOther_PhoneOffhook', { type: 'main' }],
      ['AgentState_Busy', null],
    ]);
    expect(await agent.events()).toEqual([]);
    expect(await sync(inspector)).toMatchObject({ state: 16, curCommand: 21, partner: '101', curCallId: callId, qcWorkNo: '' });
    expect(await sync(agent)).toMatchObject({ state: 9, qcWorkNo: '120', curCallId: callId });
    expect(await parties(callId)).toEqual({ agents: [{ workNo: 101, state: 'talking' }], monitors: [{ workNo: 120, agent: 101, mode: 'listen' }] });
    expect((await inspector.call('GET', 'onlineagent/{id}/agentstatus')).body.result).toEqual({ agentState: 7, isWorking: true });

    // Whisper (12.1.14 switchtype 2), then barge (switchtype 1): no events, new states.
    expect((await inspector.call('POST', 'qualitycontrol/{id}/requestswitchinsertwhisperagent?whisperagentid=101&switchtype=2')).body).toEqual(ok);
    expect(await sync(inspector)).toMatchObject({ state: 17, curCommand: 22 });
    expect((await parties(callId)).monitors).toEqual([{ workNo: 120, agent: 101, mode: 'whisper' }]);
    expect((await inspector.call('POST', 'qualitycontrol/{id}/requestswitchinsertwhisperagent?whisperagentid=101&switchtype=1')).body).toEqual(ok);
    expect(await sync(inspector)).toMatchObject({ state: 15, curCommand: 22 });
    expect((await parties(callId)).monitors).toEqual([{ workNo: 120, agent: 101, mode: 'insert' }]);
    expect(await inspector.events()).toEqual([]);
    expect(await agent.events()).toEqual([]);

    // Intercept (12.1.3): 101 leaves and goes idle; the customer talks to 120, recorded.
    await advance(app, 10_000);
    expect((await inspector.call('PUT', 'qualitycontrol/{id}/intercept/101')).body).toEqual(ok);
    expect(await agent.eventTypes()).toEqual(['AgentMediaEvent_StopRecordDone', 'AgentEvent_Call_Release', 'AgentOther_PhoneRelease', 'AgentState_Ready']);
    const taken = await inspector.events();
    expect(taken).toEqual([
      ['AgentEvent_Talking', { caller: '13800000001', callid: callId, called: '4001', feature: '0', type: 'main', mediaAbility: '1' }],
      ['AgentMediaEvent_Record', expect.objectContaining({ callId, caller: '13800000001', called: '4001', fileMediaType: '1' })],
    ]);
    expect(await parties(callId)).toEqual({ agents: [{ workNo: 120, state: 'talking' }], monitors: [] });
    expect(await sync(inspector)).toMatchObject({ state: 9, curCommand: 23, curCallId: callId, callerNo: '13800000001' });
    expect(await sync(agent)).toMatchObject({ state: 1, qcWorkNo: '', curCallId: '' });

    await advance(app, 15_000);
    expect((await app.request({ method: 'POST', url: `/sim/v1/calls/${callId}/hangup` })).status).toBe(200);
    expect(await inspector.eventTypes()).toEqual(['AgentEvent_Customer_Release', 'AgentMediaEvent_StopRecordDone', 'AgentEvent_Call_Release', 'AgentOther_PhoneRelease', 'AgentState_Ready']);

    const rows = await app.services.repos.ctiRecords.cdrsOfCall(1, callId);
    expect(rows.map((r) => [r.deviceType, r.deviceNo, r.leaveReason, r.callIdNum, r.releaseCause, r.status])).toEqual([
      [1, 1, 0, 1, null, 'closed'],
      [2, 101, 12, 2, null, 'closed'],
      [2, 120, 88, -1, 531, 'closed'],
    ]);
    expect(rows[1]!.callEndMs! - rows[1]!.callBeginMs!).toBe(22_000);
    expect(rows[2]!.callEndMs! - rows[2]!.callBeginMs!).toBe(15_000);
    const recordings = await app.services.repos.ctiRecords.recordingsOfCall(1, callId);
    expect(recordings.map((r) => [r.agentId, r.endMs! - r.beginMs])).toEqual([
      ['101', 22_000],
      ['120', 15_000],
    ]);
    expect(recordings[1]!.recordId).toBe((taken[1]![1] as { recordID: string }).recordID);

    const journal = await app.services.repos.ctiRecords.operationsOfAgent(1, '120', 0, Number.MAX_SAFE_INTEGER);
    expect(journal.map((o) => [o.opType, o.opObject, o.opCause])).toEqual([
      [1, '-1', -1],
      [2, '-1', -1],
      [20, '101', 0],
      [43, '101', -1],
      [4, '-1', 0],
    ]);
  });

  it('cancels listening: the inspector hears its phone released and is idle again', async () => {
    const inspector = await GatewayAgent.signIn(app, 120);
    const agent = await GatewayAgent.signIn(app, 101);
    await inspector.events();
    const callId = await dial(app, '4001');
    await advance(app, 2_000);
    expect((await inspector.call('PUT', 'qualitycontrol/{id}/addinsert/101')).body).toEqual(ok);
    await advance(app, 2_000);
    expect(await sync(inspector)).toMatchObject({ state: 15, curCommand: 20 });
    expect((await inspector.call('POST', 'qualitycontrol/{id}/switch/101')).body).toEqual(ok);
    expect(await sync(inspector)).toMatchObject({ state: 16, curCommand: 22 });
    expect((await inspector.call('DELETE', 'qualitycontrol/{id}/101')).body).toEqual(ok);
    expect(await inspector.events()).toEqual([
      ['AgentOther_PhoneRelease', { phoneState: 3 }],
      ['AgentState_Ready', null],
    ]);
    expect(await sync(inspector)).toMatchObject({ state: 1, curCommand: 0, partner: '' });
    expect(await parties(callId)).toEqual({ agents: [{ workNo: 101, state: 'talking' }], monitors: [] });
    expect(await agent.eventTypes()).not.toContain('AgentEvent_Customer_Release');
  });

  it('whispers without a call and follows the agent into the call it takes', async () => {
    const inspector = await GatewayAgent.signIn(app, 120);
    await GatewayAgent.signIn(app, 101);
    expect((await inspector.call('POST', 'qualitycontrol/{id}/requestwhisperagent?whisperagentid=101')).body).toEqual(ok);
    await advance(app, 2_000);
    expect(await sync(inspector)).toMatchObject({ state: 17, curCommand: 24, partner: '101', curCallId: '' });
    const callId = await dial(app, '4001');
    await advance(app, 2_000);
    expect((await parties(callId)).monitors).toEqual([{ workNo: 120, agent: 101, mode: 'whisper' }]);
    expect(await sync(inspector)).toMatchObject({ state: 17, curCallId: callId });
    // 12.1.13 without whisperagentid: the agent being monitored (decision 1202).
    expect((await inspector.call('POST', 'qualitycontrol/{id}/requeststopwhisperagent')).body).toEqual(ok);
    expect(await inspector.eventTypes()).toEqual(['AgentOther_PhoneRelease', 'AgentState_Ready']);
    expect((await parties(callId)).monitors).toEqual([]);
  });

  it('ends the monitoring when the agent signs out, and takes no queued call meanwhile', async () => {
    const inspector = await GatewayAgent.signIn(app, 120);
    const agent = await GatewayAgent.signIn(app, 101);
    expect((await inspector.call('PUT', 'qualitycontrol/{id}/addsupervise/101')).body).toEqual(ok);
    await advance(app, 2_000);
    await inspector.events();
    expect((await agent.call('DELETE', 'onlineagent/{id}/logout')).body.retcode).toBe('0');
    expect(await inspector.eventTypes()).toEqual(['AgentOther_PhoneRelease', 'AgentState_Ready']);
    expect(await sync(inspector)).toMatchObject({ state: 1, partner: '' });
  });
});
