// Goal: voice files and templates go from pending to approved or rejected exactly once, by the
// automatic reviewer or an operator (ext.voice-review), and the documented review callback
// (Table 5-120) reaches the customer signed, retried on the virtual clock until acknowledged,
// six attempts at most, also across a restart. Method: whole servers on a virtual clock and a
// real HTTP receiver on 127.0.0.1 that refuses before it acknowledges.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseAuthorization, signature } from '../../auth/signature-v2.ts';
import { createTestApp, testEpochMs, type TestApp } from '../../../test/support/test-app.ts';
import { addTenant, advanceAndSettle, createVoiceTestApp, demoCaller, startCallbackReceiver, toneWavBase64, type ReceivedCallback } from './config-ivr.test-support.ts';

const uploadPath = '/apiaccess/rest/cc-management/v1/importVoiceFile/upload';
const templatePath = '/apiaccess/rest/cc-management/v1/createVoiceTemplate';
const reviewPath = (id: string) => `/opencec/v1/voice-reviews/${id}`;

let app: TestApp;
let call: Awaited<ReturnType<typeof demoCaller>>;
let receiver: Awaited<ReturnType<typeof startCallbackReceiver>> | undefined;
beforeEach(async () => {
  app = await createVoiceTestApp();
  call = await demoCaller(app);
});
afterEach(async () => {
  await app.close();
  await receiver?.close();
  receiver = undefined;
});

const uploadFile = (extra: Record<string, unknown> = {}) => call(uploadPath, { fileInfo: toneWavBase64(), locale: 'en_US', voiceType: '0', fileType: 'WAV', ...extra });
const createTemplate = (extra: Record<string, unknown> = {}) => call(templatePath, { name: 'notice', voicecontent: { language: 'en_US', textcontent: 'Your code is ${NUM_6}' }, ...extra });

/** Checks the `auth-v2` signature of a callback with the demo tenant's secret (decision 0004). */
function expectSignedByDemoTenant(callback: ReceivedCallback, url: string): void {
  const parsed = parseAuthorization(callback.headers.authorization);
  expect(parsed).toMatchObject({ accessKey: 'demo-ak', signedHeaders: ['content-length', 'content-type', 'host'], timestamp: new Date(callback.atMs).toISOString() });
  const headers = { host: callback.headers.host, 'content-type': callback.headers['content-type'], 'content-length': callback.headers['content-length'] };
  const expected = signature(
    { method: 'POST', path: new URL(url).pathname, query: [], headers, body: callback.body },
    { accessKey: 'demo-ak', secretKey: 'demo-sk', timestamp: parsed!.timestamp, signedHeaders: parsed!.signedHeaders },
  );
  expect(parsed!.signature).toBe(expected);
}

describe('automatic review and the review callback', () => {
  it('approves an unreviewed file after the delay and calls back until acknowledged', async () => {
    receiver = await startCallbackReceiver(app.clock, (attempt) => ({ returnCode: attempt <= 2 ? '1' : '0' }));
    const fileId = (await uploadFile({ callbackUrl: receiver.url })).body.fileId as string;
    await advanceAndSettle(app, 1999);
    expect(receiver.received).toEqual([]);
    expect((await app.services.repos.voiceAssets.findFile(1, fileId))?.reviewStatus).toBe('pending');

    await advanceAndSettle(app, 1);
    const row = await app.services.repos.voiceAssets.findFile(1, fileId);
    expect(row).toMatchObject({ reviewStatus: '2', comment: 'Approved' });
    expect(receiver.received).toHaveLength(1);
    const [first] = receiver.received;
    expect(first!.body).toBe(JSON.stringify({ fileUrl: row!.fileUrl, fileId, status: '2', comment: 'Approved' }));
    expect(first!.atMs).toBe(testEpochMs + 2000);
    expectSignedByDemoTenant(first!, receiver.url);

    // The outbox retries after 5 s, then 10 s (decision 0004), until the receiver says "0".
    await advanceAndSettle(app, 4999);
    expect(receiver.received).toHaveLength(1);
    await advanceAndSettle(app, 1);
    await advanceAndSettle(app, 10_000);
    expect(receiver.received.map((r) => r.atMs - testEpochMs)).toEqual([2000, 7000, 17_000]);
    expect(new Set(receiver.received.map((r) => r.body)).size).toBe(1);
    await advanceAndSettle(app, 3_600_000);
    expect(receiver.received).toHaveLength(3);
    expect(await app.services.repos.callbacks.listByVdn(1)).toMatchObject([{ kind: 'voice-file-review', status: 'delivered', attempts: 3 }]);
  });

  it('stops after six attempts that are not acknowledged (Table 5-120, ref L6561)', async () => {
    receiver = await startCallbackReceiver(app.clock, () => ({ returnCode: '1', description: 'busy' }));
    await createTemplate({ callbackUrl: receiver.url });
    await advanceAndSettle(app, 2000);
    for (const stepMs of [5000, 10_000, 20_000, 40_000, 80_000, 160_000, 3_600_000]) await advanceAndSettle(app, stepMs);
    expect(receiver.received.map((r) => r.atMs - testEpochMs)).toEqual([2000, 7000, 17_000, 37_000, 77_000, 157_000]);
    expect(await app.services.repos.callbacks.listByVdn(1)).toMatchObject([{ kind: 'voice-template-review', status: 'failed', attempts: 6 }]);
  });

  it('approves silently when no callback URL was given', async () => {
    const fileId = (await uploadFile()).body.fileId as string;
    await advanceAndSettle(app, 2000);
    expect((await app.services.repos.voiceAssets.findFile(1, fileId))?.reviewStatus).toBe('2');
    expect(await app.services.repos.callbacks.listByVdn(1)).toEqual([]);
  });
});

describe('ext.voice-review: an operator decides', () => {
  it('rejects a template before the automatic reviewer, which then does nothing', async () => {
    receiver = await startCallbackReceiver(app.clock, () => ({ returnCode: '0' }));
    const templateId = (await createTemplate({ callBackUrl: receiver.url })).body.templateId as string;
    app.clock.advance(500);
    const res = await call(reviewPath(templateId), { status: '3', comment: 'Mispronounced brand name' });
    expect(res.body).toEqual({ returnCode: '0', description: 'The review result is recorded.', fileId: templateId, status: '3', comment: 'Mispronounced brand name' });
    await advanceAndSettle(app, 0);
    await advanceAndSettle(app, 10_000);
    expect(receiver.received.map((r) => JSON.parse(r.body))).toEqual([
      { fileUrl: `Y:/IVR/1/voice/3/${templateId}.txt`, fileId: templateId, status: '3', comment: 'Mispronounced brand name' },
    ]);
    expect(await app.services.repos.voiceAssets.findTemplate(1, templateId)).toMatchObject({ reviewStatus: '3', comment: 'Mispronounced brand name' });
  });

  it('approves a file with status sent as a number and the default comment', async () => {
    const fileId = (await uploadFile()).body.fileId as string;
    expect((await call(reviewPath(fileId), { status: 2 })).body).toMatchObject({ returnCode: '0', status: '2', comment: 'Approved' });
  });

  it('refuses a second decision, an unknown status, and ids of no asset or of another tenant', async () => {
    const fileId = (await uploadFile()).body.fileId as string;
    await call(reviewPath(fileId), { status: '2' });
    expect((await call(reviewPath(fileId), { status: '3' })).body).toEqual({ returnCode: '1', description: 'the file has already been reviewed (status 2)' });
    await advanceAndSettle(app, 2000);
    expect((await call(reviewPath(fileId), { status: '3' })).body.returnCode).toBe('1');

    const pending = (await uploadFile()).body.fileId as string;
    expect((await call(reviewPath(pending), { status: '4' })).body).toEqual({ returnCode: '1', description: expect.stringMatching(/status/) });
    expect((await call(reviewPath('abc'), { status: '2' })).body.returnCode).toBe('1');
    const unknown = await call(reviewPath('1234567890123456789'), { status: '2' });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toEqual({ returnCode: '1', description: 'no voice file or template 1234567890123456789 exists' });
    const other = await addTenant(app);
    expect((await other(reviewPath(pending), { status: '2' })).status).toBe(404);
    expect((await app.services.repos.voiceAssets.findFile(1, pending))?.reviewStatus).toBe('pending');
  });
});

describe('reviews pending at a restart', () => {
  it('complete after the restart, callbacks included', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'opencec-voice-restart-'));
    const options = { storeUrl: path.join(dir, 'opencec.db'), args: ['--data-dir', dir] };
    let current = await createTestApp(options);
    try {
      receiver = await startCallbackReceiver({ now: () => current.clock.now() }, () => ({ returnCode: '0' }));
      const before = await demoCaller(current);
      const fileId = (await before(uploadPath, { fileInfo: toneWavBase64(), locale: 'en_US', voiceType: '0', fileType: 'WAV', callbackUrl: receiver.url })).body.fileId as string;
      const templateId = (await before(templatePath, { name: 'notice', callbackUrl: receiver.url, voicecontent: { language: 'en_US', textcontent: 'Hello' } })).body.templateId as string;
      current.clock.advance(1000);
      await current.close();

      current = await createTestApp(options);
      await advanceAndSettle(current, 1999);
      expect(receiver.received).toEqual([]);
      await advanceAndSettle(current, 1);
      expect(receiver.received.map((r) => JSON.parse(r.body).fileId).sort()).toEqual([fileId, templateId].sort());
      const file = await current.services.repos.voiceAssets.findFile(1, fileId);
      expect(file?.reviewStatus).toBe('2');
      expect(fs.existsSync(file!.storagePath)).toBe(true);
      expect((await current.services.repos.voiceAssets.findTemplate(1, templateId))?.reviewStatus).toBe('2');
    } finally {
      await current.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
