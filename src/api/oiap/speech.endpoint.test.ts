import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { oiapClient, otherOiapTenant } from './oiap-client.test-support.ts';

let app: TestApp;
let oiap: Awaited<ReturnType<typeof oiapClient>>;

beforeAll(async () => {
  app = await createTestApp();
  oiap = await oiapClient(app);
  // A second tenant: its id 7 must never see the demo tenant's transcripts.
  await otherOiapTenant(app);
});
afterAll(() => app.close());

const turn = (userid: string, inaction: number, inparams: Record<string, unknown>) =>
  app.request({ method: 'POST', url: '/oifde/rest/crs/process', body: { userid, inaction, inparams: { call_id: userid, auth_token: oiap.token, call_dst_id: '4002', ...inparams } } });

describe('10.21 tts/texttovoice', () => {
  it('synthesises a 16 kHz WAV with sentence timings in ms and UTF-8 byte offsets', async () => {
    const res = await oiap('/oifde/rest/api/tts/texttovoice', { text: '你好，测试语音接口。Hello there.', config: { voiceName: 'cn_tianmeiru_common', speed: '0', volume: '50' } });
    expect(res.status).toBe(200);
    expect(res.body.retCode).toBe('0');
    expect(res.body.data).toMatchObject({ format: 'wav', sampleRate: '16000' });
    const wav = Buffer.from(res.body.data.voiceData, 'base64');
    expect(wav.subarray(0, 4).toString()).toBe('RIFF');
    expect(wav.readUInt32LE(24)).toBe(16000);
    const [first, second] = res.body.data.sentences;
    expect(first).toMatchObject({ st: 0, offset: 0, len: Buffer.byteLength('你好，测试语音接口。') });
    expect(second.st).toBe(first.et);
    expect(second.offset).toBe(first.len);
    expect(second.et).toBeGreaterThan(second.st);
  });

  it('rejects an unknown voice or an out-of-range volume (10000002), and a bad token with HTTP 401', async () => {
    expect((await oiap('/oifde/rest/api/tts/texttovoice', { text: 'x', config: { voiceName: 'robot' } })).body.retCode).toBe('10000002');
    expect((await oiap('/oifde/rest/api/tts/texttovoice', { text: 'x', config: { volume: 101 } })).body.retCode).toBe('10000002');
    expect((await app.request({ method: 'POST', url: '/oifde/rest/api/tts/texttovoice', body: { text: 'x', authToken: 'no' } })).status).toBe(401);
  });
});

describe('10.23 servicemonitor', () => {
  it('answers 200 with an empty JSON object to GET and POST without a credential', async () => {
    for (const method of ['GET', 'POST'] as const) {
      const res = await app.request({ method, url: '/oifde/rest/api/servicemonitor' });
      expect(res.status).toBe(200);
      expect(res.body).toEqual({});
    }
  });
});

describe('10.12 asrrecognizeresult with 10.5.4/10.5.5 capture', () => {
  it('turns StartSpeech into a barge-in poll and feeds the final text to the next turn', async () => {
    await turn('cap-1', 7, {});
    await turn('cap-1', 8, { call_sor_id: '13800000001' });
    const token = await app.services.chatbot.dialog.captureToken(1, 'cap-1');
    const push = (respType: string, sentence?: Record<string, unknown>) => app.request({ method: 'POST', url: '/oifde/rest/api/flow/asrrecognizeresult', body: { serviceToken: token, taskId: 'cap-1', respType, ...(sentence ? { sentence } : {}) } });
    expect((await turn('cap-1', 13, {})).body.outparams.recognize_type).toBe('0');
    expect((await push('StartSpeech')).body).toEqual({ retCode: '0', retMsg: 'asr recognize success' });
    expect((await turn('cap-1', 13, {})).body.outparams.recognize_type).toBe('1');
    await push('NormalResult', { st: 0, et: 900, isFinal: true, text: encodeURIComponent('when are you open'), confidence: 0.9 });
    const answer = await turn('cap-1', 9, { flow_result_type: '1', input: 'asr-key@2' });
    expect(answer.body.outparams.prompt_text).toContain('9 am to 5 pm');
    expect((await turn('cap-1', 13, {})).body.outparams.recognize_type).toBe('0');
  });

  it('refuses a serviceToken that opened no capture', async () => {
    const res = await app.request({ method: 'POST', url: '/oifde/rest/api/flow/asrrecognizeresult', body: { serviceToken: '1.123', taskID: 'cap-1', respType: 'StartSpeech' } });
    expect(res.body).toEqual({ retCode: '900002', retMsg: expect.any(String) });
  });
});

describe('10.22 sysapi/asrcallback', () => {
  it('stores the transcript of the tenant named by the header token', async () => {
    const body = { body: { state: { code: 0, success: true }, body: { aid: 'FJKkMeepk8l', lattices: [{ begin: 4360, end: 5970, lid: 1, onebest: 'is the call connected?', spk: 0 }, { begin: 0, end: 4000, lid: 0, onebest: 'Hello,', spk: 1 }] } } };
    const res = await app.request({ method: 'POST', url: '/oifde/rest/sysapi/asrcallback', headers: { userName: 'demo-ak', token: oiap.token }, body });
    expect(res.body).toEqual({ retCode: '0', retMsg: 'success' });
    expect((await app.services.repos.oiapDialog.transcript(1, 'FJKkMeepk8l'))?.transcript).toBe('Hello, is the call connected?');
    expect(await app.services.repos.oiapDialog.transcript(7, 'FJKkMeepk8l')).toBeUndefined();
    const bad = await app.request({ method: 'POST', url: '/oifde/rest/sysapi/asrcallback', headers: { userName: 'demo-ak', token: 'nope' }, body });
    expect(bad.status).toBe(401);
  });
});
