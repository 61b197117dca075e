// Goal: the column roll-up, its day grain, the settlement table and the reused upsert statements
// work alike on SQLite and PostgreSQL, incrementally and rebuilt. Method: the reference morning on
// each dialect (PostgreSQL when OPENCEC_TEST_PG_URL is set); read skill indicators by grain and over
// a day range, the agent day and the inbound settlement; rebuild; read again.
import { describe, expect, it } from 'vitest';
import { createPgDatabase, dialects } from '../../../test/support/postgres.ts';
import { createTestApp } from '../../../test/support/test-app.ts';
import { cmsRequest } from '../../../test/support/cms-client.ts';
import { referenceMorning } from '../../../test/support/history-traffic.ts';
import { inTransaction } from '../../store/index.ts';
import { rebuildRollup } from './rollup.ts';

const api = '/rest/cmsapp/v1/openapi/hisindex';

for (const { name, enabled } of dialects) {
  describe.skipIf(!enabled)(`roll-up on ${name}${enabled ? '' : ' (skipped: set OPENCEC_TEST_PG_URL to run)'}`, () => {
    it('reads the same figures incrementally and after a rebuild', async () => {
      const pg = name === 'postgres' ? await createPgDatabase() : null;
      const app = await createTestApp(pg ? { storeUrl: pg.url } : {});
      try {
        await referenceMorning(app);
        const read = async () => [
          (await cmsRequest(app, `${api}/skill`, { vdn: 1, skillIds: [1], timeGrain: '15MIN', indexIds: ['IDX_COUNT_SKILL_REQUEST', 'IDX_DURATION_SKILL_MAX_QUEUE_ACK'] })).body.resultDesc,
          (await cmsRequest(app, `${api}/skillforday`, { vdn: 1, skillIds: [1], beginDayTime: '2026-01-04 00:00:00', endDayTime: '2026-01-06 12:00:00', indexIds: ['IDX_COUNT_SKILL_REQUEST', 'IDX_COUNT_SKILL_CONNECTED', 'IDX_DURATION_SKILL_MAX_QUEUE_ACK'] })).body.resultDesc,
          (await cmsRequest(app, `${api}/agentformonth`, { vdn: 1, agentIds: [101], beginMonthTime: '202601', endMonthTime: '202601', indexIds: ['IDX_COUNT_AGENT_CONNECTED', 'IDX_DURATION_AGENT_MIN_CALLING'] })).body.resultDesc,
          (await cmsRequest(app, '/rest/cmsapp/v1/callinday/querymanualindexesbycondition', { calleeNos: ['4001'], beginLogDay: '2026-01-05', endLogDay: '2026-01-05', callTypes: [0], subCcNo: 1, vdn: 1 })).body.resultDesc,
        ];
        const before = await read();
        expect(before[0][0].idxs[0].val).toEqual({ '2026-01-05 08:00:00.0': '3', '2026-01-05 08:15:00.0': '1' });
        expect(before[1][0].idxs.map((i: { val: string }) => i.val)).toEqual(['4', '3', '40']);
        expect(before[2][0].idxs.map((i: { val: string }) => i.val)).toEqual(['3', '10']);
        expect(before[3][0]).toMatchObject({ inOccupyNum: 4, inCallSuccNum: 3, maxQueueWaitTime: 40 });
        await inTransaction(app.services.store, (repos) => rebuildRollup(repos, 1));
        expect(await read()).toEqual(before);
      } finally {
        await app.close();
        await pg?.drop();
      }
    });
  });
}
