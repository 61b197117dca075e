// Goal: the quality check stores and queries the same on PostgreSQL as on SQLite (documents,
// inspected calls, due times, the scheduler's watermark). Method: one pass over a fresh
// PostgreSQL database when OPENCEC_TEST_PG_URL is set; skipped, and saying so, otherwise.
import { afterEach, describe, expect, it } from 'vitest';
import { createPgDatabase, pgServerUrl } from '../../../test/support/postgres.ts';
import { bearerToken, createTestApp, testEpochMs, type TestApp } from '../../../test/support/test-app.ts';
import { isqmBase, sqmCaller } from './ccsqm.test-support.ts';
import { dialogRule, enabledScenario, recordedCall, sentence } from './ccsqm-fixtures.test-support.ts';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

describe.skipIf(!pgServerUrl)(`quality check on PostgreSQL${pgServerUrl ? '' : ' (skipped: set OPENCEC_TEST_PG_URL to run)'}`, () => {
  it('configures, inspects recorded calls automatically and runs a reserved review task', async () => {
    const database = await createPgDatabase();
    cleanups.push(database.drop);
    const app: TestApp = await createTestApp({ storeUrl: database.url });
    cleanups.push(() => app.close());
    const call = sqmCaller(app, await bearerToken(app));
    const greeting = await sentence(call, 'greeting', ['thank you for calling']);
    const { ruleId } = await dialogRule(call, 'Greeting', [{ op: 'must', sentence: greeting }], { score: 10 });
    const groupId = await enabledScenario(call, 'Service', { rules: [ruleId] });
    for (let n = 0; n < 3; n++) await recordedCall(app, n, { beginMs: testEpochMs + n * 60_000, lengthMs: 12_000 });
    app.clock.advance(60_000);
    await app.services.settle();
    const listed = await call('appraisecall/details', { call_types: [0], status: [2], page: 1, limit: 10, upload_from: null, upload_to: null, call_from: Math.floor(testEpochMs / 1000) - 1 });
    expect(listed.body.paging.total).toBe(3);
    const credit = (await call(`${isqmBase}/appraisecall/credit`, { call_uuid: listed.body.data[0].calls[0].call_uuid })).body[0];
    expect(credit.credit[0]).toMatchObject({ setting: { group_id: groupId }, score: 60 });
    const task = (await call('qualitytask/createQualityTask', { currentRole: 'qualityDirector', fixedColumns: { qualityNum: 100, qualityType: 1, maxNum: 2, interactionType: 0 }, qualityTask: { planName: 'pg' } })).body.qualityTaskId;
    await call('qualitytask/takeEffectQualityTask', { type: 2, reserveTime: String(Math.floor(app.clock.now() / 1000) + 120), qualityTaskId: task });
    app.clock.advance(180_000);
    await app.services.settle();
    const window = { currentRole: 'qualityDirector', startTimeMillis: 0, endTimeMillis: 9999999999, page: 1, rows: 10 };
    expect((await sqmCaller(app, await bearerToken(app))('qualitytask/queryQualityTask', window)).body.data[0]).toMatchObject({ status: '1', inspectTotalCount: 2 });
  });
});
