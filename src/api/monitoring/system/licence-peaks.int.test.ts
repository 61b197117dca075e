// Goal: the historic peaks of §12.3.6.8 (historyMax*) are the highest usage ever reached, per
// tenant and for the whole system, and they are durable: the store keeps them with the records,
// and a new server on the same store reports them. Method: agents of two tenants sign in, a call
// flows, usage falls back to nothing; the server is stopped and started again on the same store
// (SQLite file, and PostgreSQL when OPENCEC_TEST_PG_URL is set).
import { afterAll, describe, expect, it } from 'vitest';
import { dialects, durableStoreUrl } from '../../../../test/support/postgres.ts';
import { createTestApp, testEpochMs, type TestApp } from '../../../../test/support/test-app.ts';
import { uapSamples } from '../../../services/system-indicators/system-indicator-store.ts';
import { UapCounters } from '../../../telephony/sim/index.ts';
import { cmsRequest, globalKey, type AkSk } from '../../../../test/support/cms-client.ts';
import { advance, dial, GatewayAgent } from '../../../../test/support/gateway-client.ts';
import { addOtherTenant, otherKey } from '../realtime.test-support.ts';

const cleanups: Array<() => Promise<void> | void> = [];
afterAll(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const storeUrl = (dialect: 'sqlite' | 'postgres') => durableStoreUrl(dialect, cleanups, 'opencec-peaks-');

const licence = async (app: TestApp, key?: AkSk) => (await cmsRequest(app, '/rest/cmsapp/v1/openapi/configures/querysystemlicensestatus', { ccId: 1 }, key ? { key } : {})).body.resultDesc;

for (const { name, enabled } of dialects) {
  describe.skipIf(!enabled)(`12.3.6.8 historic peaks on ${name}`, () => {
    it('keeps the peaks after the usage falls, and across a restart', async () => {
      const url = await storeUrl(name);
      let app = await createTestApp({ storeUrl: url });
      await addOtherTenant(app);
      await GatewayAgent.signIn(app, 101);
      await GatewayAgent.signIn(app, 102);
      await GatewayAgent.signIn(app, 30001, { phonenum: '7730001' });
      await dial(app, '4001', { talkSeconds: 30 });
      await advance(app, 1_000);
      expect(await licence(app, globalKey)).toMatchObject({ loginAgentNum: 3, vdnNum: 2, voiceCallNum: 1, historyMaxAgentNum: 3, historyMaxVoiceCallNum: 1 });
      expect(await licence(app, otherKey)).toMatchObject({ loginAgentNum: 1, vdnNum: 1, historyMaxAgentNum: 1, historyMaxVoiceCallNum: 0 });
      // The call ends and nobody heartbeats: usage falls to nothing, the peaks stay.
      await advance(app, 10 * 60_000);
      expect(await licence(app, globalKey)).toMatchObject({ loginAgentNum: 0, voiceCallNum: 0, historyMaxAgentNum: 3, historyMaxVoiceCallNum: 1 });
      expect(await licence(app)).toMatchObject({ loginAgentNum: 0, historyMaxAgentNum: 2, historyMaxVoiceCallNum: 1 });
      // The UAP's closed 5-minute periods went to the store with the records too; a later run
      // (a UAP measuring from 09:00) reads them before its own.
      const stored = await app.services.repos.systemIndicators.uapSamples(testEpochMs, testEpochMs + 86_400_000);
      expect(stored.map((r) => [r.beginMs - testEpochMs, r.ofcNo])).toEqual([
        [0, -1],
        [0, 0],
        [0, 1],
        [300_000, -1],
        [300_000, 0],
        [300_000, 1],
      ]);
      const later = await uapSamples(app.services.repos, new UapCounters(() => testEpochMs + 3_600_000), testEpochMs, testEpochMs + 86_400_000);
      expect(later.offices.map((s) => [s.beginMs - testEpochMs, s.ofcNo, s.seizures, s.answered])).toEqual([
        [0, 0, 1, 1],
        [0, 1, 0, 0],
        [300_000, 0, 0, 0],
        [300_000, 1, 0, 0],
        [3_600_000, 0, 0, 0],
        [3_600_000, 1, 0, 0],
      ]);
      // Without heartbeats the agents were signed out before 08:05: no softphone was registered then.
      expect(later.terminals.map((s) => [s.beginMs - testEpochMs, s.registered])).toEqual([
        [0, 0],
        [300_000, 0],
        [3_600_000, 0],
      ]);
      await app.close();

      app = await createTestApp({ storeUrl: url });
      cleanups.push(() => app.close());
      expect(await licence(app, globalKey)).toMatchObject({ loginAgentNum: 0, historyMaxAgentNum: 3, historyMaxVoiceCallNum: 1, historyMaxIvrCallNum: 0 });
      expect(await licence(app, otherKey)).toMatchObject({ historyMaxAgentNum: 1 });
      // A lower usage after the restart does not lower the stored peak.
      await GatewayAgent.signIn(app, 103);
      await advance(app, 1_000);
      expect(await licence(app)).toMatchObject({ loginAgentNum: 1, historyMaxAgentNum: 2 });
      expect((await app.services.repos.systemIndicators.licencePeaks(1)).find((p) => p.field === 'agents')?.value).toBe(2);
    });
  });
}
