// Goal: the filters of §12.2.14.5 queryQualityTask (fixedColumns.fileName, reviewingOfficer) and
// §12.2.15.3 callsQualityTask (reviewingOfficer, reviewingStates, showReviewingOfficer) select,
// so a QC user's search narrows the list. Tasks have no review step: no task has a reviewer and
// every call's review status is −1, which is what the review filters find.
import { afterEach, describe, expect, it } from 'vitest';
import { testEpochMs, type TestApp } from '../../../test/support/test-app.ts';
import { sqmApp, type SqmCaller } from './ccsqm.test-support.ts';
import { dialogRule, enabledScenario, recordedCall, sentence } from './ccsqm-fixtures.test-support.ts';

let app: TestApp;
let call: SqmCaller;
afterEach(async () => app?.close());

const criteria = { maxNum: 10, qualityCondition: 0, qualityNum: 100, qualityType: 1, scoreStart: 0, scoreEnd: 120, staffIds: [] as string[], interactionType: 0 };

/** Two scored calls of agent 101 and one of agent 102, and one review task per agent over them. */
async function twoTasks(): Promise<{ of101: string; of102: string; fileOf102: string }> {
  ({ app, call } = await sqmApp());
  const greeting = await sentence(call, 'greeting', ['thank you for calling']);
  const { ruleId } = await dialogRule(call, 'Greeting', [{ op: 'must', sentence: greeting, role: 'staff' }]);
  await enabledScenario(call, 'Service', { rules: [ruleId] });
  for (let n = 0; n < 3; n++) await recordedCall(app, n, { agentId: n < 2 ? '101' : '102', beginMs: testEpochMs + n * 60_000, lengthMs: 15_000 });
  app.clock.advance(60_000);
  await app.services.settle();
  const create = async (planName: string, staff: string) =>
    (await call('qualitytask/createQualityTask', { currentRole: 'qualityDirector', startTimeMillis: '', endTimeMillis: '', fixedColumns: { ...criteria, staffIds: [staff] }, qualityTask: { planName } })).body.qualityTaskId as string;
  const of101 = await create('of 101', '101');
  const of102 = await create('of 102', '102');
  const sampled = (await call('qualitytask/callsQualityTask', { currentRole: 'qualityDirector', page: 1, rows: 10, fixedColumns: { planCode: of102 } })).body;
  const fileOf102 = sampled.data[0].calls[0].file_name as string;
  // The inspected call is named by the recording's file stem (recordedCall n = 2).
  expect([sampled.total, fileOf102]).toEqual([1, '0800021']);
  return { of101, of102, fileOf102 };
}

const window = () => ({ currentRole: 'qualityDirector', startTimeMillis: Math.floor(testEpochMs / 1000) - 3600, endTimeMillis: Math.floor(testEpochMs / 1000) + 86400, page: 1, rows: 10 });
const taskIds = async (fixedColumns: Record<string, unknown>) => ((await call('qualitytask/queryQualityTask', { ...window(), fixedColumns })).body.data as Array<{ id: string }>).map((t) => t.id).sort();
const callCount = async (planCode: string, more: Record<string, unknown>) => {
  const res = await call('qualitytask/callsQualityTask', { currentRole: 'qualityDirector', page: 1, rows: 10, fixedColumns: { planCode, ...more } });
  expect(res.body.resultCode).toBe('0409000');
  return res.body.total as number;
};

describe('queryQualityTask filters', () => {
  it('selects the tasks that sampled a call of the file name', async () => {
    const { of101, of102, fileOf102 } = await twoTasks();
    expect(await taskIds({ fileName: '', reviewingOfficer: '', status: null, planName: '' })).toEqual([of101, of102].sort());
    const selected = (await call('qualitytask/queryQualityTask', { ...window(), fixedColumns: { fileName: fileOf102.slice(2) } })).body;
    expect(selected).toMatchObject({ total: 1, data: [{ id: of102, inspectTotalCount: 1 }] });
    expect(await taskIds({ fileName: 'no such file' })).toEqual([]);
  });

  it('finds no task by reviewer: no task has one', async () => {
    const { of101, of102 } = await twoTasks();
    expect(await taskIds({ reviewingOfficer: '120' })).toEqual([]);
    expect(await taskIds({ reviewingOfficer: '' })).toEqual([of101, of102].sort());
  });
});

describe('callsQualityTask filters', () => {
  it('keeps the unreviewed calls for reviewingStates −1 and none for the other states', async () => {
    const { of101 } = await twoTasks();
    expect(await callCount(of101, {})).toBe(2);
    expect(await callCount(of101, { reviewingStates: '-1' })).toBe(2);
    for (const state of ['0', '2', '3']) expect(await callCount(of101, { reviewingStates: state })).toBe(0);
    // Values outside the documented set filter nothing, as inspectStatus "5" in the example does.
    expect(await callCount(of101, { reviewingStates: '7' })).toBe(2);
  });

  it('answers no call for a reviewer or for reviewer-assigned calls only', async () => {
    const { of102 } = await twoTasks();
    expect(await callCount(of102, { reviewingOfficer: '120' })).toBe(0);
    expect(await callCount(of102, { showReviewingOfficer: true })).toBe(0);
    expect(await callCount(of102, { showReviewingOfficer: false, reviewingOfficer: '' })).toBe(1);
  });
});
