// Goal: transfer (6.1.2.11) and canceltransfer (6.1.2.12) over HTTP: the documented path with its
// `voicercall` misprint, the reference's example body, Table 6-143's mode rules (000-002), 200-012,
// and transfers that really move the call (skill, agent, IVR with return, number). Method: the
// demo tenant on a virtual clock; the simulator's driver plays the customer.
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

const success = { result: {}, message: 'success', retcode: '0' };

async function talking(): Promise<{ agent: GatewayAgent; callId: string }> {
  const agent = await GatewayAgent.signIn(app, 101);
  const callId = await dial(app, '4001');
  await agent.events();
  return { agent, callId };
}

describe('6.1.2.11 transfer: validation', () => {
  it('answers 200-012 without a call, 000-002 for modes Table 6-143 refuses, missing fields or targets', async () => {
    const agent = await GatewayAgent.signIn(app, 101);
    expect((await agent.call('POST', 'voicercall/{id}/transfer', { devicetype: 1, address: '1', mode: 0 })).body.retcode).toBe('200-012');
    await dial(app, '4001');
    await agent.events();
    for (const body of [
      { devicetype: 1, address: '1', mode: 1 },
      { devicetype: 3, address: '8001', mode: 2 },
      { devicetype: 5, address: '13900001234', mode: 0 },
      { devicetype: 6, address: '1', mode: 0 },
      { devicetype: 1, mode: 0 },
      { devicetype: 1, address: '1' },
      { devicetype: 2, address: '9999', mode: 0 },
      { devicetype: 3, address: '4001', mode: 0 },
      { devicetype: 5, address: '1'.repeat(25), mode: 1 },
      { devicetype: 'two', address: '102', mode: 0 },
    ]) {
      const res = await agent.call('POST', 'voicecall/{id}/transfer', body);
      expect(res.body.retcode, JSON.stringify(body)).toBe('000-002');
    }
    expect(await agent.events()).toEqual([]);
  });
});

describe('6.1.2.11 transfer: the call moves', () => {
  it('the reference example (devicetype 2, mode 3, string holdflag): talk forwarding to agent 102, then 101 releases', async () => {
    const { agent, callId } = await talking();
    const a102 = await GatewayAgent.signIn(app, 102);
    await a102.events();
    const res = await agent.call('POST', 'voicercall/{id}/transfer', { devicetype: 2, mode: 3, address: '102', callappdata: '', caller: '40040', mediaability: 0, holdflag: 'true' });
    expect(res.body).toEqual(success);
    expect(await agent.events()).toEqual([
      ['AgentEvent_Customer_Alerting', { callid: callId, otherPhoneWorkno: '102', otherPhone: '70102', type: 'main' }],
      ['AgentEvent_Talking', expect.objectContaining({ callid: callId })],
    ]);
    expect((await a102.events())[0]).toEqual(['AgentEvent_Auto_Answer', expect.objectContaining({ callid: callId, transfer: 'yes', transfrom: '101' })]);
    expect((await agent.call('DELETE', 'voicecall/{id}/release')).body.retcode).toBe('0');
    await app.services.settle();
    const rows = await app.services.repos.ctiRecords.cdrsOfCall(1, callId);
    expect(rows.map((r) => [r.deviceNo, r.leaveReason])).toEqual([[1, 0], [101, 17], [102, null]]);
  });

  it('blind to a skill: 101 leaves (28) and the next agent of the skill takes the call as a transfer', async () => {
    const { agent, callId } = await talking();
    const a102 = await GatewayAgent.signIn(app, 102);
    await a102.events();
    // 102 has been idle longer than 101 will be once it leaves the call.
    await advance(app, 1_000);
    expect((await agent.call('POST', 'voicecall/{id}/transfer', { devicetype: 1, address: '1', mode: 0 })).body).toEqual(success);
    expect(await agent.eventTypes()).toEqual(['AgentMediaEvent_StopRecordDone', 'AgentEvent_Call_Release', 'AgentOther_PhoneRelease', 'AgentState_Ready']);
    expect((await a102.events())[0]).toEqual(['AgentEvent_Auto_Answer', expect.objectContaining({ callid: callId, transfer: 'yes', transfrom: '101' })]);
  });

  it('release-after-transfer to an agent: SuccTransResult {result:0, callId}', async () => {
    const { agent, callId } = await talking();
    const a102 = await GatewayAgent.signIn(app, 102);
    expect((await agent.call('POST', 'voicecall/{id}/transfer', { devicetype: 2, address: '102', mode: 2 })).body).toEqual(success);
    expect((await agent.events())[0]).toEqual(['AgentEvent_SuccTransResult', { result: 0, callId }]);
    expect(await a102.eventTypes()).toContain('AgentEvent_Talking');
  });

  it('hang-up transfer to the survey flow: the customer rates, the call returns with ReturnFromIvr', async () => {
    const { agent, callId } = await talking();
    expect((await agent.call('POST', 'voicecall/{id}/transfer', { devicetype: 3, address: '8002', mode: 1 })).body).toEqual(success);
    expect(await agent.eventTypes()).toEqual(['AgentMediaEvent_StopRecordDone']);
    expect((await app.request({ method: 'GET', url: `/sim/v1/calls/${callId}` })).body).toMatchObject({ state: 'ivr', ivr: { flowId: 2 } });
    await advance(app, 3_000);
    await app.request({ method: 'POST', url: `/sim/v1/calls/${callId}/dtmf`, body: { digits: '4' } });
    expect(await agent.events()).toEqual([
      ['AgentEvent_ReturnFromIvr', callId],
      ['AgentEvent_Talking', expect.objectContaining({ callid: callId })],
      ['AgentMediaEvent_Record', expect.objectContaining({ callId })],
    ]);
    expect(await app.services.repos.ivr.findSatisfactionResult(1, callId, 0, app.clock.now())).toMatchObject({ evaluationValue: '4' });
  });

  it('talk forwarding to a number, then canceltransfer (200-012 when nothing is pending)', async () => {
    const { agent, callId } = await talking();
    expect((await agent.call('POST', 'voicecall/{id}/canceltransfer')).body.retcode).toBe('200-012');
    expect((await agent.call('POST', 'voicercall/{id}/transfer', { devicetype: 5, address: '13900001234', mode: 3 })).body).toEqual(success);
    await advance(app, 2_000);
    expect(await agent.eventTypes()).toEqual(['AgentEvent_Customer_Alerting', 'AgentEvent_Talking']);
    expect((await agent.call('POST', 'voicecall/{id}/canceltransfer')).body).toEqual(success);
    expect(await agent.events()).toEqual([
      ['AgentEvent_Customer_Release', { callid: callId, number: '13900001234' }],
      ['AgentEvent_Talking', expect.objectContaining({ callid: callId })],
    ]);
  });
});
