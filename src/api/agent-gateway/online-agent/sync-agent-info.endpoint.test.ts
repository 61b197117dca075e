// Goal: syncagentinfo (6.1.1.25) answers the snapshot of Tables 6-90/6-91 in the example's form,
// derived from the live state (Table 6-454 codes, call fields), and clears the event queue.
// Method: the demo tenant on a virtual clock; calls dialled through the simulator.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, testEpochMs, type TestApp } from '../../../../test/support/test-app.ts';
import { advance, dial, GatewayAgent } from '../../../../test/support/gateway-client.ts';

let app: TestApp;
beforeEach(async () => {
  app = await createTestApp();
});
afterEach(async () => {
  await app.close();
});

const sync = async (agent: GatewayAgent) => (await agent.call('POST', 'onlineagent/{id}/syncagentinfo')).body;

describe('6.1.1.25 syncagentinfo', () => {
  it("answers an idle agent's snapshot as the example does, and clears the event queue", async () => {
    const agent = await GatewayAgent.signIn(app, 101);
    expect(app.services.cti.hub.size(101)).toBe(2);
    await advance(app, 1_500);
    expect(await sync(agent)).toEqual({
      result: {
        callinfo: null,
        agentStateInfo: {
          callFeature: 0,
          callData: '',
          lastState: 255,
          preBusy: false,
          firsttalkingFlag: false,
          workNo: '101',
          qcWorkNo: '',
          callerNo: '',
          beginHoldTime: null,
          state: 1,
          talkingCallfeature: 0,
          releaseFlag: 0,
          calledNo: '',
          mainCallId: '',
          secondTalkingTime: null,
          preRest: false,
          recordID: '',
          currentTime: String(testEpochMs + 1_500),
          beginTalkingTime: null,
          partner: '',
          holdCallId: '',
          agentStateBeginTime: testEpochMs,
          curCommand: 0,
          curCallId: '',
          cmdBeginTime: '',
        },
      },
      message: 'success',
      retcode: '0',
    });
    expect(app.services.cti.hub.size(101)).toBe(0);
    expect(await agent.events()).toEqual([]);
    // Events after the snapshot are delivered as usual.
    await agent.call('POST', 'onlineagent/{id}/saybusy?reason=201');
    expect(await agent.eventTypes()).toEqual(['AgentState_SetNotReady_Success']);
  });

  it('codes busy and rest with their state (Table 6-454) and command (Table 6-93)', async () => {
    const agent = await GatewayAgent.signIn(app, 101);
    await advance(app, 1_000);
    await agent.call('POST', 'onlineagent/{id}/saybusy?reason=201');
    expect((await sync(agent)).result.agentStateInfo).toMatchObject({ state: 4, curCommand: 30, cmdBeginTime: String(testEpochMs + 1_000), agentStateBeginTime: testEpochMs + 1_000 });
    await agent.call('POST', 'onlineagent/{id}/rest/60/3');
    expect((await sync(agent)).result.agentStateInfo).toMatchObject({ state: 3, curCommand: 31 });
    await agent.call('POST', 'onlineagent/{id}/cancelrest');
    await agent.call('POST', 'onlineagent/{id}/work');
    expect((await sync(agent)).result.agentStateInfo).toMatchObject({ state: 2, curCommand: 0 });
  });

  it('describes a ringing and then a talking call', async () => {
    const agent = await GatewayAgent.signIn(app, 101, { autoanswer: false });
    const callId = await dial(app, '4001', { callData: 'order=42' });
    await advance(app, 1_000);
    const ringing = (await sync(agent)).result;
    expect(ringing.agentStateInfo).toMatchObject({ state: 8, mainCallId: callId, curCallId: callId, callerNo: '13800000001', calledNo: '4001', callData: 'order=42', firsttalkingFlag: false });
    expect(await agent.events()).toEqual([]);
    await agent.call('PUT', `voicecall/{id}/answer?callid=${callId}`);
    const talking = (await sync(agent)).result;
    expect(talking.agentStateInfo).toMatchObject({
      state: 9,
      callFeature: 0,
      talkingCallfeature: 0,
      firsttalkingFlag: true,
      beginTalkingTime: String(testEpochMs + 1_000),
      agentStateBeginTime: testEpochMs + 1_000,
      recordID: expect.stringMatching(/^Yc1v1a101d/),
    });
    expect(JSON.parse(talking.callinfo)).toMatchObject({ callfeature: 0, callid: callId, caller: '13800000001', called: '4001', callskill: 'Voice', callskillid: 1, calldata: 'order=42' });
  });
});
