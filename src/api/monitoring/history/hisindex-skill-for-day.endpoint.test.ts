// Goal: the range interfaces (12.3.2.6–.9) sum the roll-up over day and month ranges in envelope
// B, accept the customised columns, and refuse malformed or oversized ranges. Method: the
// reference morning, then the four range queries.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { cmsRequest } from '../../../../test/support/cms-client.ts';
import { firstValues, referenceMorning } from '../../../../test/support/history-traffic.ts';

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp();
  await referenceMorning(app);
});
afterAll(async () => {
  await app.close();
});

const openapi = '/rest/cmsapp/v1/openapi/hisindex';

describe('12.3.2.6 skillforday, 12.3.2.7 skillformonth, 12.3.2.8 agentforday, 12.3.2.9 agentformonth', () => {
  it('sums a day range into scalar strings, in envelope B (the reference example shape)', async () => {
    const res = await cmsRequest(app, `${openapi}/skillforday`, { ccid: 1, vdn: 1, skillIds: [1], indexIds: ['IDX_DURATION_SKILL_AVG_ABANDON_QUEUE', 'IDX_COUNT_SKILL_REQUEST', 'IDX_SKILL_RESERVED_COL3', 'IDX_COUNT_SKILL_ABANDON_AFTER_20'], beginDayTime: '2026-01-05 00:00:00', endDayTime: '2026-01-06 00:00:00' });
    expect(res.body.result).toBeUndefined();
    expect(res.body).toEqual({ resultCode: '0100000', resultDesc: [{ id: '1', idxs: [
      { id: 'IDX_DURATION_SKILL_AVG_ABANDON_QUEUE', val: '30' },
      { id: 'IDX_COUNT_SKILL_REQUEST', val: '4' },
      { id: 'IDX_SKILL_RESERVED_COL3', val: '0' },
      { id: 'IDX_COUNT_SKILL_ABANDON_AFTER_20', val: '1' },
    ] }] });
    const before = await cmsRequest(app, `${openapi}/skillforday`, { vdn: 1, skillIds: [1], indexIds: ['IDX_COUNT_SKILL_REQUEST'], beginDayTime: '2026-01-04 00:00:00', endDayTime: '2026-01-05 08:00:00' });
    expect(firstValues(before.body)).toEqual({ IDX_COUNT_SKILL_REQUEST: '0' });
  });

  it('sums whole months, and the agent variants read the same roll-up', async () => {
    const month = await cmsRequest(app, `${openapi}/skillformonth`, { vdn: 1, skillIds: [1], indexIds: ['IDX_COUNT_SKILL_CONNECTED'], beginMonthTime: '202512', endMonthTime: '202601' });
    expect(firstValues(month.body)).toEqual({ IDX_COUNT_SKILL_CONNECTED: '3' });
    const day = await cmsRequest(app, `${openapi}/agentforday`, { vdn: 1, agentIds: [101, 102], indexIds: ['IDX_COUNT_AGENT_CONNECTED', 'IDX_AGENT_RESERVED_COL20'], beginDayTime: '2026-01-05 00:00:00', endDayTime: '2026-01-06 00:00:00' });
    expect(day.body.resultDesc).toEqual([
      { id: '101', idxs: [{ id: 'IDX_COUNT_AGENT_CONNECTED', val: '3' }, { id: 'IDX_AGENT_RESERVED_COL20', val: '0' }] },
      { id: '102', idxs: [{ id: 'IDX_COUNT_AGENT_CONNECTED', val: '0' }, { id: 'IDX_AGENT_RESERVED_COL20', val: '0' }] },
    ]);
    const agentMonth = await cmsRequest(app, `${openapi}/agentformonth`, { vdn: 1, agentIds: [101], indexIds: ['IDX_DURATION_AGENT_CONVERSATION_IN'], beginMonthTime: '202601', endMonthTime: '202601' });
    expect(firstValues(agentMonth.body)).toEqual({ IDX_DURATION_AGENT_CONVERSATION_IN: '100' });
  });

  it('refuses malformed, reversed or oversized ranges, and min-only codes, with 0100002', async () => {
    const skill = { vdn: 1, skillIds: [1], indexIds: ['IDX_COUNT_SKILL_REQUEST'] };
    for (const [path, body] of [
      ['skillforday', { ...skill, beginDayTime: '2026-01-05', endDayTime: '2026-02-10 00:00:00' }],
      ['skillforday', { ...skill, beginDayTime: '2026-01-06 00:00:00', endDayTime: '2026-01-05 00:00:00' }],
      ['skillforday', { ...skill, beginDayTime: '2026-02-30 00:00:00', endDayTime: '2026-03-01 00:00:00' }],
      ['skillforday', { ...skill, beginDayTime: 'yesterday', endDayTime: '2026-01-05 00:00:00' }],
      ['skillforday', { vdn: 1, skillIds: [1], indexIds: ['IDX_COUNT_SKILL_REQUEST'] }],
      ['skillformonth', { ...skill, beginMonthTime: '202501', endMonthTime: '202601' }],
      ['skillformonth', { ...skill, beginMonthTime: '202613', endMonthTime: '202613' }],
      ['skillformonth', { ...skill, beginMonthTime: '202602', endMonthTime: '202601' }],
      ['agentforday', { vdn: 1, agentIds: [101], indexIds: ['IDX_COUNT_SKILL_REQUEST'], beginDayTime: '2026-01-05 00:00:00', endDayTime: '2026-01-06 00:00:00' }],
    ] as const) expect((await cmsRequest(app, `${openapi}/${path}`, body)).body, JSON.stringify(body)).toMatchObject({ resultCode: '0100002' });
    expect((await cmsRequest(app, `${openapi}/agentformonth`, { vdn: 3, agentIds: [101], indexIds: ['IDX_COUNT_AGENT_CONNECTED'], beginMonthTime: '202601', endMonthTime: '202601' })).body).toMatchObject({ resultCode: '0101003' });
  });
});
