// Goal: bidirectional calls and their queries behave the same on PostgreSQL as on SQLite (bigint
// times, counts, task-type filters, paging). Method: one end-to-end pass over a fresh PostgreSQL
// database when OPENCEC_TEST_PG_URL is set; skipped, and saying so, otherwise.
import { afterEach, describe, expect, it } from 'vitest';
import { createPgDatabase, pgServerUrl } from '../../../test/support/postgres.ts';
import { bearerToken, c1, createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { advanceAndSettle, mobileAgentBase, patchTenantSettings } from './bidirectional.test-support.ts';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  while (cleanups.length) await cleanups.pop()!();
});

describe.skipIf(!pgServerUrl)(`bidirectional calls on PostgreSQL${pgServerUrl ? '' : ' (skipped: set OPENCEC_TEST_PG_URL to run)'}`, () => {
  it('creates calls, follows them to the end and pages their history', async () => {
    const database = await createPgDatabase();
    cleanups.push(database.drop);
    const app: TestApp = await createTestApp({ storeUrl: database.url });
    cleanups.push(() => app.close());
    const call = c1(app, await bearerToken(app));
    const t0 = app.clock.now();
    const first = (await call(`${mobileAgentBase}/createCall`, { caller: '70101', called: '88889060', callData: 'pg' })).body.result.callSerialNo as string;
    expect((await call(`${mobileAgentBase}/createCall`, { caller: '70101', called: '88889060' })).body.retCode).toBe('1');
    await call(`${mobileAgentBase}/createCall`, { caller: '70102', called: '88880000' });
    await advanceAndSettle(app, 200_000);
    const state = (await call(`${mobileAgentBase}/queryCallState`, { callSerialNo: first })).body.result;
    expect(state).toMatchObject({ state: 3, reasonCode: 0, startTime: t0, callData: 'pg' });
    const page = await call(`${mobileAgentBase}/queryCallDetailRecord`, { startTime: String(t0), endTime: String(t0 + 1000), offset: 1, limit: 1 });
    expect(page.body.result.total).toBe(2);
    expect(page.body.result.callInfo).toMatchObject([{ caller: '70102', reasonCode: 5, taskType: '1' }]);
  });

  it('binds ITA calls to free privacy numbers and keeps the CDR the simulated ITA pushes (decision 0431)', async () => {
    const database = await createPgDatabase();
    cleanups.push(database.drop);
    const app: TestApp = await createTestApp({ storeUrl: database.url });
    cleanups.push(() => app.close());
    await patchTenantSettings(app, 1, { bidirectionalCall: { ita: { appKey: 'CMCCGX_0001', appSecret: 'ita-secret', privacyNumbers: ['18400000497'] } } });
    const call = c1(app, await bearerToken(app));
    const sn = (await call(`${mobileAgentBase}/createCall`, { caller: '70101', called: '88889060' })).body.result.callSerialNo as string;
    expect((await call(`${mobileAgentBase}/createCall`, { caller: '70102', called: '88889061' })).body.retCode).toBe('90106003');
    await advanceAndSettle(app, 200_000);
    expect(await app.services.repos.systemCalls.find(1, sn)).toMatchObject({ state: 3, reasonCode: 16, taskType: '4' });
    expect((await call(`${mobileAgentBase}/createCall`, { caller: '70102', called: '88889061' })).body.retCode).toBe('0');
  });
});
