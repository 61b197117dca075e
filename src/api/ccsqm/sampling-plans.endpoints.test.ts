// Goal: §12.2.13 sampling plans persist, start and stop, and run on the durable scheduler: a due
// plan samples the last period's calls into an effective review task, once per due time.
import { afterEach, describe, expect, it } from 'vitest';
import { bearerToken, testEpochMs, type TestApp } from '../../../test/support/test-app.ts';
import { runDuePlans } from '../../services/ccsqm/sampling-plans.ts';
import { sqmApp, sqmCaller, type SqmCaller } from './ccsqm.test-support.ts';
import { enabledScenario, recordedCall } from './ccsqm-fixtures.test-support.ts';

let app: TestApp;
let call: SqmCaller;
afterEach(async () => app?.close());

const start = Math.floor(testEpochMs / 1000) + 3600;
// The reference's own example (ref L50030–50070): a float start time and qiqtEndTime given twice.
const exampleBody = `{"extractionRange": {"customColumns": null, "fixedColumns": {"qualityCondition": 0, "qualityType": 1, "qualityNum": 100, "staffIds": [], "maxNum": 10, "interactionType": 0},
  "currentRole": "qualityDirector"}, "appointQuality": {"setCounts": [{"personID": "120", "count": 40}, {"personID": "110", "count": 60}], "setCountsType": 2},
  "cronStructure": {"qiqtCycleType": "1", "qiqtStartTime": ${start}.86, "qiqtEndTime": 2, "qiqtTotalTimes": 2, "qiqtEndTime": ${start + 10 * 86400}}, "qiqtName": "regulartask", "currentRole": "qualityDirector"}`;

describe('§12.2.13 regularQualityTask', () => {
  it('creates a plan from the reference example, starts it and runs it when due', async () => {
    ({ app, call } = await sqmApp());
    await enabledScenario(call, 'All calls', {});
    for (let n = 0; n < 4; n++) await recordedCall(app, n, { beginMs: testEpochMs + n * 60_000, lengthMs: 10_000 });
    const token = await bearerToken(app);
    const added = await app.request({ method: 'POST', url: '/apiaccess/CCSQM/rest/ccisqm/v1/regularqualitytask/addQualityTask', rawBody: exampleBody, headers: { authorization: `Bearer ${token}`, 'x-userid': '120', 'content-type': 'application/json' } });
    expect(added.body).toMatchObject({ resultCode: '0408000', objId: expect.any(String) });
    const planId = added.body.objId;
    const listed = await call('regularqualitytask/queryQualityTask', { page: 1, rows: 10 });
    expect(listed.body.list[0]).toMatchObject({ qiqtId: planId, qiqtStatus: '1', qiqtCycleType: 'Daily', qiqtEndType: '2', qiqtEndTypeStr: 'Time limit', qiqtExecutionTimes: 0, qiqtCreator: '120', interactionType: '0', qiqtStartTimeStr: '2026-01-05 09:00:00' });
    expect((await call('regularqualitytask/bigenQualityTask', { qiqtId: planId })).body.resultCode).toBe('0408000');
    expect((await call('regularqualitytask/queryQualityTask', { page: 1, rows: 10 })).body.list[0]).toMatchObject({ qiqtStatus: '2', nextExecutionTimeStr: '2026-01-05 09:00:00' });
    // Nothing runs before the due time; at it, one review task over the period's calls, effective and assigned.
    app.clock.advance(3_500_000);
    await app.services.settle();
    app.clock.advance(120_000);
    await app.services.settle();
    call = sqmCaller(app, await bearerToken(app));
    const window = { currentRole: 'qualityDirector', startTimeMillis: start - 86400, endTimeMillis: start + 86400, page: 1, rows: 10 };
    const tasks = (await call('qualitytask/queryQualityTask', window)).body;
    expect(tasks.total).toBe(1);
    expect(tasks.data[0]).toMatchObject({ planName: 'regulartask-202601050900', status: '1', inspectTotalCount: 4 });
    const calls = (await call('qualitytask/callsQualityTask', { currentRole: 'qualityDirector', page: 1, rows: 10, fixedColumns: { planCode: tasks.data[0].id } })).body.data;
    expect(calls.map((c: { inspector: string }) => c.inspector).sort()).toEqual(['110', '110', '120', '120']);
    const after = (await call('regularqualitytask/queryQualityTask', { page: 1, rows: 10 })).body.list[0];
    expect(after).toMatchObject({ qiqtExecutionTimes: 1, nextExecutionTimeStr: '2026-01-06 09:00:00', qiqtStatus: '2' });
    // A plan missed for days runs once, then continues from now.
    await runDuePlans(app.services, testEpochMs + 5 * 86_400_000);
    const caughtUp = (await call('regularqualitytask/queryQualityTask', { page: 1, rows: 10 })).body.list[0];
    expect(caughtUp).toMatchObject({ qiqtExecutionTimes: 2, nextExecutionTimeStr: '2026-01-10 09:00:00' });
    await call('regularqualitytask/stopQualityTask', { regularQualityTaskId: planId });
    expect((await call('regularqualitytask/queryQualityTask', { page: 1, rows: 10 })).body.list[0].qiqtStatus).toBe('1');
    await call('regularqualitytask/deleteQualityTask', { regularQualityTaskId: planId });
    expect((await call('regularqualitytask/queryQualityTask', { page: 1, rows: 10 })).body.total).toBe(0);
  });

  it('refuses bad percentages, missing end conditions and unknown plans (20-digit ids kept whole)', async () => {
    ({ app, call } = await sqmApp());
    const base = JSON.parse(exampleBody.replace(/"qiqtEndTime": 2, /, ''));
    const bad = await call('regularqualitytask/addQualityTask', { ...base, appointQuality: { setCountsType: 2, setCounts: [{ personID: '120', count: 50 }] } });
    expect([bad.status, bad.body.resultCode]).toEqual([400, '0408001']);
    const noEnd = await call('regularqualitytask/addQualityTask', { ...base, cronStructure: { qiqtCycleType: '1', qiqtStartTime: start, qiqtEndType: '2' } });
    expect(noEnd.status).toBe(400);
    const stranger = await call('regularqualitytask/addQualityTask', { ...base, appointQuality: { setCountsType: 0, setCounts: [{ personID: '30001' }] } });
    expect(stranger.status).toBe(500);
    const raw = await app.request({ method: 'POST', url: '/CCSQM/rest/ccisqm/v1/regularqualitytask/beginQualityTask', rawBody: '{"qiqtId": 16625163654676154791}', headers: { authorization: `Bearer ${await bearerToken(app)}`, 'x-userid': '120', 'content-type': 'application/json' } });
    expect(raw.status).toBe(500);
    expect(raw.body.resultDesc).toContain('16625163654676154791');
  });
});
