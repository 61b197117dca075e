// Goal: the takeover of one VDN ends what its previous owner left in flight besides calls and
// sessions (decision 1730, issue 17 gaps 2–3 and the settling half of gap 1): the VDN's
// bidirectional calls and voice notifications (§6.2, §14) end as stopped by the platform, its
// engine-driven chatbot dialogs close (10.5.2 release_reason "1"), its started outbound attempts
// are settled with 34607 — and another VDN's rows are left alone, as a cluster node must (another
// node may own that VDN). A second recovery of the VDN ends nothing again.
// Method: app A on a store (SQLite file, and PostgreSQL when OPENCEC_TEST_PG_URL is set) with a
// second tenant; the rows of an interrupted run written directly for VDN 1 and VDN 2; app B opens
// the store without start-up recovery, as a cluster node does, and takes VDN 1 over.
import { afterEach, describe, expect, it } from 'vitest';
import { recoverVdn, takeOverVdn } from '../../src/services/cti/takeover.ts';
import { videoTenant } from '../../src/api/config-skills/tenant-fixture.test-support.ts';
import type { Repositories } from '../../src/store/index.ts';
import { dialects, durableStoreUrl } from '../support/postgres.ts';
import { addTenant, createTestApp } from '../support/test-app.ts';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** What a run cut by a crash leaves for `vdnId`: a talking system call, an IVR dialog, a started attempt. */
async function interruptedRun(repos: Repositories, vdnId: number, atMs: number): Promise<void> {
  await repos.systemCalls.insert({
    callSerialNo: `sn-${vdnId}`, vdnId, taskType: '1', callId: `${vdnId}-1`, caller: '88880001', called: '13900000001', callerPresent: '', agentPresent: '', serviceNo: '',
    callData: '', callbackUrl: null, state: 2, reasonCode: null, startMs: atMs, endMs: null, agentAlertingMs: atMs, agentTalkingMs: atMs, agentReleaseMs: null,
    alertingMs: atMs, talkingMs: atMs, releaseMs: null, recordFile: null, detail: '{}',
  });
  await repos.oiapDialog.insertSession({
    vdnId, callId: `ivr-${vdnId}-1`, accessCode: '4002', callSorId: '13900000001', ctiCallId: `${vdnId}-1`, flowCode: 'f', flowInstId: 'i', dialogType: 1, status: 'active',
    state: JSON.stringify({ dialog: {} }), startedAtMs: atMs, updatedAtMs: atMs, endedAtMs: null, releaseReason: null, endedInIvr: 0, transferred: 0, interactCount: 0,
    interfaceRequests: 0, interfaceSuccesses: 0, feedback: null,
  });
  await repos.isalesResults.insert({
    vdnId, campaignId: 1, dataId: `data-${vdnId}`, attemptNo: 1, callId: `${vdnId}-2`, called: '13900000002', phase: 'started', callStatus: null, failCode: null,
    resultCode: null, startedAtMs: atMs, ringAtMs: null, answerAtMs: null, releaseAtMs: null, agentId: null, recordPath: null, final: 0,
  });
}

describe.each(dialects)('a takeover ends the VDN’s interrupted background work ($name)', ({ name, enabled }) => {
  it.skipIf(!enabled)('ends the system calls, dialogs and attempts of the VDN taken over, and only those', { timeout: 120_000 }, async () => {
    const store = await durableStoreUrl(name, cleanups, 'opencec-takeover-work-');
    const a = await createTestApp({ storeUrl: store });
    cleanups.push(() => a.services.store.close());
    await addTenant(a, videoTenant());
    for (const vdnId of [1, 2]) await interruptedRun(a.services.repos, vdnId, a.clock.now());

    const b = await createTestApp({ storeUrl: store, recoverAtStart: false });
    cleanups.push(() => b.close());
    const repos = b.services.repos;
    // Nothing of either VDN was ended by a start without recovery.
    expect((await repos.systemCalls.unfinished()).map((r) => r.vdnId).sort()).toEqual([1, 2]);
    expect(await takeOverVdn(b.services, 1, { resumeSessions: true })).toMatchObject({ systemCalls: 1, dialogs: 1, attempts: 1 });

    expect(await repos.systemCalls.unfinished()).toEqual([expect.objectContaining({ vdnId: 2, state: 2 })]);
    expect(await repos.systemCalls.find(1, 'sn-1')).toMatchObject({ state: 3, endMs: b.clock.now() });
    expect(await repos.oiapDialog.session(1, 'ivr-1-1')).toMatchObject({ status: 'closed', releaseReason: '1' });
    expect(await repos.oiapDialog.session(2, 'ivr-2-1')).toMatchObject({ status: 'active' });
    expect(await repos.isalesResults.find('data-1', 1)).toMatchObject({ phase: 'finished', callStatus: 5, failCode: '34607' });
    expect((await repos.isalesResults.unfinished()).map((r) => r.vdnId)).toEqual([2]);

    // Exactly once: the rows ended have nothing left to end.
    expect(await recoverVdn(b.services, 1, { resumeSessions: false })).toMatchObject({ systemCalls: 0, dialogs: 0, attempts: 0 });
  });
});
