// Goal: the acceptance run of agent conferences (§6.1.6) over HTTP: agent 101, in a call,
// creates a conference, adds agent 102 and an outside number; 102 answers and the number is
// dialled; 101 plays an announcement and passes the chair to 102, who removes the number and ends
// the conference. Every participant's events come in the documented order and shapes (§6.5.1.10),
// every leg writes its CDR row and recording, and monitoring counts the conference call.
// Method: the demo tenant on a virtual clock; a customer call to 4001 answered by 101; an approved
// 4-second voice file (5.4.4) as the announcement; events are polled per agent.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { advance, dial, GatewayAgent } from '../../../../test/support/gateway-client.ts';
import { demoCaller, toneWavBase64 } from '../../config-ivr/config-ivr.test-support.ts';
import { liveUsage } from '../../../engine/index.ts';

let app: TestApp;
beforeEach(async () => {
  app = await createTestApp();
});
afterEach(async () => {
  await app.close();
});

const success = { result: {}, message: 'success', retcode: '0' };
const changed = (participant: string, participantType: number, changeType: number, changeReason = 255, result = 0) =>
  ['AgentConf_ParticipantChanged', { result, changeReason, changeType, confId: expect.any(Number), participant, participantType, deviceCallType: 0, deviceType: 0 }];

async function approvedAnnouncement(): Promise<string> {
  const call = await demoCaller(app);
  const res = await call('/apiaccess/rest/cc-management/v1/importVoiceFile/upload', { fileInfo: toneWavBase64(4_000), locale: 'zh_CN', voiceType: '0', fileType: 'WAV', voiceFileName: 'welcome' });
  await advance(app, 3_000);
  return (await app.services.repos.voiceAssets.findFile(1, res.body.fileId))!.fileUrl;
}

describe('agent conference: the acceptance run', () => {
  it('goes from a customer call to a conference and back, with every party told', async () => {
    const voicePath = await approvedAnnouncement();
    const chair = await GatewayAgent.signIn(app, 101);
    const other = await GatewayAgent.signIn(app, 102);
    const customerCall = await dial(app, '4001');
    await advance(app, 5_000);
    await chair.events();
    await other.events();

    expect((await chair.call('POST', 'agentconf/{id}/requestagentconf', { memberNum: 4, confCallerNo: '10000', time: 50, promptTime: 5 })).body).toEqual(success);
    const created = await chair.events();
    expect(created.map(([type]) => type)).toEqual(['AgentMediaEvent_StopRecordDone', 'AgentEvent_Call_Release', 'AgentState_Busy', 'AgentConf_SelfJoinResult', 'AgentConf_RequestSuccess', 'AgentMediaEvent_Record']);
    expect(created[1]![1]).toBe(customerCall);
    const confId = (created[3]![1] as { confId: number }).confId;
    expect(created[4]).toEqual(['AgentConf_RequestSuccess', { confId }]);
    const engine = await app.services.cti.registry.get(1);
    // The customer call became the conference call: one voice call, of type 53.
    expect(liveUsage(engine).voiceCalls).toBe(1);
    expect([...engine.calls.values()].map((c) => c.feature)).toEqual([53]);

    const add = { addresses: [{ addressType: '9', address: '102' }, { addressType: '6', address: '13900001234', deviceCallType: 1, deviceType: 66 }], caller: '10000' };
    expect((await chair.call('POST', 'agentconf/{id}/batchaddparticipant', add)).body).toEqual(success);
    expect(await other.events()).toEqual([['AgentConf_Ringing', { confId }], ['AgentOther_PhoneAlerting', null]]);
    expect((await other.call('POST', 'agentconf/{id}/answeragentconf')).body).toEqual(success);
    expect((await other.events()).map(([type]) => type)).toEqual(['AgentOther_PhoneOffhook', 'AgentConf_SelfJoinResult', 'AgentMediaEvent_Record']);
    expect(await chair.events()).toEqual([changed('102', 9, 0)]);
    await advance(app, 5_000);
    const numberJoined = ['AgentConf_ParticipantChanged', { result: 0, changeReason: 255, changeType: 0, confId, participant: '13900001234', participantType: 6, deviceCallType: 1, deviceType: 66 }];
    expect(await chair.events()).toEqual([numberJoined]);
    expect(await other.events()).toEqual([numberJoined]);

    const info = (await chair.call('POST', 'agentconf/{id}/queryconfinfos', { confIds: [confId] })).body.result.confs[0];
    expect(info.addresses.map((a: { address: string; role: number }) => [a.address, a.role])).toEqual([['101', 1], ['13800000001', 0], ['102', 0], ['13900001234', 0]]);

    expect((await chair.call('POST', 'agentconf/{id}/playvoicetoconf', { playType: 0, playMode: 2, voicePath })).body).toEqual(success);
    expect((await chair.call('POST', 'agentconf/{id}/queryconfinfos', { confIds: [confId] })).body.result.confs[0].confState).toBe(1);
    await advance(app, 3_999);
    expect(await chair.events()).toEqual([]);
    await advance(app, 1);
    expect(await chair.events()).toEqual([['AgentConf_StopVoice', { result: 0 }]]);

    expect((await chair.call('POST', 'agentconf/{id}/applytoshiftpresident', { destAgentNo: 102 })).body).toEqual(success);
    expect(await other.events()).toEqual([['AgentConf_PresidentChanged', { confId }], changed('102', 9, 2)]);
    expect(await chair.events()).toEqual([changed('102', 9, 2)]);
    // 101 is no longer the chair.
    expect((await chair.call('POST', 'agentconf/{id}/releaseagentconf')).body.retcode).toBe('101-002');

    const removed = await other.call('POST', 'agentconf/{id}/batchremoveparticipant', { addresses: [{ addressType: '6', address: '13900001234' }, { addressType: '9', address: '2001' }] });
    expect(removed.body).toEqual({ message: 'success', retcode: '0', result: { noExistParticipants: [{ addressType: '9', address: '2001' }] } });
    expect(await chair.events()).toEqual([changed('13900001234', 6, 1, 1).map((x, i) => (i === 1 ? { ...(x as object), deviceCallType: 1, deviceType: 66 } : x))]);
    await other.events();

    expect((await other.call('POST', 'agentconf/{id}/releaseagentconf')).body).toEqual(success);
    expect((await other.events()).map(([type]) => type)).toEqual(['AgentMediaEvent_StopRecordDone', 'AgentOther_PhoneRelease', 'AgentConf_SelfLeaveResult', 'AgentState_Ready']);
    expect((await chair.events()).map(([type]) => type)).toEqual(['AgentMediaEvent_StopRecordDone', 'AgentOther_PhoneRelease', 'AgentConf_SelfLeaveResult', 'AgentState_Ready']);
    expect(engine.calls.size).toBe(0);

    // Every leg's row: the customer call's two, and on the conference call the chair, the customer
    // (moved), 102 and the number; the conference call's last row is numbered −1 with cause 531.
    const conferenceCallId = (created[5]![1] as { callId: string }).callId;
    const rows = await app.services.store.db.selectFrom('cdr').selectAll().where('callId', '=', conferenceCallId).orderBy('closedAtMs').execute();
    expect(rows.map((r) => [r.deviceType, r.deviceIn === 'DEVICE_AGENT' ? r.deviceNo : r.deviceIn, r.callType])).toEqual(
      expect.arrayContaining([[2, 101, 53], [7, '13800000001', 53], [2, 102, 53], [7, '13900001234', 53]]),
    );
    expect(rows.every((r) => r.status === 'closed' || r.closedAtMs !== null)).toBe(true);
    expect(rows.filter((r) => r.callIdNum === -1)).toHaveLength(1);
    expect(rows.find((r) => r.callIdNum === -1)!.releaseCause).toBe(531);
    const numberRow = rows.find((r) => r.deviceIn === '13900001234')!;
    expect(numberRow.leaveReason).toBe(53);
    const recordings = await app.services.store.db.selectFrom('recording').selectAll().where('callId', '=', conferenceCallId).execute();
    expect(recordings.map((r) => r.agentId).sort()).toEqual(['101', '102']);
    expect(recordings.every((r) => r.endMs !== null)).toBe(true);
  });
});
