// Goal: a bidirectional call never stays "calling" or "talking" after the server stops: a clean
// stop ends it as stopped by the platform (reason 65535 once connected, 6 before; decision 0430)
// with its release callback, and a restart after a crash ends what the crash left. Method: a
// server on a file store, stopped and started again on the same store.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { bearerToken, c1, createTestApp } from '../../../test/support/test-app.ts';
import { advanceAndSettle, mobileAgentBase, patchTenantSettings, startCallbackReceiver } from './bidirectional.test-support.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

function storeOptions() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'opencec-2p-restart-'));
  dirs.push(dir);
  return { storeUrl: path.join(dir, 'opencec.db'), args: ['--data-dir', dir] };
}

describe('system calls across a stop', () => {
  it('end at a clean stop with their release event, and stay ended after the restart', async () => {
    const options = storeOptions();
    let app = await createTestApp(options);
    const receiver = await startCallbackReceiver({ now: () => app.clock.now() }, () => ({ retCode: '0', retMsg: 'success' }));
    try {
      await patchTenantSettings(app, 1, { bidirectionalCall: { hangupCallbackUrl: receiver.url } });
      let call = c1(app, await bearerToken(app));
      const talking = (await call(`${mobileAgentBase}/createCall`, { caller: '70101', called: '88889060' })).body.result.callSerialNo as string;
      const ringing = (await call(`${mobileAgentBase}/createCall`, { caller: '70102', called: '88880000' })).body.result.callSerialNo as string;
      await advanceAndSettle(app, 10_000);
      await app.close();
      app = await createTestApp(options);
      call = c1(app, await bearerToken(app));
      expect((await call(`${mobileAgentBase}/queryCallState`, { callSerialNo: talking })).body.result).toMatchObject({ state: 3, reasonCode: 65_535 });
      expect((await call(`${mobileAgentBase}/queryCallState`, { callSerialNo: ringing })).body.result).toMatchObject({ state: 3, reasonCode: 6 });
      // The new server's virtual clock starts again at the epoch: the outbox resumes when it reaches the due time.
      await advanceAndSettle(app, 20_000);
      expect(receiver.received.map((r) => JSON.parse(r.body).releaseReason).sort()).toEqual(['6', '65535']);
    } finally {
      await receiver.close();
      await app.close();
    }
  });

  it('left unfinished by a crash end when the server starts again', async () => {
    const options = storeOptions();
    let app = await createTestApp(options);
    await app.services.repos.systemCalls.insert({ callSerialNo: '1037058396471308289', vdnId: 1, taskType: '1', callId: '1767600000-1', caller: '70101', called: '88889060', callerPresent: '4001', agentPresent: '4001', serviceNo: '', callData: '', callbackUrl: null, state: 2, reasonCode: null, startMs: app.clock.now(), endMs: null, agentAlertingMs: app.clock.now(), agentTalkingMs: app.clock.now(), agentReleaseMs: null, alertingMs: app.clock.now(), talkingMs: app.clock.now(), releaseMs: null, recordFile: null, detail: '{}' });
    await app.close();
    app = await createTestApp(options);
    try {
      const call = c1(app, await bearerToken(app));
      expect((await call(`${mobileAgentBase}/queryCallState`, { callSerialNo: '1037058396471308289' })).body.result).toMatchObject({ state: 3, reasonCode: 65_535, endTime: app.clock.now() });
    } finally {
      await app.close();
    }
  });

  it('left unfinished by a crash on an ITA tenant end with the simulated ITA CDR (cause 41, decision 0431)', async () => {
    const options = storeOptions();
    let app = await createTestApp(options);
    await patchTenantSettings(app, 1, { bidirectionalCall: { ita: { appKey: 'CMCCGX_0001', appSecret: 'ita-secret', privacyNumbers: ['18400000497'] } } });
    const now = app.clock.now();
    await app.services.repos.systemCalls.insert({ callSerialNo: '1037058396471308290', vdnId: 1, taskType: '4', callId: null, caller: '70101', called: '88889060', callerPresent: '18400000497', agentPresent: '18400000497', serviceNo: '', callData: '', callbackUrl: null, state: 2, reasonCode: null, startMs: now, endMs: null, agentAlertingMs: now, agentTalkingMs: now, agentReleaseMs: null, alertingMs: now, talkingMs: now, releaseMs: null, recordFile: null, detail: '{}' });
    await app.close();
    app = await createTestApp(options);
    try {
      const row = await app.services.repos.systemCalls.find(1, '1037058396471308290');
      expect(row).toMatchObject({ state: 3, reasonCode: 41, callId: 'ita-1037058396471308290' });
      expect(JSON.parse(row!.detail).cdr).toMatchObject({ callID: 'ita-1037058396471308290', telX: '18400000497', releaseCause: '41' });
    } finally {
      await app.close();
    }
  });
});
