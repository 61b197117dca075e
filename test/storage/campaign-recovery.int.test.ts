// Goal: a CC-iSales campaign survives a restart mid-run (issue 11): after the server stops with an
// attempt started but not finished and records still in the dialer's buffer, the next start
// settles the attempt as failed with 34607 (its result pushed), puts the records back to waiting,
// hands the running campaign back to the dialer, and feeds the interrupted record as the next
// attempt — so no number is dialled twice for the same attempt and no result is lost.
// Method: two servers in turn on one store (a SQLite file, and PostgreSQL when configured), a fake
// engine dialer in the first, and the store and the second server's feed read afterwards; and a
// crash: the first server, dialling with its engine, is left running while the second starts.
import { afterEach, describe, expect, it } from 'vitest';
import { createTestApp } from '../support/test-app.ts';
import { advance, GatewayAgent } from '../support/gateway-client.ts';
import { dialects, durableStoreUrl } from '../support/postgres.ts';
import { createCampaign, FakeDialer, isales, v1, v2, v2Campaign } from '../../src/api/outbound/isales-client.test-support.ts';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  // Servers close before their store is dropped (a dropped database cuts their connections).
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const storeUrl = (dialect: 'sqlite' | 'postgres') => durableStoreUrl(dialect, cleanups, 'opencec-campaign-');

for (const { name, enabled } of dialects) {
  describe.skipIf(!enabled)(`campaigns across a restart on ${name}${enabled ? '' : ' (skipped: set OPENCEC_TEST_PG_URL to run)'}`, () => {
    it('settles the interrupted attempt, re-feeds its record as the next attempt, and keeps the campaign running', async () => {
      const url = await storeUrl(name);
      const first = await createTestApp({ storeUrl: url });
      const dialer = new FakeDialer();
      first.services.outbound.runtime.useDialer(dialer);
      const id = await createCampaign(first, v2Campaign({ name: 'survivor', initStatus: 1, callPolicy: undefined, retryPolicy: { policyType: 0, retryDay: 1, retryTimes: 3, callInterval: 60 } }), 'v2');
      expect((await isales(first, 'POST', `${v2}/calldata/${id}`, { callDataList: [{ sessionId: 'A', called: [{ calledNo: '80021' }] }, { sessionId: 'B', called: [{ calledNo: '80022' }] }] })).body.resultCode).toBe('0200000');
      await isales(first, 'PUT', `${v1}/${id}/resume`);
      await first.services.settle();
      const [a, b] = dialer.fed;
      expect([a?.sessionId, b?.sessionId]).toEqual(['A', 'B']);
      first.services.outbound.runtime.attempt(1, { phase: 'started', campaignId: id, dataId: a!.dataId, attemptNo: 1, numberIndex: 0, called: '80021', caller: '88889527', callId: 'A-1', atMs: first.clock.now() });
      await first.services.settle();
      await first.close();

      const second = await createTestApp({ storeUrl: url });
      cleanups.push(() => second.close());
      const repos = second.services.repos;
      expect(await repos.isalesResults.find(a!.dataId, 1)).toMatchObject({ phase: 'finished', callStatus: 5, failCode: '34607', callId: 'A-1' });
      expect(await repos.isalesResults.unfinished()).toEqual([]);
      // The engine's dialer of the second server took both records back (fed), A as its next attempt.
      expect((await repos.isalesCallData.find(1, a!.dataId))?.state).toBe('fed');
      expect((await repos.isalesCallData.find(1, b!.dataId))?.state).toBe('fed');
      expect((await isales(second, 'GET', `${v1}/${id}`)).body.returnObject.status).toBe(2);
      expect(second.services.outbound.runtime.dialerState(1, id)).toBe('running');
      const pushes = (await repos.callbacks.listByVdn(1)).filter((d) => d.kind === 'isales-call-result');
      expect(pushes.map((d) => JSON.parse(d.body)[0])).toEqual([expect.objectContaining({ sessionId: 'A', callStatus: 5, failCode: '34607', callId: 'A-1' })]);

      // The demo tenant has no agent signed in: the dialer holds the records; with one signed in it dials.
      for (const workNo of [101, 102]) await GatewayAgent.signIn(second, workNo, { status: 4 });
      for (let i = 0; i < 5; i++) await advance(second, 1000);
      const attempts = await second.services.store.db.selectFrom('isalesCallAttempt').selectAll().where('campaignId', '=', id).execute();
      expect(attempts.map((r) => [r.dataId === a!.dataId ? 'A' : 'B', r.attemptNo]).sort()).toEqual([['A', 1], ['A', 2], ['B', 1]]);
      expect(attempts.find((r) => r.dataId === a!.dataId && r.attemptNo === 1)).toMatchObject({ failCode: '34607', callId: 'A-1' });
    });

    it('after a crash mid-call, the next server settles the cut attempts and its engine dials them again as new attempts', async () => {
      const url = await storeUrl(name);
      const first = await createTestApp({ storeUrl: url });
      let second: Awaited<ReturnType<typeof createTestApp>> | undefined;
      cleanups.push(async () => {
        await second?.close();
        await first.close();
      });
      const skillParam = { skillId: 1, skillName: 'Voice Skill Queue', outBoundType: 6 };
      const id = await createCampaign(first, v2Campaign({ name: 'crash', deviceType: 6, initStatus: 1, callPolicy: undefined, skillParam, retryPolicy: { policyType: 0, retryDay: 1, retryTimes: 3, callInterval: 60 } }), 'v2');
      expect((await isales(first, 'POST', `${v2}/calldata/${id}`, { callDataList: [{ sessionId: 'A', called: [{ calledNo: '13990105555' }] }, { sessionId: 'B', called: [{ calledNo: '13990115555' }] }] })).body.resultCode).toBe('0200000');
      for (const workNo of [101, 102]) await GatewayAgent.signIn(first, workNo, { status: 4 });
      await isales(first, 'PUT', `${v1}/${id}/resume`);
      for (let i = 0; i < 5; i++) await advance(first, 1000);
      const attempts = () => first.services.store.db.selectFrom('isalesCallAttempt').selectAll().where('campaignId', '=', id).orderBy('dataId').orderBy('attemptNo').execute();
      expect((await attempts()).map((r) => [r.attemptNo, r.phase])).toEqual([[1, 'started'], [1, 'started']]);

      // The first server dies with both customers talking (it is never closed before the second starts).
      second = await createTestApp({ storeUrl: url });
      expect((await attempts()).map((r) => [r.attemptNo, r.phase, r.failCode])).toEqual([[1, 'finished', '34607'], [1, 'finished', '34607']]);
      for (const workNo of [101, 102]) await GatewayAgent.signIn(second, workNo, { status: 4 });
      for (let i = 0; i < 5; i++) await advance(second, 1000);
      const after = await attempts();
      expect(after.map((r) => [r.attemptNo, r.phase])).toEqual([[1, 'finished'], [2, 'started'], [1, 'finished'], [2, 'started']]);
      expect(new Set(after.map((r) => `${r.dataId}:${r.attemptNo}`)).size).toBe(after.length);
    });

    it('completes a campaign whose end time passed while the server was down', async () => {
      const url = await storeUrl(name);
      const first = await createTestApp({ storeUrl: url });
      const id = await createCampaign(first, v2Campaign({ name: 'expires', strEndTime: '2026-01-05 09:00:00' }), 'v2');
      await first.close();
      const second = await createTestApp({ storeUrl: url });
      cleanups.push(() => second.close());
      second.clock.advance(2 * 3_600_000);
      await second.services.settle();
      expect((await isales(second, 'GET', `${v1}/${id}`)).body.returnObject.status).toBe(4);
    });
  });
}
