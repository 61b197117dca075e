// Goal: in cluster mode a VDN's background work runs on the VDN's owner only (decision 1730,
// issue 17 gaps 1 and 4): a campaign created through another node (as started: initStatus 0
// inside its period) is stored once and dialled by the owner's runtime alone; a runtime that no
// longer owns the VDN drops the campaign without a dialer command and takes it back when it owns
// the VDN again; a CC-FS package, a list import or a voice asset (whose review timer its creator
// arms) requested of a non-owner is forwarded before anything is written; a package run twice
// (the owner's run and a resumption) ends its job and sends its callback once; an import task is
// claimed by one run only.
// Method: two in-process apps on one fresh PostgreSQL database and an in-process bus (the
// forwarding pair of test/support/cluster-pair.ts): node A owns VDN 1, node B the rest. Skipped
// without OPENCEC_TEST_PG_URL.
import { describe, expect, it } from 'vitest';
import { ForwardToOwner } from '../../src/cluster/forward/index.ts';
import { stopDialerCampaign } from '../../src/engine/index.ts';
import { packageLimits } from '../../src/api/ccfs/query-packages.endpoint.ts';
import { resumePackages, startPackage, type PackageRequest } from '../../src/services/ccfs/ccfs-packages.ts';
import { createVoiceTemplate } from '../../src/services/voice-assets/index.ts';
import { voiceAssetPolicy } from '../../src/api/config-ivr/voice-asset-policy.ts';
import { resumeImports, startImport } from '../../src/services/outbound/lists/imports/import-tasks.ts';
import { isales, v1, v1Campaign } from '../../src/api/outbound/isales-client.test-support.ts';
import { pgServerUrl } from '../support/postgres.ts';
import { useClusterPair } from '../support/cluster-pair.ts';

if (!pgServerUrl) console.warn('test/cluster/vdn-work: OPENCEC_TEST_PG_URL is not set, skipping');

const pair = useClusterPair(pgServerUrl !== undefined);

const billRequest = (): PackageRequest => ({ kind: 'bill', dataType: 'call', developer: 'dev', accountId: undefined, filter: { vdnId: 1, fromMs: 0, toMs: 1 }, callbackUrl: 'https://10.10.10.10/ccfs' });

describe.skipIf(!pgServerUrl)('per-VDN background work on the owner', () => {
  let campaignId = 0;

  it('creates a running campaign through B once, and only A, the owner, runs it', { timeout: 30_000 }, async () => {
    const created = await isales(pair.b.app, 'POST', v1, v1Campaign({ name: 'via B', scheduleParam: { workdayBeginTime1: '00:00', workdayEndTime1: '23:59' } }));
    expect(created.body?.resultCode, created.text).toBe('0200000');
    campaignId = created.body.returnObject.id as number;
    const rows = await pair.a.app.services.store.db.selectFrom('isalesCampaign').select(['campaignId', 'status']).where('vdnId', '=', 1).execute();
    expect(rows).toEqual([{ campaignId, status: 2 }]);
    expect(pair.a.app.services.outbound.runtime.dialerState(1, campaignId)).toBe('running');
    expect(pair.b.app.services.outbound.runtime.dialerState(1, campaignId)).toBeUndefined();
    expect(await pair.b.app.services.cti.registry.running()).toEqual([]);
  });

  it('drops the campaign on a node that lost the VDN, and takes it back with the VDN', { timeout: 30_000 }, async () => {
    const { outbound } = pair.a.app.services;
    const engine = await pair.a.app.services.cti.registry.get(1);
    pair.a.ownership.owners.set(1, 2);
    try {
      await outbound.runtime.reconcile(1, campaignId);
      expect(outbound.runtime.dialerState(1, campaignId)).toBeUndefined();
      // No command reached the engine this node no longer owns: its dialer still held the campaign.
      expect(stopDialerCampaign(engine, campaignId).ok).toBe(true);
    } finally {
      pair.a.ownership.owners.set(1, 1);
    }
    expect(await outbound.startVdn(1)).toBe(1);
    expect(outbound.runtime.dialerState(1, campaignId)).toBe('running');
    outbound.stopVdn(1);
    expect(outbound.runtime.dialerState(1, campaignId)).toBeUndefined();
    expect(await outbound.startVdn(1)).toBe(1);
  });

  it('forwards a package, an import or a voice asset asked of a non-owner before writing its job', { timeout: 30_000 }, async () => {
    const b = pair.b.app.services;
    await expect(createVoiceTemplate(b, voiceAssetPolicy, 1, {} as never)).rejects.toBeInstanceOf(ForwardToOwner);
    await expect(startPackage(b, packageLimits, billRequest())).rejects.toBeInstanceOf(ForwardToOwner);
    await expect(startImport(b, { vdnId: 1, kind: 'blacklist', campaignId: '', serverId: '1', filePath: '/', fileName: 'x.csv' })).rejects.toBeInstanceOf(ForwardToOwner);
    expect(await b.repos.ccfsJobs.pending()).toEqual([]);
    expect(await b.store.db.selectFrom('isalesImportTask').selectAll().execute()).toEqual([]);
  });

  it('ends a package run twice once, with one callback, and lets one run claim an import task', { timeout: 30_000 }, async () => {
    const a = pair.a.app.services;
    const job = { responseId: 'f'.repeat(32), vdnId: 1, kind: 'bill', fileName: '20260105_twice.zip', params: JSON.stringify(billRequest()), status: 'pending', createdAtMs: a.clock.now(), doneAtMs: null };
    await a.repos.ccfsJobs.insert(job);
    // The owner's own run and a takeover's resumption of the same pending job, at once.
    expect(await Promise.all([resumePackages(a, packageLimits, 1), resumePackages(a, packageLimits, 1)])).toEqual([1, 1]);
    await a.background.idle();
    expect(await a.repos.ccfsJobs.byFileName(job.fileName)).toMatchObject({ status: 'ready' });
    expect((await a.repos.callbacks.listByVdn(1)).filter((d) => d.kind === 'ccfs-bill')).toHaveLength(1);

    const task = { id: 'task-1', vdnId: 1, kind: 'blacklist', campaignId: '', serverId: '1', filePath: '/', fileName: 'x.csv', status: '0', createdAtMs: 0, startAtMs: 0, beginMs: null, endMs: null, succNum: 0, repeatNum: 0, failNum: 0, errMsg: '', rowErrors: '[]' };
    await a.repos.isalesImports.insertTask(task);
    expect(await Promise.all([a.repos.isalesImports.claimTask(task.id, 1), a.repos.isalesImports.claimTask(task.id, 2)])).toEqual(expect.arrayContaining([true, false]));
    expect(await a.repos.isalesImports.task(task.id)).toMatchObject({ status: '1' });
  });

  it('leaves a due import task to the new owner when this node no longer owns its VDN', { timeout: 30_000 }, async () => {
    const a = pair.a.app.services;
    const task = { id: 'task-2', vdnId: 1, kind: 'blacklist', campaignId: '', serverId: 'none', filePath: '/', fileName: 'x.csv', status: '0', createdAtMs: 0, startAtMs: 0, beginMs: null, endMs: null, succNum: 0, repeatNum: 0, failNum: 0, errMsg: '', rowErrors: '[]' };
    await a.repos.isalesImports.insertTask(task);
    pair.a.ownership.owners.set(1, 2);
    try {
      expect(await resumeImports(a, 1)).toBe(2);
      await a.background.idle();
      expect(await a.repos.isalesImports.task(task.id)).toMatchObject({ status: '0', beginMs: null });
    } finally {
      pair.a.ownership.owners.set(1, 1);
    }
    // Owned again, the due task runs (and fails visibly: its file server does not exist).
    await resumeImports(a, 1);
    await a.background.idle();
    expect(await a.repos.isalesImports.task(task.id)).toMatchObject({ status: '3', errMsg: 'The server configuration does not exist.' });
  });
});
