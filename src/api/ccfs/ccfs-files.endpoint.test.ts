// Goal: the rest of CC-FS (13.2.1.1, 13.2.1.8–15) against real files: signed, expiring links that
// we serve (and refuse once expired, forged or moved to another tenant), play tokens and the
// playVoice stream with ranges, IVR and intelligent-IVR files of the tenant volume, and the
// third-party upload (WAV checks, the documented name), hash (SHA-256), download and delete, each
// with its documented codes. Method: a test server on a virtual clock; agent 101 takes a 30 s call
// from /sim/v1; requests are signed with the demo tenant's AK/SK.
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ccfsMessage as msg, ccfsPost, safeJson } from '../../../test/support/ccfs-client.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { advance, dial, GatewayAgent } from '../../../test/support/gateway-client.ts';
import { encodeWav } from '../../media/index.ts';
import { parseWav } from '../../media/wav-decode.ts';

let app: TestApp;
let callId = '';
let rec: { recordId: string; fileName: string; beginMs: number; endMs: number | null };

beforeAll(async () => {
  app = await createTestApp();
  await GatewayAgent.signIn(app, 101);
  callId = await dial(app, '4001');
  await advance(app, 30_000);
  await app.request({ method: 'POST', url: `/sim/v1/calls/${callId}/hangup` });
  await advance(app, 1_000);
  rec = (await app.services.repos.ctiRecords.recordingsOfCall(1, callId))[0]!;
});
afterAll(async () => {
  await app.close();
});

const ccfs = (path: string, body: unknown, options: { raw?: boolean; query?: Record<string, string> } = {}) => ccfsPost(app, path, body, options);
const codeOf = async (p: Promise<{ body: any }>) => (await p).body?.resultCode;
const get = (url: string, headers: Record<string, string> = {}) => app.http.inject({ method: 'GET', url, headers });
const framesOf = (bytes: Buffer) => {
  const wav = parseWav(new Uint8Array(bytes));
  if (!wav.ok || wav.wav.kind !== 'pcm') throw new Error('not a WAV');
  return wav.wav.frameCount;
};

describe('13.2.1.1 getRecordFileUrlFromObs', () => {
  const urlOf = (body: Record<string, unknown>) => ccfs('/CCFS/resource/ccfs/getRecordFileUrlFromObs', body);

  it('returns a signed link we serve for 8 hours: the WAV, with ranges; then 403', async () => {
    const res = await urlOf({ callId, beginTime: '2026-01-05 07:00:00', endTime: '2026-01-05 09:00:00', version: '2.0' });
    expect(res.body).toEqual({ resultData: { url: expect.stringMatching(/^http:\/\/localhost:80\/opencec\/v1\/ccfs\/record\/1\/\w+\?AccessKeyId=demo-ak&Expires=\d+&Signature=[\w-]+$/) }, resultCode: '0', resultDesc: 'success' });
    const url = new URL(res.body.resultData.url as string);
    const path = url.pathname + url.search;
    const file = await get(path);
    expect(file.statusCode).toBe(200);
    expect(framesOf(file.rawPayload)).toBe((rec.endMs! - rec.beginMs) * 8);
    expect((await get(path, { range: 'bytes=10-19' })).statusCode).toBe(206);
    expect((await get(path.replace(/Signature=[\w-]+/, 'Signature=forged'))).statusCode).toBe(403);
    expect((await get(path.replace(/Expires=(\d+)/, (_m, e) => `Expires=${Number(e) + 1}`))).statusCode).toBe(403);
    const forbidden = await get(path.replace('AccessKeyId=demo-ak&', ''));
    expect(safeJson(forbidden.body)).toMatchObject({ status: 403, error: 'Forbidden' });
    // The suffix-only call id names the same call (issue 10 item 5).
    expect((await urlOf({ callId: callId.split('-')[1], beginTime: '2026-01-05 07:00:00', endTime: '2026-01-05 09:00:00' })).body.resultCode).toBe('0');
    // A recording that moved to another tenant is refused even with the valid link.
    await app.services.store.db.updateTable('recording').set({ vdnId: 2 }).where('recordId', '=', rec.recordId).execute();
    try {
      expect(safeJson((await get(path)).body)).toMatchObject({ resultCode: '0300018' });
      expect(await codeOf(urlOf({ callId, beginTime: '2026-01-05 07:00:00', endTime: '2026-01-05 09:00:00' }))).toBe('0300018');
    } finally {
      await app.services.store.db.updateTable('recording').set({ vdnId: 1 }).where('recordId', '=', rec.recordId).execute();
    }
    app.clock.advance(8 * 3_600_000 + 1_000);
    expect((await get(path)).statusCode).toBe(403);
  });

  it('answers the documented codes', async () => {
    const ok = { callId, beginTime: '2026-01-05 07:00:00', endTime: '2026-01-05 09:00:00' };
    expect(await codeOf(urlOf({ ...ok, version: '1.0' }))).toBe('0300006');
    expect(await codeOf(urlOf({ ...ok, callId: undefined }))).toBe('0300001');
    expect(await codeOf(urlOf({ ...ok, callId: '' }))).toBe('0300002');
    expect(await codeOf(urlOf({ ...ok, callId: 'x'.repeat(26) }))).toBe('0300003');
    expect(await codeOf(urlOf({ ...ok, callId: 'abc' }))).toBe('0300004');
    expect(await codeOf(urlOf({ ...ok, beginTime: '2026-01-05 10:00:00' }))).toBe('0300013');
    expect(await codeOf(urlOf({ ...ok, beginTime: '2026-01-01 07:00:00' }))).toBe('0300014');
    expect(await codeOf(urlOf({ ...ok, beginTime: '2026-01-04 07:00:00', endTime: '2026-01-04 09:00:00' }))).toBe('0300012');
  });
});

describe('13.2.1.8 requestPlayVoice → 13.2.1.9 playVoice', () => {
  it('returns a 30-minute token for the original_file_name and streams the recording with ranges', async () => {
    const res = await ccfs('/CCFS/resource/ccfs/requestPlayVoice', msg({ fileName: rec.fileName }));
    expect(res.body).toEqual({ resultData: { token: expect.any(String) }, resultCode: '0', resultDesc: 'success' });
    const token = encodeURIComponent(res.body.resultData.token);
    const url = `/CCFS/resource/ccfs/playVoice?t=${app.clock.now()}&version=2.0&st=${token}`;
    const whole = await get(url);
    expect(whole.statusCode).toBe(200);
    expect(whole.headers['content-type']).toBe('Application/Octet-stream;charset=UTF-8');
    expect(framesOf(whole.rawPayload)).toBe((rec.endMs! - rec.beginMs) * 8);
    const part = await get(url, { range: 'bytes=100-' });
    expect(part.statusCode).toBe(206);
    expect(part.rawPayload.equals(whole.rawPayload.subarray(100))).toBe(true);
    // Failures keep the octet-stream type the section prints, with the CC-FS body.
    const empty = await get('/CCFS/resource/ccfs/playVoice?t=1&version=2.0');
    expect(empty.headers['content-type']).toBe('Application/Octet-stream;charset=UTF-8');
    expect(safeJson(empty.body)).toEqual({ resultData: null, resultCode: '010106', resultDesc: 'Parameter token is empty.' });
    expect(safeJson((await get(url.replace('version=2.0', 'version=1.0'))).body).resultCode).toBe('0300006');
    expect(safeJson((await get(`${url}x`)).body).resultCode).toBe('0300026');
    app.clock.advance(30 * 60_000 + 1);
    expect(safeJson((await get(url)).body).resultCode).toBe('0300026');
  });

  it('never streams on hostile input: each answers the CC-FS failure body', async () => {
    const res = await ccfs('/CCFS/resource/ccfs/requestPlayVoice', msg({ fileName: rec.fileName }));
    const token = encodeURIComponent(res.body.resultData.token);
    const hostile: Array<[string, string]> = [
      ['st=%ZZ', '0300026'],
      [`st=${'9'.repeat(1024)}`, '0300026'],
      // Schema violations answer the family's invalid-parameter code.
      [`st=${'9'.repeat(2000)}`, '0300004'],
      [`st=${token}&st=${token}`, '0300004'],
      [`st=${token}x&version=2.0`, '0300026'],
      [`st=${token}&version=2.0.0`, '0300006'],
      [`st=${token.slice(0, -2)}`, '0300026'],
      ['st=&version=2.0', '010106'],
    ];
    for (const [query, code] of hostile) {
      const reply = await get(`/CCFS/resource/ccfs/playVoice?t=1&${query}`);
      expect(reply.statusCode, query).toBeLessThan(500);
      expect(reply.headers['content-range'], query).toBeUndefined();
      expect(safeJson(reply.body), query).toMatchObject({ resultData: null, resultCode: code });
    }
  });

  it('accepts backslashes, refuses unknown files (0300029) and other tenants’ (0300018)', async () => {
    expect(await codeOf(ccfs('/CCFS/resource/ccfs/requestPlayVoice', msg({ fileName: rec.fileName.replaceAll('/', '\\') })))).toBe('0');
    expect(await codeOf(ccfs('/CCFS/resource/ccfs/requestPlayVoice', msg({ fileName: 'Y:/1/0/20260105/101/9999999.V3' })))).toBe('0300029');
    expect(await codeOf(ccfs('/CCFS/resource/ccfs/requestPlayVoice', msg({})))).toBe('0300001');
    expect(await codeOf(ccfs('/CCFS/resource/ccfs/requestPlayVoice', msg({ fileName: 'Y:/1/0/a b.V3' })))).toBe('0300022');
    await app.services.store.db.updateTable('recording').set({ vdnId: 2 }).where('recordId', '=', rec.recordId).execute();
    try {
      expect(await codeOf(ccfs('/CCFS/resource/ccfs/requestPlayVoice', msg({ fileName: rec.fileName })))).toBe('0300018');
    } finally {
      await app.services.store.db.updateTable('recording').set({ vdnId: 1 }).where('recordId', '=', rec.recordId).execute();
    }
  });
});

describe('13.2.1.10 downloadOiapRecord / 13.2.1.11 downloadIVRRecordFile', () => {
  it('serve the tenant volume’s files in the documented shapes, with the documented codes', async () => {
    await app.services.files.write('volume/1/odfsrecord/20260105/1603089033-1205143033.wav', [Buffer.from('oiap')]);
    await app.services.files.write('volume/record/1/odfsrecord/20260105/a.wav', [Buffer.from('oiap1')]);
    await app.services.files.write('volume/1/record/20260105/10233946082696733.wav', [Buffer.from('message')]);
    const oiap = (fileName: string) => ccfs('/CCFS/resource/ccfs/downloadOiapRecord', msg({ fileName }), { raw: true, query: { locationId: '0' } });
    const ok = await oiap('Y:/1/odfsrecord/20260105/1603089033-1205143033.wav');
    expect(ok.status).toBe(200);
    expect(ok.headers['content-type']).toBe('Application/Octet-stream;charset=UTF-8');
    expect(ok.raw.toString()).toBe('oiap');
    expect((await oiap('Y:/record/1/odfsrecord/20260105/a.wav')).raw.toString()).toBe('oiap1');
    const oiapCode = async (fileName: string) => safeJson((await oiap(fileName)).raw.toString()).resultCode;
    expect(await oiapCode('Y:/2/odfsrecord/20260105/x.wav')).toBe('0300018');
    expect(await oiapCode('Y:/1/transferrecord/20260105/none.wav')).toBe('0300011');
    expect(await oiapCode('Y:/1/other/20260105/x.wav')).toBe('0300004');
    expect(await oiapCode(`Y:/1/odfsrecord/20260105/${'a'.repeat(120)}.wav`)).toBe('0300031');
    expect(await oiapCode('Y:/1/../2/odfsrecord/20260105/x.wav')).toBe('0300024');
    const ivr = (fileName: string) => ccfs('/CCFS/resource/ccfs/downloadIVRRecordFile', msg({ fileName }), { raw: true });
    expect((await ivr('Y:/1/record/20260105/10233946082696733.wav')).raw.toString()).toBe('message');
    const ivrCode = async (fileName: string) => safeJson((await ivr(fileName)).raw.toString()).resultCode;
    expect(await ivrCode('Y:/1/voice/20260105/10233946082696733.wav')).toBe('0300023');
    expect(await ivrCode('Y:/2/record/20260105/10233946082696733.wav')).toBe('0300018');
    expect(await ivrCode('Y:/1/record/20260105/none.wav')).toBe('0300011');
    expect(await ivrCode('not a path')).toBe('0300004');
  });
});

describe('13.2.1.13–15 third-party upload, hash, delete and 13.2.1.12 download', () => {
  const wav = (sampleRate: number, channelCount: number, encoding: 'alaw' | 'pcm16' = 'alaw') =>
    Buffer.from(encodeWav({ sampleRate, channels: Array.from({ length: channelCount }, () => new Float32Array(800)) }, encoding)).toString('base64');
  const upload = (data: unknown, vdnId = '1') => ccfs('/CCFS/resource/ccfs/ivr/uploadFile', msg({ data }), { query: { vdnId } });

  it('stores an 8-bit 8 kHz mono WAV under the documented name; hash, download and delete find it', async () => {
    const data = wav(8_000, 1);
    const res = await upload(data);
    expect(res.body).toEqual({ resultData: { fileName: expect.stringMatching(/^Y:\/3rdfile\/1\/thirdvoicebotfile\/[0-9a-f]{8}_\d{13}\.wav$/) }, resultCode: '0', resultDesc: 'success' });
    const fileName = res.body.resultData.fileName as string;
    const hash = await ccfs('/CCFS/resource/ccfs/ivr/getFileHash', msg({ fileName }));
    expect(hash.body.resultData.hashValue).toBe(createHash('sha256').update(Buffer.from(data, 'base64')).digest('hex'));
    const byFolder = await ccfs('/CCFS/resource/ccfs/ivr/downloadFile', msg({ filePath: 'Y:/3rdfile/1/thirdvoicebotfile', mode: '1' }), { raw: true });
    expect(byFolder.raw.equals(Buffer.from(data, 'base64'))).toBe(true);
    const byPath = await ccfs('/CCFS/resource/ccfs/ivr/downloadFile', msg({ filePath: fileName }), { raw: true });
    expect(byPath.raw.equals(byFolder.raw)).toBe(true);
    await upload(wav(8_000, 1));
    expect(await codeOf(ccfs('/CCFS/resource/ccfs/ivr/downloadFile', msg({ filePath: 'Y:/3rdfile/1/thirdvoicebotfile', mode: 1 })))).toBe('0300044');
    expect((await ccfs('/CCFS/resource/ccfs/ivr/deleteFile', msg({ fileName }))).body).toEqual({ resultData: null, resultCode: '0', resultDesc: 'success' });
    expect(await codeOf(ccfs('/CCFS/resource/ccfs/ivr/deleteFile', msg({ fileName })))).toBe('0300011');
    expect(await codeOf(ccfs('/CCFS/resource/ccfs/ivr/getFileHash', msg({ fileName })))).toBe('0300011');
  });

  it('refuses files outside the format, the size, the rules and the tenant', async () => {
    expect(await codeOf(upload(wav(16_000, 1)))).toBe('0300038');
    expect(await codeOf(upload(wav(8_000, 2)))).toBe('0300036');
    expect(await codeOf(upload(wav(8_000, 1, 'pcm16')))).toBe('0300037');
    expect(await codeOf(upload(Buffer.from('not a wav').toString('base64')))).toBe('0300035');
    expect(await codeOf(upload(Buffer.from('RIFF\0\0\0\0WAVEjunk').toString('base64')))).toBe('0300039');
    expect(await codeOf(upload(Buffer.alloc(5 * 1024 * 1024 + 1).toString('base64')))).toBe('0300041');
    // Over the body limit, Fastify refuses the body before the handler: the same documented code, HTTP 200.
    const huge = await upload(Buffer.alloc(7 * 1024 * 1024).toString('base64'));
    expect([huge.status, huge.body]).toEqual([200, { resultData: null, resultCode: '0300041', resultDesc: 'The file size exceeds the limit.' }]);
    expect(await codeOf(upload(wav(8_000, 1), '2'))).toBe('0300026');
    expect(await codeOf(upload(''))).toBe('0300002');
    expect(await codeOf(ccfs('/CCFS/resource/ccfs/ivr/getFileHash', msg({ fileName: 'Y:/3rdfile/2/thirdvoicebotfile/a.wav' })))).toBe('0300018');
    expect(await codeOf(ccfs('/CCFS/resource/ccfs/ivr/getFileHash', msg({ fileName: 'Y:/3rdfile/1/other/a.wav' })))).toBe('0300032');
    expect(await codeOf(ccfs('/CCFS/resource/ccfs/ivr/deleteFile', msg({ fileName: 'Y:/3rdfile/1/thirdvoicebotfile/../../2/x.wav' })))).toBe('0300024');
    expect(await codeOf(ccfs('/CCFS/resource/ccfs/ivr/downloadFile', msg({ filePath: 'Y:/voice/1/elsewhere/x.wav' })))).toBe('0300032');
    expect(await codeOf(ccfs('/CCFS/resource/ccfs/ivr/downloadFile', msg({ filePath: 'Y:/voice/1/IVRrecordFile', mode: '1' })))).toBe('0300011');
  });
});

describe('13.2.3.2 address lock', () => {
  it('locks an address after 5 failed signatures in 10 minutes: 403 with the Spring body, even for valid requests, until the lock ends', async () => {
    const address = '10.9.9.9';
    const body = msg({ fileName: rec.fileName });
    const bad = () => ccfsPost(app, '/CCFS/resource/ccfs/requestPlayVoice', body, { secretKey: 'wrong', remoteAddress: address });
    const good = () => ccfsPost(app, '/CCFS/resource/ccfs/requestPlayVoice', body, { remoteAddress: address });
    for (let i = 0; i < 4; i++) expect((await bad()).status).toBe(401);
    // Failures age out of the window: four old ones and one new do not lock.
    app.clock.advance(10 * 60_000 + 1);
    expect((await bad()).status).toBe(401);
    expect((await good()).status).toBe(200);
    for (let i = 0; i < 4; i++) expect((await bad()).status).toBe(401);
    const locked = await good();
    expect(locked.status).toBe(403);
    expect(locked.body).toEqual({ timestamp: app.clock.now(), status: 403, error: 'Forbidden', message: 'No message available', path: '/CCFS/resource/ccfs/requestPlayVoice' });
    // Other addresses are not affected.
    expect((await ccfsPost(app, '/CCFS/resource/ccfs/requestPlayVoice', body, { remoteAddress: '10.9.9.8' })).status).toBe(200);
    app.clock.advance(10 * 60_000 + 1);
    expect((await good()).status).toBe(200);
  });
});
