// Goal: chapter 14 voice notification: 14.1 lists the tenant's approved notification assets; 14.2
// and 14.3 (also §6.2.9/6.2.10) make a real call that plays voice files and synthesised speech for
// their real durations, playTimes times, then release; the release event (14.4.2) carries the
// documented HMAC-SHA256 signature. Every return code we can reach is checked, and tenants stay
// apart. Method: whole servers on a virtual clock, through HTTP, with a callback receiver on 127.0.0.1.
import { createHmac } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import type { TestApp } from '../../../test/support/test-app.ts';
import { parseWav } from '../../media/index.ts';
import { toneWavBase64 } from '../config-ivr/config-ivr.test-support.ts';
import { addOtherTenant, advanceAndSettle, base64, bidirectionalApp, mobileAgentBase, patchTenantSettings, startCallbackReceiver } from '../bidirectional/bidirectional.test-support.ts';

let app: TestApp;
let call: Awaited<ReturnType<typeof bidirectionalApp>>['call'];
const closers: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const close of closers.splice(0)) await close();
  await app.close();
});

const v1 = (body: unknown) => call('/apiaccess/rest/voiceNotification/v1/createVoiceNotification', body);
const v2 = (body: unknown) => call('/apiaccess/rest/voiceNotification/v2/createVoiceNotification', body);
const list = (body: unknown) => call('/apiaccess/rest/voiceNotification/v1/queryVoiceNotificationRecording', body);
const state = (callSerialNo: string) => call(`${mobileAgentBase}/queryCallState`, { callSerialNo });

/** Uploads a 1.5 s notification file and a template, approved by the automatic reviewer. */
async function assets() {
  const fileId = (await call('/apiaccess/rest/cc-management/v1/importVoiceFile/upload', { fileInfo: toneWavBase64(1500), locale: 'en_US', voiceType: '3', fileType: 'WAV', voiceFileName: 'welcome' })).body.fileId as string;
  const ivrFileId = (await call('/apiaccess/rest/cc-management/v1/importVoiceFile/upload', { fileInfo: toneWavBase64(500), locale: 'en_US', voiceType: '0', fileType: 'WAV', voiceFileName: 'menu' })).body.fileId as string;
  const templateId = (await call('/apiaccess/rest/cc-management/v1/createVoiceTemplate', { name: 'parcel', voicecontent: { language: 'en_US', textcontent: 'You have ${NUM_2} parcels delivered to ${TXT_32}' } })).body.templateId as string;
  await advanceAndSettle(app, 2_000);
  const pendingId = (await call('/apiaccess/rest/cc-management/v1/createVoiceTemplate', { name: 'later', voicecontent: { language: 'en_US', textcontent: 'Later' } })).body.templateId as string;
  return { fileId, ivrFileId, templateId, pendingId };
}

describe('14.1 queryVoiceNotificationRecording', () => {
  it('lists the approved notification files (type 0) and TTS texts (type 2) of the tenant only', async () => {
    ({ app, call } = await bidirectionalApp());
    const { fileId, templateId } = await assets();
    const res = await list({ offset: 0, limit: 10 });
    expect(res.body).toMatchObject({ returnCode: '0', description: 'query success' });
    expect(res.body.voiceInfo.map((v: { voice_id: string; type: number }) => [v.voice_id, v.type])).toEqual([
      [fileId, 0],
      [templateId, 2],
    ]);
    expect(res.body.voiceInfo[1]).toMatchObject({ tenant_id: '1', name: 'parcel', uploaddate: expect.any(Number), voicecontent: JSON.stringify({ 0: { languageId: '0', textcontent: 'You have ${NUM_2} parcels delivered to ${TXT_32}' } }), tenantSpaceName: 'demo' });
    expect((await list({ type: 2 })).body.voiceInfo).toHaveLength(1);
    expect((await list({ offset: 1, limit: 500 })).body.voiceInfo).toHaveLength(1);
    expect((await list({ type: 1 })).body).toEqual({ returnCode: '1', description: expect.any(String) });
    const other = await addOtherTenant(app);
    expect((await other('/apiaccess/rest/voiceNotification/v1/queryVoiceNotificationRecording', {})).body.voiceInfo).toEqual([]);
  });
});

describe('14.3 createVoiceNotification V2', () => {
  it('plays a voice file and a filled template, playTimes times, then releases and calls back signed', async () => {
    ({ app, call } = await bidirectionalApp());
    const { fileId, templateId } = await assets();
    const receiver = await startCallbackReceiver(app.clock, () => ({ retCode: '0', retMsg: 'success' }));
    closers.push(receiver.close);
    await patchTenantSettings(app, 1, { voiceNotification: { appSecret: 'vn-key' } });
    const res = await v2({ callerPresent: null, called: '88880067', playlist: [{ voicelid: fileId }, { templatelid: templateId, templateParams: ['3', "Main Gate of People's Park"] }], playTimes: 2, callBackUrl: base64(receiver.url) });
    expect(res.body).toEqual({ retCode: '0', retMsg: 'Created successfully.', result: { callSerialNo: expect.stringMatching(/^\d{19}$/) } });
    const sn = res.body.result.callSerialNo as string;
    const row = await app.services.repos.systemCalls.find(1, sn);
    const audio = JSON.parse(row!.detail).audio as { files: string[]; durationsMs: number[] };
    expect(audio.durationsMs[0]).toBe(1500);
    expect(audio.durationsMs[1]).toBeGreaterThan(1500);
    const speech = parseWav(await readStore(audio.files[1]!));
    expect(speech.ok && speech.wav.kind === 'pcm' && [speech.wav.sampleRate, speech.wav.encoding]).toEqual([8000, 'alaw']);
    const playMs = 2 * (audio.durationsMs[0]! + audio.durationsMs[1]!);
    await advanceAndSettle(app, 2_000);
    expect((await state(sn)).body.result.state).toBe(2);
    await advanceAndSettle(app, playMs - 1);
    expect((await state(sn)).body.result.state).toBe(2);
    await advanceAndSettle(app, 1);
    expect((await state(sn)).body.result).toMatchObject({ state: 3, reasonCode: 1 });
    expect(receiver.received).toHaveLength(1);
    const body = JSON.parse(receiver.received[0]!.body);
    expect(body).toMatchObject({ callSerialNo: sn, called: '88880067', callerPresent: '4001', releaseReason: '1', talkingTime: '2026/01/05,08:00:04:000', talkDuration: String(Math.round(playMs / 1000)) });
    const { signature, timestamp, nonce, ...params } = body;
    const joined = Object.keys(params).sort().map((k) => `${k}=${params[k] ?? 'null'}`).join(',').replaceAll(' ', '');
    expect(signature).toBe(createHmac('sha256', 'vn-key').update(`vn-key_${timestamp}_${nonce}_${joined}`).digest('base64'));
    const records = await call(`${mobileAgentBase}/queryCallDetailRecord`, { startTime: String(app.clock.now() - 60_000), endTime: String(app.clock.now()), taskType: '3' });
    expect(records.body.result.callInfo).toMatchObject([{ callSerialNo: sn, taskType: '3', state: 3 }]);
  });

  it.each([
    ['no called number', {}, '5'],
    ['a callerPresent that is not an access code', { callerPresent: '123' }, '7'],
    ['a callbackUrl off the trustlist', { callbackUrl: base64('http://10.0.0.1/cb') }, '9'],
    ['a priority of 10', { priority: '10' }, '36'],
    ['playTimes 6', { playTimes: 6 }, '10'],
    ['playTimes 0', { playTimes: 0 }, '10'],
    ['an empty playList', { playList: [] }, '11'],
    ['six items', { playList: Array.from({ length: 6 }, () => ({ voiceId: 'F' })) }, '11'],
    ['an item with no id', { playList: [{ templateParams: ['1'] }] }, '12'],
    ['an unknown voiceId', { playList: [{ voiceId: '123' }] }, '17'],
    ['a voiceId naming a template', { playList: [{ voiceId: 'T' }] }, '23'],
    ['a templateId naming a file', { playList: [{ templateId: 'F' }] }, '22'],
    ['an IVR file', { playList: [{ voiceId: 'I' }] }, '18'],
    ['a template not yet approved', { playList: [{ templateId: 'P' }] }, '20'],
    ['an unknown voiceFileName', { playList: [{ voiceFileName: 'nope' }] }, '33'],
    ['a voiceFileName of an IVR file', { playList: [{ voiceFileName: 'menu' }] }, '34'],
    ['missing templateParams', { playList: [{ templateId: 'T' }] }, '15'],
    ['one parameter for two variables', { playList: [{ templateId: 'T', templateParams: ['3'] }] }, '25'],
    ['a parameter with $', { playList: [{ templateId: 'T', templateParams: ['3', 'a$b'] }] }, '14'],
    ['an empty parameter', { playList: [{ templateId: 'T', templateParams: ['', 'gate'] }] }, '35'],
    ['a NUM with letters', { playList: [{ templateId: 'T', templateParams: ['x', 'gate'] }] }, '31'],
    ['a NUM too long for NUM_2', { playList: [{ templateId: 'T', templateParams: ['123', 'gate'] }] }, '29'],
    ['a value over 32 bytes', { playList: [{ templateId: 'T', templateParams: ['1', 'x'.repeat(33)] }] }, '13'],
  ])('refuses %s', async (_name, patch, retCode) => {
    ({ app, call } = await bidirectionalApp());
    const ids = await assets();
    const named: Record<string, string> = { F: ids.fileId, T: ids.templateId, I: ids.ivrFileId, P: ids.pendingId };
    const body: Record<string, unknown> = { called: '88880067', playList: [{ voiceId: ids.fileId }], ...patch };
    if (Array.isArray(body.playList)) body.playList = (body.playList as Array<Record<string, unknown>>).map((item) => Object.fromEntries(Object.entries(item).map(([k, v]) => [k, typeof v === 'string' && named[v] ? named[v] : v])));
    if ('called' in patch === false && _name === 'no called number') delete body.called;
    const res = await v2(body);
    expect(res.body).toEqual({ retCode, retMsg: expect.any(String) });
  });

  it('refuses a rejected file (21) and a notification to the same number while one runs (1)', async () => {
    ({ app, call } = await bidirectionalApp());
    const { fileId } = await assets();
    expect((await v2({ called: '88880067', playList: [{ voiceId: fileId }] })).body.retCode).toBe('0');
    expect((await v2({ called: '88880067', playList: [{ voiceId: fileId }] })).body.retCode).toBe('1');
    const rejected = (await call('/apiaccess/rest/cc-management/v1/importVoiceFile/upload', { fileInfo: toneWavBase64(300), locale: 'en_US', voiceType: '3', fileType: 'WAV' })).body.fileId as string;
    await call(`/opencec/v1/voice-reviews/${rejected}`, { status: '3' });
    expect((await v2({ called: '88880068', playList: [{ voiceId: rejected }] })).body.retCode).toBe('21');
  });

  it("never plays another tenant's assets", async () => {
    ({ app, call } = await bidirectionalApp());
    const { fileId } = await assets();
    const other = await addOtherTenant(app);
    expect((await other('/apiaccess/rest/voiceNotification/v2/createVoiceNotification', { called: '88880067', playList: [{ voiceId: fileId }] })).body.retCode).toBe('17');
  });
});

describe('14.2 createVoiceNotification V1', () => {
  it('plays voice ids and $text$ segments (ref example L69615)', async () => {
    ({ app, call } = await bidirectionalApp());
    const { fileId } = await assets();
    const res = await v1({ voiceContent: `${fileId}~$Tom$~${fileId}`, callerPresent: null, called: '88880000' });
    expect(res.body).toMatchObject({ retCode: '0', retMsg: 'Created successfully.', result: { callSerialNo: expect.any(String) } });
    await advanceAndSettle(app, 60_000);
    expect((await state(res.body.result.callSerialNo)).body.result).toMatchObject({ state: 3, reasonCode: 4 });
  });

  it.each([
    ['an empty voiceContent', { voiceContent: '' }, '8'],
    ['an unknown voice id', { voiceContent: '999~$Tom$' }, '8'],
    ['an empty text', { voiceContent: '$$' }, '8'],
    ['over 1000 characters', { voiceContent: `$${'a'.repeat(1000)}$` }, '8'],
    ['a called number with letters', { voiceContent: '$Hi$', called: 'abc' }, '5'],
    ['a priority of 0', { voiceContent: '$Hi$', priority: '0' }, '36'],
  ])('refuses %s', async (_name, patch, retCode) => {
    ({ app, call } = await bidirectionalApp());
    expect((await v1({ called: '88880067', ...patch })).body).toEqual({ retCode, retMsg: expect.any(String) });
  });
});

async function readStore(key: string): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of app.services.files.read(key)) chunks.push(chunk as Buffer);
  return new Uint8Array(Buffer.concat(chunks));
}
