// Goal: 12.3.2.4 serves Table 12-686 from what the engine did, per day and per 15/30/60-minute
// UTC bucket, and refuses what §5.5 of note 08 forbids. Method: the reference morning of
// test/support/history-traffic.ts (four calls, one abandoned), then signed queries.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../../../test/support/test-app.ts';
import { cmsRequest, globalKey } from '../../../../test/support/cms-client.ts';
import { firstValues as values, referenceMorning } from '../../../../test/support/history-traffic.ts';

const path = '/rest/cmsapp/v1/openapi/hisindex/skill';
let app: TestApp;

beforeAll(async () => {
  app = await createTestApp();
  await referenceMorning(app);
});
afterAll(async () => {
  await app.close();
});

const query = (body: Record<string, unknown>, key = undefined as typeof globalKey | undefined) => cmsRequest(app, path, { vdn: 1, skillIds: [1], ...body }, key ? { key } : {});

describe('12.3.2.4 hisindex/skill', () => {
  it('sums the current day per indicator, in envelope A with strings', async () => {
    const codes = ['IDX_COUNT_SKILL_REQUEST', 'IDX_COUNT_SKILL_CONNECTED', 'IDX_COUNT_SKILL_ABANDON', 'IDX_COUNT_SKILL_USER_ABANDON_QUEUE', 'IDX_COUNT_SKILL_CONNECTED_IN_20', 'IDX_DURATION_SKILL_CONNECTED', 'IDX_DURATION_SKILL_ALL_QUEUE', 'IDX_DURATION_SKILL_MAX_QUEUE_ACK', 'IDX_DURATION_SKILL_MIN_QUEUE_ACK', 'IDX_RATE_SKILL_CONNECTED', 'IDX_DURATION_SKILL_AVG_QUEUE_ACK', 'IDX_COUNT_SKILL_ABANDON_IN_30'];
    const res = await query({ ccId: 1, indexIds: codes });
    expect(res.body).toMatchObject({ result: '0', resultCode: '0100000' });
    expect(res.body.resultDatas).toEqual(res.body.resultDesc);
    expect(res.body.resultDesc[0].id).toBe('1');
    expect(res.body.resultDesc[0].idxs.map((i: { id: string }) => i.id)).toEqual(codes);
    expect(values(res.body)).toEqual({
      IDX_COUNT_SKILL_REQUEST: '4',
      IDX_COUNT_SKILL_CONNECTED: '3',
      IDX_COUNT_SKILL_ABANDON: '1',
      IDX_COUNT_SKILL_USER_ABANDON_QUEUE: '1',
      IDX_COUNT_SKILL_CONNECTED_IN_20: '2',
      IDX_DURATION_SKILL_CONNECTED: '100',
      IDX_DURATION_SKILL_ALL_QUEUE: '70',
      IDX_DURATION_SKILL_MAX_QUEUE_ACK: '40',
      IDX_DURATION_SKILL_MIN_QUEUE_ACK: '0',
      IDX_RATE_SKILL_CONNECTED: '75.00',
      IDX_DURATION_SKILL_AVG_QUEUE_ACK: '18',
      IDX_COUNT_SKILL_ABANDON_IN_30: '1',
    });
  });

  it('splits by 15, 30 and 60 minutes into sparse UTC buckets keyed yyyy-MM-dd HH:mm:ss.0', async () => {
    const of = async (timeGrain: string) => values((await query({ timeGrain, indexIds: ['IDX_COUNT_SKILL_REQUEST', 'IDX_COUNT_SKILL_CONNECTED'] })).body);
    expect(await of('15MIN')).toEqual({
      IDX_COUNT_SKILL_REQUEST: { '2026-01-05 08:00:00.0': '3', '2026-01-05 08:15:00.0': '1' },
      IDX_COUNT_SKILL_CONNECTED: { '2026-01-05 08:00:00.0': '2', '2026-01-05 08:15:00.0': '1' },
    });
    expect(await of('30MIN')).toEqual({ IDX_COUNT_SKILL_REQUEST: { '2026-01-05 08:00:00.0': '4' }, IDX_COUNT_SKILL_CONNECTED: { '2026-01-05 08:00:00.0': '3' } });
    expect(await of('60MIN')).toEqual({ IDX_COUNT_SKILL_REQUEST: { '2026-01-05 08:00:00.0': '4' }, IDX_COUNT_SKILL_CONNECTED: { '2026-01-05 08:00:00.0': '3' } });
  });

  it('reads the previous day with enableOffset Y, and answers unknown skills and other media with zeros', async () => {
    expect(values((await query({ enableOffset: 'Y', indexIds: ['IDX_COUNT_SKILL_REQUEST'] })).body)).toEqual({ IDX_COUNT_SKILL_REQUEST: '0' });
    const res = await query({ skillIds: [2, 1], indexIds: ['IDX_COUNT_SKILL_REQUEST'], mediaType: 53 });
    expect(res.body.resultDesc).toEqual([
      { id: '2', idxs: [{ id: 'IDX_COUNT_SKILL_REQUEST', val: '0' }] },
      { id: '1', idxs: [{ id: 'IDX_COUNT_SKILL_REQUEST', val: '0' }] },
    ]);
    expect(values((await query({ indexIds: ['IDX_COUNT_SKILL_REQUEST'], mediaType: 5, cclId: 1 })).body)).toEqual({ IDX_COUNT_SKILL_REQUEST: '4' });
  });

  it('refuses unknown codes, grain misuse, too many ids and bad ranges with 0100002', async () => {
    const bad = [
      { indexIds: ['IDX_COUNT_NOPE'] },
      { indexIds: ['IDX_COUNT_SKILL_ABANDON_IN_20'], timeGrain: '15MIN' },
      { indexIds: ['IDX_COUNT_SKILL_REQUEST'], timeGrain: '5MIN' },
      { indexIds: [] },
      { indexIds: ['IDX_COUNT_SKILL_REQUEST'], skillIds: Array.from({ length: 1001 }, (_, i) => (i % 2000) + 1) },
      { indexIds: ['IDX_COUNT_SKILL_REQUEST'], skillIds: [0] },
      { indexIds: ['IDX_COUNT_SKILL_REQUEST'], vdn: 5001 },
      { indexIds: ['IDX_COUNT_SKILL_REQUEST'], ccId: 70000 },
      { indexIds: ['IDX_COUNT_SKILL_REQUEST'], ccId: 2 },
      { indexIds: ['IDX_COUNT_SKILL_REQUEST'], enableOffset: 'maybe' },
    ];
    for (const body of bad) {
      const res = await query(body);
      expect(res.status, JSON.stringify(body)).toBe(200);
      expect(res.body, JSON.stringify(body)).toMatchObject({ resultCode: '0100002', result: '0100002' });
    }
  });

  it('confines a tenant key to its VDN (0101003) and lets the global key read it', async () => {
    expect((await query({ vdn: 2, indexIds: ['IDX_COUNT_SKILL_REQUEST'] })).body).toMatchObject({ resultCode: '0101003' });
    expect(values((await query({ indexIds: ['IDX_COUNT_SKILL_REQUEST'] }, globalKey)).body)).toEqual({ IDX_COUNT_SKILL_REQUEST: '4' });
  });
});
