// Goal: the voice asset services' own guarantees, below the interfaces: file naming and atomic
// storage, the tenant trustlist as stored in the settings, one name per tenant under concurrent
// uploads. Method: the services of a whole test server (real store, virtual clock).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { encodeWav, sineWave } from '../../media/index.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { tenantCallbackTrustlist } from './tenant-callback-trustlist.ts';
import { uploadVoiceFile } from './upload-voice-file.ts';
import type { VoiceAssetPolicy } from './voice-asset-deps.ts';
import { voiceFileLocation, voiceFileStem, writeFileAtomically } from './voice-storage.ts';

const policy: VoiceAssetPolicy = { fileBytesMax: 1024 * 1024, durationMsMax: 10_000, uploadsPerSecond: 10, reviewAutoApproveDelayMs: 2000, reviewCallbackAttemptsMax: 6 };
const wavBase64 = Buffer.from(encodeWav({ sampleRate: 8000, channels: [sineWave({ sampleRate: 8000, frequencyHz: 400, amplitude: 0.5, sampleCount: 800 })] }, 'pcm16')).toString('base64');

let app: TestApp;
let dataDir: string;
beforeEach(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'opencec-voice-services-'));
  app = await createTestApp({ args: ['--data-dir', dataDir] });
});
afterEach(async () => {
  await app.close();
  fs.rmSync(dataDir, { recursive: true, force: true });
});

describe('voice storage', () => {
  it('names files like the reference example: eight letters and digits, then epoch milliseconds', () => {
    const secrets = { hex: (bytes: number) => '00ff3d7e8a11c2b4'.slice(0, bytes * 2) };
    expect(voiceFileStem(secrets, 1666706957559)).toBe('AH9CORI4_1666706957559');
    expect(voiceFileStem(app.services.secrets, 1)).toMatch(/^[A-Za-z0-9]{8}_1$/);
    expect(voiceFileLocation('/data', 147, '0', 'nPqV9vU3_1666706957559')).toEqual({
      storagePath: path.join('/data', 'ivr', '147', 'voice', '0', 'nPqV9vU3_1666706957559.wav'),
      fileUrl: 'Y:/IVR/147/voice/0/nPqV9vU3_1666706957559.wav',
    });
  });

  it('writes atomically, leaving no partial file behind', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'opencec-voice-storage-'));
    try {
      const target = path.join(dir, 'a', 'b', 'x.wav');
      await writeFileAtomically(target, Uint8Array.of(1, 2, 3));
      expect([...fs.readFileSync(target)]).toEqual([1, 2, 3]);
      expect(fs.readdirSync(path.dirname(target))).toEqual(['x.wav']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('tenantCallbackTrustlist', () => {
  it('reads the list from the tenant settings, and trusts nothing when they are unreadable', async () => {
    expect(await tenantCallbackTrustlist(app.services.repos, 1)).toEqual(['http://127.0.0.1', 'http://localhost', 'https://127.0.0.1', 'https://localhost']);
    await app.services.repos.vdns.update(1, { settings: '{"callbackTrustlist":["http://a", 7, null]}' });
    expect(await tenantCallbackTrustlist(app.services.repos, 1)).toEqual(['http://a']);
    await app.services.repos.vdns.update(1, { settings: 'not json' });
    expect(await tenantCallbackTrustlist(app.services.repos, 1)).toEqual([]);
    expect(await tenantCallbackTrustlist(app.services.repos, 999)).toEqual([]);
  });
});

describe('uploadVoiceFile', () => {
  it('gives a name to one file only when two uploads race for it', async () => {
    const input = { fileInfo: wavBase64, locale: 'en_US', voiceType: '0', fileType: 'WAV', voiceFileName: 'race' };
    const results = await Promise.all([uploadVoiceFile(app.services, policy, 1, input), uploadVoiceFile(app.services, policy, 1, input)]);
    expect(results.map((r) => r.ok).sort()).toEqual([false, true]);
    expect(results.find((r) => !r.ok)).toMatchObject({ rejection: { tag: 'VoiceFileNameTaken' } });
    expect(await app.services.repos.voiceAssets.listFiles(1)).toHaveLength(1);
  });

  it('refuses audio longer than the policy allows', async () => {
    const long = Buffer.from(encodeWav({ sampleRate: 8000, channels: [new Float32Array(8000 * 11)] }, 'alaw')).toString('base64');
    const result = await uploadVoiceFile(app.services, policy, 1, { fileInfo: long, locale: 'en_US', voiceType: '0', fileType: 'WAV' });
    expect(result).toEqual({ ok: false, rejection: { tag: 'FileUndecodable', message: 'fileInfo cannot be converted: the audio lasts 11 s, longer than the 10 s accepted' } });
  });
});
