import { once } from 'node:events';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { encodeWav, sineWave } from '../../media/index.ts';
import { settleVoiceReviews } from '../../services/voice-assets/index.ts';
import type { TenantSpec } from '../../tenancy/index.ts';
import { bearerToken, c1, createTestApp, type TestApp, addTenant as addTenantTo } from '../../../test/support/test-app.ts';

/**
 * A test server whose data directory (where voice files and template texts are stored) is a fresh
 * temporary directory, removed when the server closes, so that runs leave nothing behind.
 */
export async function createVoiceTestApp(): Promise<TestApp> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'opencec-voice-'));
  const app = await createTestApp({ args: ['--data-dir', dataDir] });
  return {
    ...app,
    async close() {
      await app.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/**
 * A second tenant for isolation tests: its own AK/SK, two IVR flows of its own, a disabled
 * satisfaction survey unless told otherwise, and a callback trustlist of its choosing.
 */
export function otherTenant(overrides: Partial<TenantSpec> = {}): TenantSpec {
  return {
    vdnId: 7,
    name: 'other',
    workNoRange: [30001, 30100],
    appCredentials: [{ appKey: 'other-ak', appSecret: 'other-sk' }],
    adminPassword: 'Other@123',
    settings: { callbackTrustlist: ['http://127.0.0.1'] },
    skills: [],
    agents: [],
    accessCodes: [],
    ivrFlows: [
      { flowId: 1, accessCode: '90500', description: 'Exception handling', flowFileName: 'defaultIVR.GSL', flowType: 1 },
      { flowId: 2, accessCode: '90501', description: '1015', flowFileName: 'defaultIVR.GSL', flowType: 1 },
    ],
    calledRoutes: [],
    satisfaction: { enabled: false },
    ...overrides,
  };
}

/** Provisions `spec` (by default the tenant above) in the running test server; a C1 caller for it. */
export function addTenant(app: TestApp, spec: TenantSpec = otherTenant()) {
  return addTenantTo(app, spec);
}

/** A C1 caller of the demo tenant. */
export async function demoCaller(app: TestApp) {
  return c1(app, await bearerToken(app));
}

/** A short stereo 44.1 kHz 16-bit WAV of a 1 kHz tone, base64-encoded, as customers upload. */
export function toneWavBase64(durationMs = 250): string {
  const sampleCount = Math.round((44_100 * durationMs) / 1000);
  const tone = sineWave({ sampleRate: 44_100, frequencyHz: 1000, amplitude: 0.4, sampleCount });
  return Buffer.from(encodeWav({ sampleRate: 44_100, channels: [tone, tone] }, 'pcm16')).toString('base64');
}

export interface ReceivedCallback {
  headers: http.IncomingHttpHeaders;
  body: string;
  atMs: number;
}

/**
 * A customer's review-callback receiver on 127.0.0.1 (an ephemeral port): it records every
 * request with the virtual time it arrived at, and answers what `answer` says for the n-th one.
 */
export async function startCallbackReceiver(clock: { now(): number }, answer: (attempt: number) => unknown) {
  const received: ReceivedCallback[] = [];
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ headers: request.headers, body: Buffer.concat(chunks).toString('utf8'), atMs: clock.now() });
      response.setHeader('content-type', 'application/json');
      response.end(JSON.stringify(answer(received.length)));
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/review`,
    port,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/**
 * Moves virtual time and lets everything it set off finish: review timers, the callbacks they
 * queued (armed at the current instant, so time is nudged again) and the HTTP attempts.
 */
export async function advanceAndSettle(app: TestApp, ms: number): Promise<void> {
  app.clock.advance(ms);
  await settleVoiceReviews(app.services);
  app.clock.advance(0);
  await app.services.settle();
}
