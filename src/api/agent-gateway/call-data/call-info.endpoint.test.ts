// Goal: callinfo (6.1.3.1), callinbeforeanswer (6.1.3.5) and callinfobycallid (6.1.3.6) report
// the engine's calls in the documented shapes, with the device trace of the agent's visit, and the
// last call on request. Method: the demo tenant on a virtual clock; calls dialled through the
// simulator; flow control off (it has its own tests).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { advance, dial, GatewayAgent } from '../../../../test/support/gateway-client.ts';
import { configureFlowControl } from '../flow-control.ts';

let app: TestApp;
let agent: GatewayAgent;
beforeEach(async () => {
  app = await createTestApp();
  configureFlowControl(app.services, { enabled: false });
  agent = await GatewayAgent.signIn(app, 101, { autoanswer: false });
  await agent.events();
});
afterEach(async () => {
  await app.close();
});

const callInfo = async (query = '') => (await agent.call('GET', `calldata/{id}/callinfo${query}`)).body;

describe('6.1.3.1 callinfo', () => {
  it('answers a null result when the agent has no call, with or without the last call', async () => {
    expect(await callInfo()).toEqual({ message: '', retcode: '0', result: null });
    expect(await callInfo('?isNoContainLastCall=true')).toEqual({ message: '', retcode: '0', result: null });
  });

  it('reports the current call in the example shape with the trace of the agent visit', async () => {
    const dialledAt = app.clock.now();
    const callId = await dial(app, '4001', { callData: 'order=42' });
    await advance(app, 3_000);
    expect((await agent.call('PUT', `voicecall/{id}/answer?callid=${callId}`)).body.retcode).toBe('0');
    expect(await callInfo()).toEqual({
      message: '',
      retcode: '0',
      result: {
        callfeature: 0,
        callid: callId,
        caller: '13800000001',
        called: '4001',
        callskill: 'Voice',
        callskillid: 1,
        orgcallednum: '4001',
        calldata: 'order=42',
        begintime: dialledAt,
        endtime: null,
        userPriority: 0,
        trunkNo: 65535,
        logontimes: 0,
        mediaType: 5,
        mediaAbility: 1,
        waitTime: 0,
        trace: {
          waitBeginTime: dialledAt,
          waitEndTime: dialledAt,
          answerBeginTime: dialledAt,
          answerEndTime: dialledAt + 3_000,
          talkBeginTime: dialledAt + 3_000,
          talkEndTime: null,
          deviceNo: 101,
          deviceType: 2,
          callDirectMode: 'NORMAL_DIRECT',
          enterReason: 0,
          enterReasonDesc: 'Normal reason',
          leaveReason: null,
          leaveReasonDesc: null,
          vdnId: 1,
        },
      },
    });
  });

  it('shows a ringing call as waiting, with the seconds it queued and its priority', async () => {
    expect((await agent.call('POST', 'onlineagent/{id}/saybusy')).body.retcode).toBe('0');
    const callId = await dial(app, '4001', { priority: 3 });
    await advance(app, 7_000);
    expect((await agent.call('POST', 'onlineagent/{id}/cancelbusy')).body.retcode).toBe('0');
    const result = (await callInfo()).result;
    expect(result).toMatchObject({ callid: callId, userPriority: 3, waitTime: 7, begintime: app.clock.now(), trace: { callDirectMode: 'WAIT_DIRECT', answerEndTime: null, talkBeginTime: null } });
  });

  it('traces the reason the call came: a call taken back after no answer enters the next agent with reason 0 from its queue', async () => {
    const second = await GatewayAgent.signIn(app, 102, { autoanswer: false, status: 3 });
    const callId = await dial(app, '4001');
    await advance(app, 15_000);
    // The ring timeout took the call back and set 101 busy; 102 becomes free and is offered it.
    expect((await second.call('POST', 'onlineagent/{id}/cancelbusy')).body.retcode).toBe('0');
    const result = (await second.call('GET', 'calldata/{id}/callinfo')).body.result;
    expect(result).toMatchObject({ callid: callId, waitTime: 15, trace: { deviceNo: 102, enterReason: 0, enterReasonDesc: 'Normal reason' } });
  });

  it('reports the last call on request once it has ended, without end times or leave reason', async () => {
    const callId = await dial(app, '4001');
    const ringAt = app.clock.now();
    await advance(app, 2_000);
    await agent.call('PUT', `voicecall/{id}/answer?callid=${callId}`);
    await advance(app, 30_000);
    expect((await app.request({ method: 'POST', url: `/sim/v1/calls/${callId}/hangup` })).status).toBe(200);
    expect(await callInfo('?isNoContainLastCall=false')).toEqual({ message: '', retcode: '0', result: null });
    const { result } = await callInfo('?isNoContainLastCall=true');
    expect(result).toMatchObject({ callid: callId, callfeature: 0, caller: '13800000001', called: '4001', callskill: 'Voice', callskillid: 1, begintime: ringAt, endtime: app.clock.now() });
    expect(result.trace).toEqual({
      waitBeginTime: ringAt,
      waitEndTime: null,
      answerBeginTime: ringAt,
      answerEndTime: null,
      talkBeginTime: ringAt + 2_000,
      talkEndTime: null,
      deviceNo: 101,
      deviceType: 2,
      callDirectMode: 'RELEASE_DIRECT',
      enterReason: 0,
      enterReasonDesc: 'Normal reason',
      leaveReason: null,
      leaveReasonDesc: null,
      vdnId: 1,
    });
  });

  it('keeps the live facts of a last call that goes on without the agent (the satisfaction survey)', async () => {
    const callId = await dial(app, '4001', { callData: 'vip' });
    await agent.call('PUT', `voicecall/{id}/answer?callid=${callId}`);
    expect((await agent.call('DELETE', 'voicecall/{id}/release')).body.retcode).toBe('0');
    const { result } = await callInfo('?isNoContainLastCall=TRUE');
    expect(result).toMatchObject({ callid: callId, calldata: 'vip', trace: { callDirectMode: 'RELEASE_DIRECT' } });
  });
});

describe('6.1.3.5 callinbeforeanswer and 6.1.3.6 callinfobycallid', () => {
  it('shows the ringing call before it is answered, with a null trace', async () => {
    expect((await agent.call('GET', 'calldata/{id}/callinbeforeanswer')).body).toEqual({ message: '', retcode: '0', result: null });
    const callId = await dial(app, '4001');
    const { body } = await agent.call('GET', 'calldata/{id}/callinbeforeanswer');
    expect(body.result).toMatchObject({ callfeature: 0, callid: callId, caller: '13800000001', called: '4001', callskill: 'Voice', callskillid: 1, orgcallednum: '4001', endtime: null, trace: null });
    await agent.call('PUT', `voicecall/{id}/answer?callid=${callId}`);
    expect((await agent.call('GET', 'calldata/{id}/callinbeforeanswer')).body.result).toBeNull();
  });

  it('finds the agent call by ID with the orgicallednum key, and refuses calls that are not its own', async () => {
    const callId = await dial(app, '4001');
    const { body } = await agent.call('GET', `calldata/{id}/callinfobycallid/${callId}`);
    expect(body.retcode).toBe('0');
    expect(Object.keys(body.result)).toEqual([
      'callfeature', 'callid', 'caller', 'called', 'callskill', 'callskillid', 'orgicallednum', 'calldata', 'begintime', 'endtime',
      'userPriority', 'trunkNo', 'logontimes', 'mediaType', 'mediaAbility', 'waitTime', 'trace',
    ]);
    expect(body.result).toMatchObject({ callid: callId, orgicallednum: '4001', trace: null });
    const other = await GatewayAgent.signIn(app, 102);
    expect((await other.call('GET', `calldata/{id}/callinfobycallid/${callId}`)).body.retcode).toBe('100-007');
    expect((await agent.call('GET', 'calldata/{id}/callinfobycallid/1767600000-999')).body.retcode).toBe('100-007');
  });

  it('answers 100-006 for an agent that is not signed in and 000-002 for a malformed agent ID', async () => {
    expect((await new GatewayAgent(app, 103).call('GET', 'calldata/{id}/callinfo')).body.retcode).toBe('100-006');
    expect((await app.request({ method: 'GET', url: '/agentgateway/resource/calldata/99/callinfo', headers: { guid: agent.guid } })).body.retcode).toBe('000-002');
  });
});
