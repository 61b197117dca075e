// Goal: the agent conference state machine (note 02 §5.8) transition by transition over HTTP:
// applying from idle and from a call, the refusals of each state (101-001…101-007, CTI causes as
// result.errorReason), invitations answered, rejected, lapsed and lost to sign-out, leaving and
// ending, the timeout notice and the end on the engine clock, prolonging up to 1,440 minutes, and
// tenant isolation. Method: the demo tenant (agents 101–103, inspector 120) on a virtual clock.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { advance, dial, GatewayAgent } from '../../../../test/support/gateway-client.ts';
import { provisionTenant } from '../../../tenancy/index.ts';

let app: TestApp;
let chair: GatewayAgent;
beforeEach(async () => {
  app = await createTestApp();
  chair = await GatewayAgent.signIn(app, 101);
  await chair.events();
});
afterEach(async () => {
  await app.close();
});

const success = { result: {}, message: 'success', retcode: '0' };
const conf = (agent: GatewayAgent, op: string, body?: unknown) => agent.call(op === 'queryvdnconfid' ? 'GET' : 'POST', `agentconf/{id}/${op}`, body);
const code = async (agent: GatewayAgent, op: string, body?: unknown) => (await conf(agent, op, body)).body.retcode as string;

/** Advances the clock in steps of 30 s, the chair's desktop handshaking so that its session lives (ref L6746). */
async function live(ms: number): Promise<void> {
  for (let left = ms; left > 0; left -= 30_000) {
    await advance(app, Math.min(30_000, left));
    await chair.call('POST', 'onlineagent/{id}/handshake');
  }
}

async function apply(body: Record<string, unknown> = {}): Promise<number> {
  expect((await conf(chair, 'requestagentconf', { memberNum: 4, ...body })).body).toEqual(success);
  await advance(app, 2_000);
  const events = await chair.events();
  const success_ = events.find(([type]) => type === 'AgentConf_RequestSuccess');
  expect(success_, JSON.stringify(events)).toBeDefined();
  return (success_![1] as { confId: number }).confId;
}

async function invite(workNo: number): Promise<GatewayAgent> {
  const agent = await GatewayAgent.signIn(app, workNo);
  await agent.events();
  expect((await conf(chair, 'batchaddparticipant', { addresses: [{ addressType: '9', address: String(workNo) }] })).body).toEqual(success);
  return agent;
}

describe('6.1.6.1 requestagentconf', () => {
  it('from idle: Busy, the phone rings and goes off-hook, SelfJoinResult, RequestSuccess; the chair alone in it', async () => {
    expect((await conf(chair, 'requestagentconf', { memberNum: 4, confCallerNo: '10000', time: 50, promptTime: 5, beepTone: true, playMode: 2, voicePath: 'y:/conf/1/1136287.V3' })).body).toEqual(success);
    await advance(app, 2_000);
    const events = await chair.events();
    expect(events.map(([t]) => t)).toEqual(['AgentState_Busy', 'AgentOther_PhoneAlerting', 'AgentOther_PhoneOffhook', 'AgentConf_SelfJoinResult', 'AgentConf_RequestSuccess', 'AgentMediaEvent_Record']);
    expect(await code(chair, 'requestagentconf', { memberNum: 4 })).toBe('101-003');
    const confId = (events[4]![1] as { confId: number }).confId;
    const info = (await conf(chair, 'queryconfinfos', { confIds: [confId] })).body.result.confs[0];
    expect(info).toEqual({ confId, confState: 0, startTime: expect.any(Number), applyConfTime: 50, confHaveBeenTime: 0, addresses: [{ addressType: '9', address: '101', deviceCallType: 0, deviceType: 0, channelAttrib: 3, channelState: 0, role: 1, enterTime: info.startTime }] });
  });

  it('checks the body: ranges of Table 6-276 and voicePath with beepTone (000-002)', async () => {
    for (const body of [{}, { memberNum: 0 }, { memberNum: 121 }, { memberNum: 4, time: 3 }, { memberNum: 4, time: 1441 }, { memberNum: 4, promptTime: 2 }, { memberNum: 4, playMode: 1 }, { memberNum: 4, beepTone: true }, { memberNum: 4, confCallerNo: 'x'.repeat(25) }]) {
      expect(await code(chair, 'requestagentconf', body), JSON.stringify(body)).toBe('000-002');
    }
    expect(await code(chair, 'requestagentconf', { memberNum: '4', time: '60' })).toBe('0');
  });

  it('fails with AgentConf_RequestFailed 21205 from an unstable call (held) or a busy state', async () => {
    await dial(app, '4001');
    await advance(app, 5_000);
    await conf(chair, 'x');
    await chair.call('POST', 'voicecall/{id}/hold');
    await chair.events();
    expect(await code(chair, 'requestagentconf', { memberNum: 4 })).toBe('0');
    expect(await chair.events()).toEqual([['AgentConf_RequestFailed', { cause: 21205 }]]);
    const busy = await GatewayAgent.signIn(app, 102);
    await busy.call('POST', 'onlineagent/{id}/saybusy');
    await busy.events();
    await conf(busy, 'requestagentconf', { memberNum: 4 });
    expect(await busy.events()).toEqual([['AgentConf_RequestFailed', { cause: 21205 }]]);
  });

  it('answers 100-006 signed out', async () => {
    await chair.call('DELETE', 'onlineagent/{id}/logout');
    expect(await code(chair, 'requestagentconf', { memberNum: 4 })).toBe('100-006');
    expect(await code(chair, 'answeragentconf')).toBe('100-006');
  });
});

describe('the conference clock: 6.1.6.8 prolongtime and AgentConf_Timeout', () => {
  it('tells the chair promptTime before the end, ends at the applied time, and prolongs within 1,440 minutes', async () => {
    const confId = await apply({ time: 10, promptTime: 3 });
    // apply() took 2 s: the notice is due 7 minutes after the start.
    await live(7 * 60_000 - 2_001);
    expect(await chair.events()).toEqual([]);
    await live(1);
    expect(await chair.events()).toEqual([['AgentConf_Timeout', { confId }]]);
    expect((await conf(chair, 'prolongtime', { prolongTime: 5 })).body).toEqual({ message: 'success', retcode: '0', result: { appliedTime: 5 } });
    // The notice comes again 3 minutes before the new end (15 minutes).
    await live(5 * 60_000);
    expect(await chair.events()).toEqual([['AgentConf_Timeout', { confId }]]);
    await live(3 * 60_000 - 1);
    expect(await chair.events()).toEqual([]);
    await live(1);
    expect((await chair.events()).map(([t]) => t)).toEqual(['AgentMediaEvent_StopRecordDone', 'AgentOther_PhoneRelease', 'AgentConf_SelfLeaveResult', 'AgentState_Ready']);
    expect(await code(chair, 'prolongtime', { prolongTime: 1 })).toBe('101-001');
  });

  it('grants no more than 1,440 minutes in all (ref L15112–15134), then refuses with CTI 21223', async () => {
    const confId = await apply({ time: 40 });
    expect((await conf(chair, 'prolongtime', { prolongTime: 1390 })).body.result).toEqual({ appliedTime: 1390 });
    expect((await conf(chair, 'prolongtime', { prolongTime: 100 })).body).toEqual({ message: 'success', retcode: '0', result: { appliedTime: 10 } });
    expect((await conf(chair, 'prolongtime', { prolongTime: 1 })).body).toMatchObject({ retcode: '100-007', result: { errorReason: 21223 } });
    expect((await conf(chair, 'queryconfinfos', { confIds: [confId] })).body.result.confs[0].applyConfTime).toBe(1440);
    for (const prolongTime of [0, 1441, 'x']) expect(await code(chair, 'prolongtime', { prolongTime })).toBe('000-002');
  });

  it('takes a prompt time not below the duration as the duration minus 1 (Table 6-276)', async () => {
    const confId = await apply({ time: 5, promptTime: 10 });
    await live(60_000);
    expect(await chair.events()).toEqual([['AgentConf_Timeout', { confId }]]);
  });
});

describe('invitations: 6.1.6.2 answer, 6.1.6.3 reject', () => {
  it('rejecting: PhoneRelease and Ready for the invitee, a failed join for the chair; no invitation 101-001', async () => {
    await apply();
    const invitee = await invite(102);
    expect(await code(await GatewayAgent.signIn(app, 103), 'rejectagentconf')).toBe('101-001');
    expect((await conf(invitee, 'rejectagentconf')).body).toEqual(success);
    expect((await invitee.events()).map(([t]) => t)).toEqual(['AgentConf_Ringing', 'AgentOther_PhoneAlerting', 'AgentOther_PhoneRelease', 'AgentState_Ready']);
    expect(await chair.events()).toEqual([['AgentConf_ParticipantChanged', expect.objectContaining({ result: 1, changeType: 0, participant: '102', participantType: 9 })]]);
    expect(await code(invitee, 'answeragentconf')).toBe('101-001');
  });

  it('an unanswered invitation lapses at the ring timeout; a busy or unknown agent fails at once', async () => {
    await apply();
    const busy = await GatewayAgent.signIn(app, 103);
    await busy.call('POST', 'onlineagent/{id}/saybusy');
    await conf(chair, 'batchaddparticipant', { addresses: [{ addressType: '9', address: '103' }, { addressType: '9', address: '9999' }] });
    expect((await chair.events()).map(([, c]) => [(c as { participant: string }).participant, (c as { result: number }).result])).toEqual([['103', 1], ['9999', 1]]);
    const invitee = await invite(102);
    await advance(app, 60_000);
    expect((await invitee.events()).map(([t]) => t)).toEqual(['AgentConf_Ringing', 'AgentOther_PhoneAlerting', 'AgentOther_PhoneRelease', 'AgentState_Ready']);
    expect(await chair.events()).toEqual([['AgentConf_ParticipantChanged', expect.objectContaining({ result: 1, participant: '102' })]]);
  });

  it('refuses batches that are empty (21228), name the chair (21221) or exceed the seats (21224), and more than 120 (000-002)', async () => {
    await apply({ memberNum: 2 });
    expect((await conf(chair, 'batchaddparticipant', { addresses: [] })).body).toMatchObject({ retcode: '100-007', result: { errorReason: 21228 } });
    expect((await conf(chair, 'batchaddparticipant', { addresses: [{ addressType: '9', address: '101' }] })).body.result).toEqual({ errorReason: 21221 });
    expect((await conf(chair, 'batchaddparticipant', { addresses: [{ addressType: '6', address: '1' }, { addressType: '6', address: '2' }] })).body.result).toEqual({ errorReason: 21224 });
    const many = Array.from({ length: 121 }, (_, i) => ({ addressType: '6', address: String(1000 + i) }));
    expect(await code(chair, 'batchaddparticipant', { addresses: many })).toBe('000-002');
    expect(await code(chair, 'batchaddparticipant', { addresses: [{ addressType: '3', address: '1' }] })).toBe('000-002');
    expect(await code(chair, 'batchaddparticipant', { addresses: [{ addressType: '6', address: '1' }], beepTone: true })).toBe('000-002');
    // More seats (6.1.6.17), then the two numbers fit.
    expect((await conf(chair, 'modifyconfresource', { modifyType: 0, modifyNum: 2 })).body).toEqual(success);
    expect(await code(chair, 'batchaddparticipant', { addresses: [{ addressType: '6', address: '1' }, { addressType: '6', address: '2' }] })).toBe('0');
  });

  it('never rings an agent of another tenant', async () => {
    await provisionTenant(app.services, {
      vdnId: 2, name: 'second', workNoRange: [20001, 20099], appCredentials: [{ appKey: 'second-ak', appSecret: 'second-sk' }], adminPassword: 'Second@123',
      skills: [{ skillId: 1, name: 'Voice2', mediaTypeId: 5 }],
      agents: [{ workNo: 20001, userAccount: 'agent20001', userName: 'Agent 20001', password: 'Demo@123', sipAccount: '7020001', ccRoleId: 3, skills: [{ skillId: 1 }] }],
      accessCodes: [{ accessCode: '5001' }], calledRoutes: [{ accessCode: '5001', deviceType: 1, deviceId: 1 }],
    });
    const foreign = await GatewayAgent.signIn(app, 20001);
    await foreign.events();
    const confId = await apply();
    await conf(chair, 'batchaddparticipant', { addresses: [{ addressType: '9', address: '20001' }] });
    expect(await foreign.events()).toEqual([]);
    expect(await chair.events()).toEqual([['AgentConf_ParticipantChanged', expect.objectContaining({ result: 1, participant: '20001' })]]);
    // The other tenant's inspector sees none of it; its agent cannot answer it.
    expect((await conf(foreign, 'queryconfinfos', { confIds: [confId] })).body.result).toEqual({ confs: [] });
    expect(await code(foreign, 'answeragentconf')).toBe('101-001');
  });
});

describe('leaving: 6.1.6.4 requestleaveagentconf, 6.1.6.5 releaseagentconf, sign-out', () => {
  it('a participant leaves (changeReason 0); the chair may not (101-007); a non-chair may not release (101-002)', async () => {
    await apply();
    const member = await invite(102);
    await conf(member, 'answeragentconf');
    await member.events();
    await chair.events();
    expect(await code(member, 'releaseagentconf')).toBe('101-002');
    expect(await code(chair, 'requestleaveagentconf')).toBe('101-007');
    expect((await conf(member, 'requestleaveagentconf')).body).toEqual(success);
    expect((await member.events()).map(([t]) => t)).toEqual(['AgentMediaEvent_StopRecordDone', 'AgentOther_PhoneRelease', 'AgentConf_SelfLeaveResult', 'AgentState_Ready']);
    expect(await chair.events()).toEqual([['AgentConf_ParticipantChanged', expect.objectContaining({ result: 0, changeType: 1, changeReason: 0, participant: '102' })]]);
    expect(await code(member, 'requestleaveagentconf')).toBe('101-001');
  });

  it('a participant signing out leaves with changeReason 4; the chair signing out ends the conference', async () => {
    await apply();
    const member = await invite(102);
    await conf(member, 'answeragentconf');
    const third = await invite(103);
    await conf(third, 'answeragentconf');
    await chair.events();
    await member.events();
    await member.call('DELETE', 'onlineagent/{id}/forcelogout');
    expect(await chair.events()).toEqual([['AgentConf_ParticipantChanged', expect.objectContaining({ changeType: 1, changeReason: 4, participant: '102' })]]);
    await third.events();
    await chair.call('DELETE', 'onlineagent/{id}/forcelogout');
    expect((await third.events()).map(([t]) => t)).toEqual(['AgentMediaEvent_StopRecordDone', 'AgentOther_PhoneRelease', 'AgentConf_SelfLeaveResult', 'AgentState_Ready']);
    const engine = await app.services.cti.registry.get(1);
    expect(engine.calls.size).toBe(0);
  });

  it('the voicecall release of the conference call by a participant is leaving it', async () => {
    await apply();
    const member = await invite(102);
    await conf(member, 'answeragentconf');
    await chair.events();
    expect((await member.call('DELETE', 'voicecall/{id}/release')).body.retcode).toBe('0');
    expect(await chair.events()).toEqual([['AgentConf_ParticipantChanged', expect.objectContaining({ changeType: 1, changeReason: 0, participant: '102' })]]);
  });
});
