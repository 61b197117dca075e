// Goal: the outbound-list tables (migration 0721) and their repositories behave the same on SQLite
// and PostgreSQL: the blacklist checks, the external-result join, paged queries with counts, the
// sealing key's insert-once, the log trim, and the services built on them. Method: the same
// scenario against each dialect (PostgreSQL when OPENCEC_TEST_PG_URL is set; a fresh database).
import { afterEach, describe, expect, it } from 'vitest';
import { cryptoSecrets } from '../../../auth/index.ts';
import type { DialerGuards } from '../../../domain/outbound/dialing/index.ts';
import { dialects, repositoriesOn } from '../../../../test/support/postgres.ts';
import { addToBlacklist, blacklistedAmong, isBlacklisted } from './blacklist.ts';
import { addBusinessResult, businessResultPage, checkBusinessResult } from './business-results.ts';
import { dialerListGuards } from './dialer-guards.ts';
import { createExternalResult, externalResultCodeFor } from './external-results.ts';
import { openPassword, sealPassword } from './password-seal.ts';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

const repositories = (dialect: 'sqlite' | 'postgres') => repositoriesOn(dialect, cleanups);

const now = Date.UTC(2026, 0, 5, 10, 6, 25);

/** A call the dialler started (the campaigns' attempt row), which a restricted entry counts. */
async function startedAttempt(repos: Awaited<ReturnType<typeof repositories>>, vdnId: number, called: string, atMs: number): Promise<void> {
  const row = { vdnId, campaignId: 1, dataId: `9${String(atMs).padStart(19, '0')}`, attemptNo: 1, callId: null, called, phase: 'started', callStatus: null, failCode: null, resultCode: null };
  await repos.isalesResults.insert({ ...row, startedAtMs: atMs, ringAtMs: null, answerAtMs: null, releaseAtMs: null, agentId: null, recordPath: null, final: 0 });
}

for (const { name, enabled } of dialects) {
  describe.skipIf(!enabled)(`outbound lists on ${name}${enabled ? '' : ' (skipped: set OPENCEC_TEST_PG_URL to run)'}`, () => {
    it('keeps the blacklist, its restriction windows and pages', async () => {
      const repos = await repositories(name);
      await addToBlacklist(repos, 1, ['111', '222'], { expiresAtMs: now + 3_600_000, restrictTimes: null, restrictPeriod: null }, now);
      await addToBlacklist(repos, 1, ['333'], { expiresAtMs: null, restrictTimes: 1, restrictPeriod: '0' }, now + 1);
      await addToBlacklist(repos, 2, ['111'], { expiresAtMs: null, restrictTimes: null, restrictPeriod: null }, now);
      expect(await blacklistedAmong(repos, 1, ['111', '333', '444'], now)).toEqual(['111']);
      await startedAttempt(repos, 1, '333', now);
      expect(await isBlacklisted(repos, 1, '333', now)).toBe(true);
      expect(await isBlacklisted(repos, 1, '111', now + 3_600_000)).toBe(false);
      expect((await repos.isalesBlacklist.page(1, 1, 10)).map((r) => r.blockNum)).toEqual(['222', '333']);
      // The copy is what the dialer contract's DialerGuards asks for.
      const guards = await dialerListGuards(repos, 1, now);
      const contract: DialerGuards = guards;
      expect(contract.isBlocked).toBeDefined();
      expect(guards.isBlocked('111', now)).toBe(true);
      expect(guards.isBlocked('333', now)).toBe(true);
      expect(guards.isBlocked('333', now + 3_600_000)).toBe(false);
      guards.noteCall('333', now + 3_600_000);
      expect(guards.isBlocked('333', now + 3_600_000)).toBe(true);
      expect(guards.isBlocked('444', now)).toBe(false);
      expect(await repos.isalesBlacklist.removeAll(1)).toBe(3);
      expect(await isBlacklisted(repos, 2, '111', now)).toBe(true);
    });

    it('keeps business results, external results and their mapping', async () => {
      const repos = await repositories(name);
      await addBusinessResult(repos, 1, { name: 'p', code: 'P1', description: '', children: [{ name: 'c', code: 'C1', description: '' }] });
      await addBusinessResult(repos, 1, { name: 'q', code: undefined, description: '', children: [] });
      expect((await businessResultPage(repos, 1, 0, 10)).totalCount).toBe(2);
      expect(await checkBusinessResult(repos, 1, 'P1', 'C1')).toBe('ok');
      const defId = await createExternalResult(repos, 1, '007', { displayResult: 'x', obsCodes: ['00602', '00606'] }, now);
      expect(defId).toMatch(/^\d{10}$/);
      expect(await externalResultCodeFor(repos, 1, '00606')).toBe('007');
      expect((await repos.isalesExternalResults.page(1, 0, 10)).count).toBe(1);
      const guards = await dialerListGuards(repos, 1, now);
      expect(guards.resultCodeOf('602')).toBe('007');
      expect(guards.resultCodeOf('00537')).toBeNull();
    });

    it('seals with one key per tenant, inserted once', async () => {
      const repos = await repositories(name);
      const sealed = await sealPassword(repos, cryptoSecrets, 1, 'Secret#123');
      expect(await repos.isalesDefinitions.ensureSealingKey(1, 'ff'.repeat(32))).not.toBe('ff'.repeat(32));
      expect(await openPassword(repos, cryptoSecrets, 1, sealed)).toBe('Secret#123');
    });

    it('pages import tasks and the invocation log, and trims the log by age', async () => {
      const repos = await repositories(name);
      const task = { vdnId: 1, kind: 'blacklist', campaignId: '', serverId: 's', filePath: '', fileName: 'a.csv', status: '0', startAtMs: now, beginMs: null, endMs: null, succNum: 0, repeatNum: 0, failNum: 0, errMsg: '', rowErrors: '[]' };
      await repos.isalesImports.insertTask({ ...task, id: 't1', createdAtMs: now });
      await repos.isalesImports.insertTask({ ...task, id: 't2', createdAtMs: now + 1 });
      expect((await repos.isalesImports.tasksPage(1, 'blacklist', '', 0, 1)).rows.map((r) => r.id)).toEqual(['t2']);
      expect((await repos.isalesImports.tasksPage(1, 'blacklist', '', 0, 10, ['t1'])).count).toBe(1);
      expect((await repos.isalesImports.unfinishedTasks()).length).toBe(2);
      const entry = { vdnId: 1, url: '/u', request: '{}', resultCode: '0200000', resultDesc: '', httpStatus: 200, type: 'GET' };
      await repos.isalesOpenapiLog.insertMany([{ ...entry, id: 'a', operTimeMs: now }, { ...entry, id: 'b', operTimeMs: now + 1000 }]);
      expect((await repos.isalesOpenapiLog.page({ vdnId: 1, fromMs: now, toMs: now + 1000, url: '/u' }, 0, 1)).count).toBe(2);
      expect(await repos.isalesOpenapiLog.deleteBefore(now + 1)).toBe(1);
    });
  });
}
