// Goal: the chatbot's tables behave the same on SQLite and PostgreSQL: the demo bot's dialog, its
// records and its statistics, FAQ edits with case-insensitive filters, and a call that survives a
// restart. Method: the same scenario against a fresh store of each dialect (PostgreSQL when
// OPENCEC_TEST_PG_URL is set).
import { afterEach, describe, expect, it } from 'vitest';
import { dialects, durableStoreUrl } from '../../../test/support/postgres.ts';
import { createTestApp, testEpochMs } from '../../../test/support/test-app.ts';
import { oiapClient } from './oiap-client.test-support.ts';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

const storeUrl = (dialect: 'sqlite' | 'postgres') => durableStoreUrl(dialect, cleanups, 'opencec-oiap-');

describe.each(dialects)('OIAP store on $name', ({ name, enabled }) => {
  it.skipIf(!enabled)('runs the demo bot, records it, counts it, and keeps it across a restart', async () => {
    const url = await storeUrl(name);
    const first = await createTestApp({ storeUrl: url });
    const c1 = await oiapClient(first);
    const turn = (app: typeof first, token: string, userid: string, inaction: number, inparams: Record<string, unknown>) =>
      app.request({ method: 'POST', url: '/oifde/rest/crs/process', body: { userid, inaction, inparams: { call_id: userid, auth_token: token, call_dst_id: '4002', ...inparams } } });
    expect((await turn(first, c1.token, 'pg-1', 8, { call_sor_id: '13800000001' })).body.outaction).toBe(9);
    expect((await turn(first, c1.token, 'pg-1', 9, { flow_result_type: '1', input: 'WHEN are you open' })).body.outparams.prompt_text).toContain('9 am to 5 pm');
    const group = await c1('/oifde/rest/api/faqGroup/query', { name: 'banking', pageNum: 1, pageSize: 10 });
    expect(group.body.totalSize).toBe(1);
    await first.close();

    const second = await createTestApp({ storeUrl: url });
    const c2 = await oiapClient(second);
    expect((await turn(second, c2.token, 'pg-1', 9, { flow_result_type: '1', input: 'agent please' })).body.outaction).toBe(11);
    expect((await turn(second, c2.token, 'pg-1', 11, { trans_result: '0', begin_trans: '', end_trans: '' })).body.outaction).toBe(10);
    const stats = await c2('/oifde/rest/api/queryCallStatisticsReport', { accessCode: '4002', timestamp: testEpochMs, type: 'day' });
    expect(stats.body[0]).toMatchObject({ callCount: 1, interactCount: 3, callStaffNoConsultCount: 1 });
    const records = await c2('/oifde/rest/api/queryRecordHistory', { userMobile: '13800000001' });
    expect(records.body.recordList[0].recordDetails).toHaveLength(3);
    await second.close();
  });
});
