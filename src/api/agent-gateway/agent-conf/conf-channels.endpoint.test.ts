// Goal: the chair's channel operations of §6.1.6 over HTTP: hold/unhold with a music file, the
// listen/speak attributes, announcements to the conference and to one channel on the Clock,
// seats, and the queries (own conference for an agent, any for the inspector, ids for the
// inspector only). Every documented refusal: 101-001/101-002, CTI causes in result.errorReason,
// 000-002 for bodies outside the tables. Method: the demo tenant on a virtual clock; agent 101
// chairs, 102 joins, a number is dialled; an approved 4-second voice file is the announcement.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { advance, GatewayAgent } from '../../../../test/support/gateway-client.ts';
import { demoCaller, toneWavBase64 } from '../../config-ivr/config-ivr.test-support.ts';

let app: TestApp;
let chair: GatewayAgent;
let member: GatewayAgent;
let confId: number;
const number = '13900001234';

const success = { result: {}, message: 'success', retcode: '0' };
const conf = (agent: GatewayAgent, op: string, body?: unknown) => agent.call(op === 'queryvdnconfid' ? 'GET' : 'POST', `agentconf/{id}/${op}`, body);
const code = async (agent: GatewayAgent, op: string, body?: unknown) => (await conf(agent, op, body)).body.retcode as string;
const changes = async (agent: GatewayAgent) => (await agent.events()).map(([type, c]) => (type === 'AgentConf_ParticipantChanged' ? `${(c as { participant: string }).participant}:${(c as { changeType: number }).changeType}` : type));

beforeEach(async () => {
  app = await createTestApp();
  chair = await GatewayAgent.signIn(app, 101);
  member = await GatewayAgent.signIn(app, 102);
  await conf(chair, 'requestagentconf', { memberNum: 5 });
  await advance(app, 1_000);
  confId = ((await chair.events()).find(([t]) => t === 'AgentConf_RequestSuccess')![1] as { confId: number }).confId;
  await conf(chair, 'batchaddparticipant', { addresses: [{ addressType: '9', address: '102' }, { addressType: '6', address: number }] });
  await conf(member, 'answeragentconf');
  await advance(app, 5_000);
  await chair.events();
  await member.events();
});
afterEach(async () => {
  await app.close();
});

async function channel(address: string) {
  const info = (await conf(chair, 'queryconfinfos', { confIds: [confId] })).body.result.confs[0];
  return info.addresses.find((a: { address: string }) => a.address === address);
}

describe('6.1.6.6 holdparticipant / 6.1.6.7 unholdparticipant', () => {
  it('hold and unhold a channel (changeType 5 and 6), refusing a second hold (21251) and an unhold of a talking one (21252)', async () => {
    expect((await conf(chair, 'holdparticipant', { address: number, addressType: '6', playMode: 2, voicePath: 'y:/conf/1/1136287.V3' })).body).toEqual(success);
    expect(await changes(chair)).toEqual([`${number}:5`]);
    expect(await changes(member)).toEqual([`${number}:5`]);
    expect((await channel(number)).channelState).toBe(1);
    expect((await conf(chair, 'holdparticipant', { address: number, addressType: '6', voicePath: 'y:/conf/1/m.V3' })).body).toMatchObject({ retcode: '100-007', result: { errorReason: 21251 } });
    expect((await conf(chair, 'unholdparticipant', { address: number, addressType: '6' })).body).toEqual(success);
    expect(await changes(chair)).toEqual([`${number}:6`]);
    expect((await channel(number)).channelState).toBe(0);
    expect((await conf(chair, 'unholdparticipant', { address: number, addressType: '6' })).body.result).toEqual({ errorReason: 21252 });
    // Someone not in the conference: CTI 21237.
    expect((await conf(chair, 'holdparticipant', { address: '103', addressType: '9', voicePath: 'y:/conf/1/m.V3' })).body.result).toEqual({ errorReason: 21237 });
  });

  it('checks bodies (000-002) and the chair (101-002, 101-001)', async () => {
    for (const body of [{ address: number, addressType: '6' }, { address: number, addressType: '5', voicePath: 'v' }, { address: 'x'.repeat(25), addressType: '6', voicePath: 'v' }, { address: number, addressType: '6', voicePath: 'v'.repeat(128) }, { address: number, addressType: '6', playMode: 1, voicePath: 'v' }]) {
      expect(await code(chair, 'holdparticipant', body), JSON.stringify(body)).toBe('000-002');
    }
    expect(await code(member, 'holdparticipant', { address: number, addressType: '6', voicePath: 'v' })).toBe('101-002');
    const outsider = await GatewayAgent.signIn(app, 103);
    expect(await code(outsider, 'unholdparticipant', { address: number, addressType: '6' })).toBe('101-001');
    expect(await code(outsider, 'releaseagentconf')).toBe('101-001');
  });
});

describe('6.1.6.12 changeparticipantmode', () => {
  it('tells attributes 1 (muted, 3) and 3 (unmuted, 4) only, and shows the attribute', async () => {
    for (const attribute of [1, 2, 3, 4]) expect((await conf(chair, 'changeparticipantmode', { attribute, address: '102', addressType: '9' })).body).toEqual(success);
    expect(await changes(chair)).toEqual(['102:3', '102:4']);
    expect(await changes(member)).toEqual(['102:3', '102:4']);
    expect((await channel('102')).channelAttrib).toBe(4);
    for (const attribute of [0, 5]) expect(await code(chair, 'changeparticipantmode', { attribute, address: '102', addressType: '9' })).toBe('000-002');
  });
});

describe('announcements: 6.1.6.13–6.1.6.16', () => {
  let voicePath: string;
  beforeEach(async () => {
    const call = await demoCaller(app);
    const res = await call('/apiaccess/rest/cc-management/v1/importVoiceFile/upload', { fileInfo: toneWavBase64(4_000), locale: 'zh_CN', voiceType: '0', fileType: 'WAV', voiceFileName: 'notice' });
    await advance(app, 3_000);
    voicePath = (await app.services.repos.voiceAssets.findFile(1, res.body.fileId))!.fileUrl;
    await chair.call('POST', 'onlineagent/{id}/handshake');
    await chair.events();
  });

  it('plays to the conference for the file length; a second play 21247; stop without one 21248', async () => {
    expect((await conf(chair, 'stopvoicetoconf')).body).toMatchObject({ retcode: '100-007', result: { errorReason: 21248 } });
    expect((await conf(chair, 'playvoicetoconf', { voicePath })).body).toEqual(success);
    expect((await conf(chair, 'playvoicetoconf', { voicePath })).body.result).toEqual({ errorReason: 21247 });
    await advance(app, 2_000);
    expect((await conf(chair, 'stopvoicetoconf')).body).toEqual(success);
    await advance(app, 5_000);
    // Stopped by the chair: no event (6.1.6.14 "Triggered Event: None").
    expect(await chair.events()).toEqual([]);
    expect((await conf(chair, 'playvoicetoconf', { voicePath })).body).toEqual(success);
    await advance(app, 4_000);
    expect(await chair.events()).toEqual([['AgentConf_StopVoice', { result: 0 }]]);
  });

  it('a file that cannot be played ends at once with result 1 (another VDN, unknown path)', async () => {
    await conf(chair, 'playvoicetoconf', { voicePath: voicePath.replace('IVR/1/', 'IVR/2/') });
    await conf(chair, 'playvoicetoparticipant', { addressType: '9', address: '102', voicePath: 'y:/conf/1/none.V3' });
    expect(await chair.events()).toEqual([['AgentConf_StopVoice', { result: 1 }], ['AgentConf_StopParticipantVoice', { result: 1 }]]);
  });

  it('plays to one channel (channelState 2, then back to held), refusing a second (21249) and a stop without one (21250)', async () => {
    await conf(chair, 'holdparticipant', { address: number, addressType: '6', voicePath: 'y:/conf/1/music.V3' });
    await chair.events();
    expect((await conf(chair, 'stopvoicetoparticipant', { addressType: '6', address: number })).body.result).toEqual({ errorReason: 21250 });
    expect((await conf(chair, 'playvoicetoparticipant', { addressType: '6', address: number, playMode: 2, voicePath })).body).toEqual(success);
    expect((await channel(number)).channelState).toBe(2);
    expect((await conf(chair, 'playvoicetoparticipant', { addressType: '6', address: number, voicePath })).body.result).toEqual({ errorReason: 21249 });
    await advance(app, 4_000);
    expect(await chair.events()).toEqual([['AgentConf_StopParticipantVoice', { result: 0 }]]);
    expect((await channel(number)).channelState).toBe(1);
    await conf(chair, 'playvoicetoparticipant', { addressType: '9', address: '102', voicePath });
    expect((await conf(chair, 'stopvoicetoparticipant', { addressType: '9', address: '102' })).body).toEqual(success);
    expect((await channel('102')).channelState).toBe(0);
    expect(await code(chair, 'playvoicetoconf', { voicePath, playType: 2 })).toBe('000-002');
    expect(await code(member, 'playvoicetoconf', { voicePath })).toBe('101-002');
  });
});

describe('6.1.6.17 modifyconfresource', () => {
  it('adds seats up to 120 (21238) and removes only free ones (21239)', async () => {
    // Five seats, four taken (101, 102, the number... and 5 − 3 = 2 free).
    expect((await conf(chair, 'modifyconfresource', { modifyType: 1, modifyNum: 3 })).body.result).toEqual({ errorReason: 21239 });
    expect((await conf(chair, 'modifyconfresource', { modifyType: 1, modifyNum: 2 })).body).toEqual(success);
    expect((await conf(chair, 'batchaddparticipant', { addresses: [{ addressType: '6', address: '1' }] })).body.result).toEqual({ errorReason: 21224 });
    expect((await conf(chair, 'modifyconfresource', { modifyType: 0, modifyNum: 118 })).body.result).toEqual({ errorReason: 21238 });
    expect((await conf(chair, 'modifyconfresource', { modifyType: 0, modifyNum: 117 })).body).toEqual(success);
    for (const body of [{ modifyType: 2, modifyNum: 2 }, { modifyType: 0, modifyNum: 1 }, { modifyType: 0, modifyNum: 119 }, { modifyType: 0 }]) expect(await code(chair, 'modifyconfresource', body)).toBe('000-002');
  });
});

describe('6.1.6.18 queryconfinfos / 6.1.6.19 queryvdnconfid', () => {
  it('shows an agent its own conference only, the inspector any; ids to the inspector only (101-004)', async () => {
    const outsider = await GatewayAgent.signIn(app, 103);
    const inspector = await GatewayAgent.signIn(app, 120);
    expect((await conf(outsider, 'queryconfinfos', { confIds: [confId] })).body).toEqual({ message: 'success', retcode: '0', result: { confs: [] } });
    expect((await conf(inspector, 'queryconfinfos', { conflds: [String(confId), 424242] })).body.result.confs.map((c: { confId: number }) => c.confId)).toEqual([confId]);
    expect((await conf(member, 'queryconfinfos', { confIds: [confId] })).body.result.confs).toHaveLength(1);
    expect(await code(chair, 'queryconfinfos', { confIds: Array.from({ length: 21 }, (_, i) => i) })).toBe('000-002');
    expect(await code(chair, 'queryconfinfos', {})).toBe('000-002');
    expect((await conf(inspector, 'queryvdnconfid')).body).toEqual({ message: 'success', retcode: '0', result: { confIds: [confId] } });
    expect(await code(chair, 'queryvdnconfid')).toBe('101-004');
    await conf(chair, 'releaseagentconf');
    expect((await conf(inspector, 'queryvdnconfid')).body.result).toEqual({ confIds: [] });
  });
});
