// Goal: 5.4.4 validates every field, really converts WAV and MP3 uploads to the platform's
// A-law, mono, 8 kHz WAV, stores them per tenant, and applies traffic control. Method: a whole
// server on a virtual clock; uploads of generated signals and of the project's MP3 fixture.
import fs from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseWav } from '../../media/index.ts';
import { testEpochMs, type TestApp } from '../../../test/support/test-app.ts';
import { addTenant, createVoiceTestApp, demoCaller, toneWavBase64 } from './config-ivr.test-support.ts';

const path = '/apiaccess/rest/cc-management/v1/importVoiceFile/upload';
const mp3Base64 = fs.readFileSync(new URL('../../media/fixtures/tone-1khz-600ms-stereo-44k.mp3', import.meta.url)).toString('base64');
let app: TestApp;
let call: Awaited<ReturnType<typeof demoCaller>>;
beforeEach(async () => {
  app = await createVoiceTestApp();
  call = await demoCaller(app);
});
afterEach(async () => {
  await app.close();
});

const upload = (extra: Record<string, unknown> = {}) => call(path, { fileInfo: toneWavBase64(), locale: 'zh_CN', voiceType: '0', fileType: 'WAV', ...extra });

describe('5.4.4 importVoiceFile/upload', () => {
  it('stores a stereo 44.1 kHz WAV as an 8 kHz mono A-law WAV of the same length, pending review', async () => {
    const res = await upload({ voiceFileName: 'welcome', voiceType: 3, fileType: 'wav' });
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ returnCode: '0', description: 'The file is uploaded successfully.', fileId: expect.stringMatching(/^\d{19}$/) });
    const row = await app.services.repos.voiceAssets.findFile(1, res.body.fileId);
    expect(row).toMatchObject({
      vdnId: 1, voiceFileName: 'welcome', locale: 'zh_CN', voiceType: '3', fileType: 'WAV', reviewStatus: 'pending', callbackUrl: null, createdAtMs: testEpochMs,
      fileUrl: expect.stringMatching(new RegExp(`^Y:/IVR/1/voice/3/[A-Za-z0-9]{8}_${testEpochMs}\\.wav$`)),
    });
    expect(row!.storagePath.startsWith(`${app.services.settings.dataDir}/ivr/1/voice/3/`)).toBe(true);
    const stored = new Uint8Array(fs.readFileSync(row!.storagePath));
    expect(stored.length).toBe(row!.sizeBytes);
    const parsed = parseWav(stored);
    expect(parsed).toMatchObject({ ok: true, wav: { kind: 'pcm', encoding: 'alaw', sampleRate: 8000, channelCount: 1, frameCount: 2000 } });
  });

  it('converts an MP3 upload, whatever fileType claims, and records what the file was', async () => {
    const res = await upload({ fileInfo: mp3Base64, fileType: 'mp3', locale: 'en-US' });
    expect(res.body.returnCode).toBe('0');
    const row = await app.services.repos.voiceAssets.findFile(1, res.body.fileId);
    expect(row).toMatchObject({ fileType: 'MP3', locale: 'en_US' });
    expect(parseWav(new Uint8Array(fs.readFileSync(row!.storagePath)))).toMatchObject({ ok: true, wav: { encoding: 'alaw', sampleRate: 8000, frameCount: 4800 } });
    const mislabelled = await upload({ fileInfo: mp3Base64, fileType: 'WAV' });
    expect((await app.services.repos.voiceAssets.findFile(1, mislabelled.body.fileId))?.fileType).toBe('MP3');
  });

  it('accepts the body inside the table label "body" and a data-URL prefix', async () => {
    const res = await call(path, { body: { fileInfo: `data:audio/wav;base64,${toneWavBase64()}`, locale: 'th_TH', voiceType: '1', fileType: 'WAV' } });
    expect(res.body.returnCode).toBe('0');
  });

  it('refuses each invalid field with returnCode "1" and stores nothing', async () => {
    const cases: Array<[Record<string, unknown>, RegExp]> = [
      [{ fileInfo: undefined }, /fileInfo/],
      [{ locale: 'fr_FR' }, /locale must be one of zh_CN, en_US, pt_BR, th_TH/],
      [{ voiceType: '4' }, /voiceType must be 0/],
      [{ fileType: 'OGG' }, /fileType must be WAV or MP3/],
      [{ voiceFileName: 'hello_world' }, /voiceFileName may contain only/],
      [{ voiceFileName: 'a'.repeat(51) }, /voiceFileName/],
      [{ callbackUrl: 'http://10.134.227.74:18133/upload' }, /not in the IVR voice upload callback URL trustlist/],
      [{ callBackUrl: 'ftp://127.0.0.1/x' }, /callbackUrl must be an http or https URL/],
      [{ fileInfo: 'This is not base64!' }, /fileInfo is not base64-encoded/],
      [{ fileInfo: Buffer.from('plain text, not audio').toString('base64') }, /fileInfo cannot be converted: the file is neither a WAV nor an MP3 file/],
      [{ fileInfo: mp3Base64.slice(0, 2000) }, /fileInfo cannot be converted: the MP3 file is truncated/],
    ];
    for (const [extra, description] of cases) {
      const res = await upload(extra);
      expect(res.status, JSON.stringify(extra).slice(0, 60)).toBe(200);
      expect(res.body).toEqual({ returnCode: '1', description: expect.stringMatching(description) });
      app.clock.advance(1000);
    }
    expect(await app.services.repos.voiceAssets.listFiles(1)).toEqual([]);
  });

  it('refuses a file over 8 MB once decoded, and a body over the upload limit', async () => {
    const over = await upload({ fileInfo: 'A'.repeat(11_184_816) });
    expect(over.body).toEqual({ returnCode: '1', description: 'fileInfo decodes to 8388612 bytes; the maximum is 8388608 bytes (8 MB)' });
    const huge = await upload({ fileInfo: 'A'.repeat(13 * 1024 * 1024) });
    expect(huge.status).toBe(413);
    expect(huge.body.returnCode).toBe('1');
  });

  it('keeps voice file names unique per tenant, reusable once the file is rejected', async () => {
    const first = await upload({ voiceFileName: '欢迎语1' });
    expect((await upload({ voiceFileName: '欢迎语1' })).body).toEqual({ returnCode: '1', description: 'voiceFileName 欢迎语1 is already used by another voice file' });
    const other = await addTenant(app);
    expect((await other(path, { fileInfo: toneWavBase64(), locale: 'zh_CN', voiceType: '0', fileType: 'WAV', voiceFileName: '欢迎语1' })).body.returnCode).toBe('0');
    await call(`/opencec/v1/voice-reviews/${first.body.fileId}`, { status: '3' });
    expect((await upload({ voiceFileName: '欢迎语1' })).body.returnCode).toBe('0');
  });

  it('applies traffic control: 10 uploads per second per tenant (ref L6520)', async () => {
    for (let i = 0; i < 10; i++) expect((await upload({ fileInfo: toneWavBase64(20) })).body.returnCode).toBe('0');
    const refused = await upload();
    expect(refused.body).toEqual({ returnCode: '1', description: expect.stringMatching(/traffic control/) });
    const other = await addTenant(app);
    expect((await other(path, { fileInfo: toneWavBase64(20), locale: 'zh_CN', voiceType: '0', fileType: 'WAV' })).body.returnCode).toBe('0');
    app.clock.advance(100);
    expect((await upload()).body.returnCode).toBe('0');
    expect((await upload()).body.returnCode).toBe('1');
  });

  it("keeps each tenant's files apart", async () => {
    const other = await addTenant(app);
    const mine = await upload();
    const theirs = await other(path, { fileInfo: toneWavBase64(), locale: 'zh_CN', voiceType: '2', fileType: 'WAV' });
    const theirRow = await app.services.repos.voiceAssets.findFile(7, theirs.body.fileId);
    expect(theirRow?.fileUrl).toMatch(/^Y:\/IVR\/7\/voice\/2\//);
    expect(await app.services.repos.voiceAssets.findFile(7, mine.body.fileId)).toBeUndefined();
    expect((await app.services.repos.voiceAssets.listFiles(1)).map((f) => f.fileId)).toEqual([mine.body.fileId]);
  });

  it('answers 401 without a token', async () => {
    const res = await app.request({ method: 'POST', url: path, body: { fileInfo: 'AAAA', locale: 'zh_CN', voiceType: '0', fileType: 'WAV' } });
    expect(res.status).toBe(401);
    expect(res.body.returnCode).toBe('1');
  });
});
