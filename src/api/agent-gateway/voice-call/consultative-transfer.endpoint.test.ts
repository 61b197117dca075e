// Goal: the acceptance scenario, end to end over HTTP: a customer dials 4001, agent 101
// answers by hand, holds and retrieves, asks agent 102 for help (innerhelp devicetype 2), hands
// the customer over with connecthold (decision 0405), and the customer hangs up; both agents end
// idle, every leg has its CDR row and every talk segment its recording. Method: the demo tenant on
// a virtual clock; agents poll like desktops; the store is read through the CTI record repository.
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

const customer = '13800000001';
const recordEvent = (callId: string) => ['AgentMediaEvent_Record', expect.objectContaining({ callId, fileMediaType: '1' })];
const stopRecordEvent = ['AgentMediaEvent_StopRecordDone', expect.objectContaining({ fileMediaType: '1' })];

describe('acceptance: answer, hold, consult, connecthold, customer hangs up', () => {
  it('moves the customer from 101 to 102 with the documented events, rows and recordings', async () => {
    const a101 = await GatewayAgent.signIn(app, 101, { autoanswer: false });
    const a102 = await GatewayAgent.signIn(app, 102);
    await a101.events();
    await a102.events();

    const callId = await dial(app, '4001');
    expect(await a101.events()).toEqual([
      ['AgentEvent_Ringing', { caller: customer, transfer: 'no', callid: callId, transfrom: '', called: '4001', type: 'main', mediaAbility: '1', feature: '0' }],
      ['AgentOther_PhoneAlerting', null],
    ]);
    expect((await a101.call('PUT', `voicecall/{id}/answer?callid=${callId}`)).body).toEqual({ result: {}, message: 'success', retcode: '0' });
    expect(await a101.events()).toEqual([
      ['AgentOther_PhoneOffhook', { type: 'main' }],
      ['AgentEvent_Talking', { caller: customer, callid: callId, called: '4001', feature: '0', type: 'main', mediaAbility: '1' }],
      ['AgentEvent_Incoming_CallInfo', expect.objectContaining({ callId, skillId: 1, skillName: 'Voice' })],
      recordEvent(callId),
    ]);

    await advance(app, 20_000);
    expect((await a101.call('POST', 'voicecall/{id}/hold')).body).toEqual({ result: {}, message: 'success', retcode: '0' });
    expect(await a101.events()).toEqual([['AgentEvent_Hold', callId]]);
    await advance(app, 5_000);
    expect((await a101.call('POST', `voicecall/{id}/gethold?callid=${callId}`)).body.retcode).toBe('0');
    expect(await a101.events()).toEqual([['AgentEvent_Talking', { caller: customer, callid: callId, called: '4001', feature: '0', type: 'main', mediaAbility: '1' }]]);

    await advance(app, 5_000);
    // The reference's own example body (ref L10008): a number and a string boolean.
    const help = await a101.call('POST', 'voicerecall/{id}/innerhelp', { dstaddress: 102, devicetype: 2, mode: 1, callappdata: '', holdflag: 'true' });
    expect(help.body).toEqual({ message: '', retcode: '0', result: expect.stringMatching(/^\d+-\d+$/) });
    const consultId = help.body.result as string;
    expect(await a101.events()).toEqual([
      ['AgentEvent_Hold', callId],
      ['AgentEvent_Customer_Alerting', { callid: consultId, otherPhoneWorkno: '102', otherPhone: '70102', type: 'main' }],
      ['AgentEvent_Talking', { caller: '101', callid: consultId, called: '102', feature: '51', type: 'main', mediaAbility: '1' }],
      recordEvent(consultId),
    ]);
    expect(await a102.events()).toEqual([
      ['AgentEvent_Auto_Answer', { caller: 'a101', transfer: 'no', callid: consultId, transfrom: '', called: 'a102', type: 'main', mediaAbility: '1', feature: '51' }],
      ['AgentOther_PhoneAlerting', null],
      ['AgentOther_PhoneOffhook', { type: 'main' }],
      ['AgentEvent_Talking', { caller: '101', callid: consultId, called: '102', feature: '51', type: 'main', mediaAbility: '1' }],
      recordEvent(consultId),
    ]);

    await advance(app, 15_000);
    expect((await a101.call('POST', `voicecall/{id}/connecthold/${callId}`)).body).toEqual({ result: {}, message: 'success', retcode: '0' });
    expect(await a101.events()).toEqual([
      ['AgentEvent_Call_Release', consultId],
      ['AgentEvent_Customer_Release', { callid: consultId, number: '102' }],
      stopRecordEvent,
      ['AgentEvent_Call_Release', callId],
      ['AgentEvent_Customer_Release', { callid: callId, number: customer }],
      stopRecordEvent,
      ['AgentOther_PhoneRelease', { phoneState: 2 }],
      ['AgentState_Ready', null],
    ]);
    expect(await a102.events()).toEqual([
      stopRecordEvent,
      ['AgentEvent_Call_Release', consultId],
      ['AgentEvent_Talking', { caller: customer, callid: callId, called: '4001', feature: '0', type: 'main', mediaAbility: '1' }],
      recordEvent(callId),
    ]);

    await advance(app, 30_000);
    expect((await app.request({ method: 'POST', url: `/sim/v1/calls/${callId}/hangup` })).body).toEqual({ callId, state: 'ended' });
    expect(await a102.events()).toEqual([
      ['AgentEvent_Customer_Release', { callid: callId, number: customer }],
      stopRecordEvent,
      ['AgentEvent_Call_Release', callId],
      ['AgentOther_PhoneRelease', { phoneState: 3 }],
      ['AgentState_Ready', null],
    ]);
    for (const agent of [a101, a102]) {
      expect((await agent.call('GET', 'onlineagent/{id}/agentstatus')).body.result).toEqual({ agentState: 4, isWorking: false });
    }

    await app.services.settle();
    const records = app.services.repos.ctiRecords;
    const rows = await records.cdrsOfCall(1, callId);
    expect(rows.map((r) => [r.deviceType, r.deviceNo, r.leaveReason, r.callIdNum, r.releaseCause, r.status])).toEqual([
      [1, 1, 0, 1, null, 'closed'],
      [2, 101, 7, 2, null, 'closed'],
      [2, 102, 88, -1, 531, 'closed'],
    ]);
    // 101 talked 20 + 5 (held) + 5 + 15 (customer held during the consultation) seconds on the customer's call.
    expect(rows[1]!.callEndMs! - rows[1]!.callBeginMs!).toBe(45_000);
    expect(rows[2]!.callEndMs! - rows[2]!.callBeginMs!).toBe(30_000);
    expect(rows[2]).toMatchObject({ preDeviceType: 2, preDeviceNo: 101, callType: 0 });
    const consultRows = await records.cdrsOfCall(1, consultId);
    expect(consultRows.map((r) => [r.deviceType, r.deviceNo, r.leaveReason, r.callIdNum, r.releaseCause, r.callType])).toEqual([
      [2, 101, 7, -1, 531, 51],
      [2, 102, 7, 1, null, 51],
    ]);
    const onCustomerCall = await records.recordingsOfCall(1, callId);
    expect(onCustomerCall.map((r) => [r.agentId, r.status, r.endMs! - r.beginMs])).toEqual([
      ['101', 'done', 45_000],
      ['102', 'done', 30_000],
    ]);
    const onConsultation = (await records.recordingsOfCall(1, consultId)).sort((a, b) => a.agentId.localeCompare(b.agentId));
    expect(onConsultation.map((r) => [r.agentId, r.status, r.endMs! - r.beginMs])).toEqual([
      ['101', 'done', 15_000],
      ['102', 'done', 15_000],
    ]);
    const operations = await records.operationsOfAgent(1, '101', 0, app.clock.now() + 1);
    expect(operations.map((o) => o.opType)).toEqual(expect.arrayContaining([4, 38, 40]));
    const engine = await app.services.cti.registry.get(1);
    expect(engine.agents.get(101)!.statistics).toMatchObject({ holdCount: 1, innerHelpCount: 1, transferOutCount: 1, answerCount: 1 });
    expect(engine.agents.get(102)!.statistics).toMatchObject({ transferInCount: 1 });
  });
});
