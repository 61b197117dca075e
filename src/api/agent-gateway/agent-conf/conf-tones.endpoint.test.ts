// Goal: the conference's second announcement channel and the welcome tone over HTTP: 6.1.6.13
// playType 1 plays under the talk beside the foreground announcement (confState stays 0) and ends
// with its own AgentConf_StopVoice; 6.1.6.10 beepTone plays voicePath to each invitee's channel
// when it joins (channelState 2 for the file's length, no event to the chair) (decision 0466).
// Method: the demo tenant on a virtual clock; agent 101 chairs; approved voice files of 4 s and 6 s.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { advance, GatewayAgent } from '../../../../test/support/gateway-client.ts';
import { demoCaller, toneWavBase64 } from '../../config-ivr/config-ivr.test-support.ts';

let app: TestApp;
let chair: GatewayAgent;
let confId: number;
let fourSeconds: string;
let sixSeconds: string;
const number = '13900001234';
const success = { result: {}, message: 'success', retcode: '0' };
const conf = (agent: GatewayAgent, op: string, body?: unknown) => agent.call('POST', `agentconf/{id}/${op}`, body);

async function voiceFile(lengthMs: number, name: string): Promise<string> {
  const call = await demoCaller(app);
  const res = await call('/apiaccess/rest/cc-management/v1/importVoiceFile/upload', { fileInfo: toneWavBase64(lengthMs), locale: 'zh_CN', voiceType: '0', fileType: 'WAV', voiceFileName: name });
  await advance(app, 3_000);
  return (await app.services.repos.voiceAssets.findFile(1, res.body.fileId))!.fileUrl;
}

async function info() {
  return (await conf(chair, 'queryconfinfos', { confIds: [confId] })).body.result.confs[0] as { confState: number; addresses: { address: string; channelState: number }[] };
}
const channelState = async (address: string) => (await info()).addresses.find((a) => a.address === address)?.channelState;

beforeEach(async () => {
  app = await createTestApp();
  fourSeconds = await voiceFile(4_000, 'notice');
  sixSeconds = await voiceFile(6_000, 'music');
  chair = await GatewayAgent.signIn(app, 101);
  await conf(chair, 'requestagentconf', { memberNum: 5 });
  await advance(app, 1_000);
  confId = ((await chair.events()).find(([t]) => t === 'AgentConf_RequestSuccess')![1] as { confId: number }).confId;
});
afterEach(async () => {
  await app.close();
});

describe('6.1.6.13 playvoicetoconf playType 1 (background)', () => {
  it('plays under the foreground announcement, each ending with its own StopVoice', async () => {
    expect((await conf(chair, 'playvoicetoconf', { playType: 1, voicePath: sixSeconds })).body).toEqual(success);
    expect((await info()).confState).toBe(0);
    expect((await conf(chair, 'playvoicetoconf', { playType: 1, voicePath: fourSeconds })).body.result).toEqual({ errorReason: 21247 });
    // The foreground announcement plays beside it and does not stop it.
    expect((await conf(chair, 'playvoicetoconf', { playType: 0, voicePath: fourSeconds })).body).toEqual(success);
    expect((await info()).confState).toBe(1);
    await advance(app, 4_000);
    expect(await chair.events()).toEqual([['AgentConf_StopVoice', { result: 0 }]]);
    expect((await info()).confState).toBe(0);
    await advance(app, 2_000);
    expect(await chair.events()).toEqual([['AgentConf_StopVoice', { result: 0 }]]);
    expect((await conf(chair, 'playvoicetoconf', { playType: 1, voicePath: fourSeconds })).body).toEqual(success);
  });

  it('stopvoicetoconf stops the foreground one first, then the background one, silently; an unplayable background ends with result 1', async () => {
    await conf(chair, 'playvoicetoconf', { playType: 1, voicePath: sixSeconds });
    await conf(chair, 'playvoicetoconf', { voicePath: fourSeconds });
    expect((await conf(chair, 'stopvoicetoconf')).body).toEqual(success);
    expect((await info()).confState).toBe(0);
    // The background one still plays: a new one is refused until it is stopped too.
    expect((await conf(chair, 'playvoicetoconf', { playType: 1, voicePath: fourSeconds })).body.result).toEqual({ errorReason: 21247 });
    expect((await conf(chair, 'stopvoicetoconf')).body).toEqual(success);
    expect((await conf(chair, 'stopvoicetoconf')).body.result).toEqual({ errorReason: 21248 });
    await advance(app, 10_000);
    expect(await chair.events()).toEqual([]);
    await conf(chair, 'playvoicetoconf', { playType: 1, voicePath: 'y:/conf/1/none.V3' });
    expect(await chair.events()).toEqual([['AgentConf_StopVoice', { result: 1 }]]);
  });
});

describe('6.1.6.10 batchaddparticipant beepTone', () => {
  it('each invitee hears the welcome announcement when it joins; the chair gets no StopParticipantVoice', async () => {
    const member = await GatewayAgent.signIn(app, 102);
    const body = { addresses: [{ addressType: '9', address: '102' }, { addressType: '6', address: number }], beepTone: true, playMode: 2, voicePath: fourSeconds };
    expect((await conf(chair, 'batchaddparticipant', body)).body).toEqual(success);
    await conf(member, 'answeragentconf');
    expect(await channelState('102')).toBe(2);
    await advance(app, 3_000);
    expect(await channelState('102')).toBe(2);
    await advance(app, 1_000);
    expect(await channelState('102')).toBe(0);
    // The number joined later than the agent: its own welcome runs from its own join.
    expect(await channelState(number)).toBe(2);
    await advance(app, 6_000);
    expect(await channelState(number)).toBe(0);
    expect((await chair.events()).map(([type]) => type).filter((type) => type !== 'AgentConf_ParticipantChanged')).toEqual([]);
  });

  it('plays nothing without beepTone, or for a file that cannot be played', async () => {
    const member = await GatewayAgent.signIn(app, 102);
    await conf(chair, 'batchaddparticipant', { addresses: [{ addressType: '9', address: '102' }], beepTone: false, voicePath: fourSeconds });
    await conf(member, 'answeragentconf');
    expect(await channelState('102')).toBe(0);
    const other = await GatewayAgent.signIn(app, 103);
    await conf(chair, 'batchaddparticipant', { addresses: [{ addressType: '9', address: '103' }], beepTone: true, voicePath: 'y:/conf/1/none.V3' });
    await conf(other, 'answeragentconf');
    expect(await channelState('103')).toBe(0);
    expect((await conf(chair, 'batchaddparticipant', { addresses: [{ addressType: '6', address: '1' }], beepTone: true })).body.retcode).toBe('000-002');
  });
});
