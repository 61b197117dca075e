// The §10.16 analysis table on both stores: one row per call, month pages with totals, per tenant.
import { afterEach, describe, expect, it } from 'vitest';
import { dialects, repositoriesOn } from '../../../test/support/postgres.ts';

const row = (id: string, vdnId: number, callId: string, beginMs: number) => ({
  id, vdnId, callId, fileName: 'Y:\\1\\1\\20260105\\101\\1.V3', callerNo: '70101', calleeNo: '13900000002', agentId: 101,
  recordBeginMs: beginMs - 5_000, recordEndMs: beginMs, callCenterId: 1, releaseCause: 538, beginMs, endMs: beginMs,
  result: 101, asrTransResult: 'The number you dialled does not exist.', confirmedResult: null, confirmStatus: 0, remark: null, locationId: 0, updateMs: beginMs,
});

describe.each(dialects)('oiap_rbt_recognition on $name', ({ name, enabled }) => {
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const undo of cleanups.splice(0).reverse()) await undo();
  });

  it.skipIf(!enabled)('keeps one row per call and pages a time range of one tenant', { timeout: 30_000 }, async () => {
    const repos = await repositoriesOn(name, cleanups);
    await repos.oiapRbt.insert(row('9537306453543526401', 1, 'c1', 1_000));
    await repos.oiapRbt.insert(row('9537306453543526402', 1, 'c1', 1_500)); // the same call again: kept once
    await repos.oiapRbt.insert(row('9537306453543526403', 1, 'c2', 2_000));
    await repos.oiapRbt.insert(row('9537306453543526404', 1, 'c3', 3_000));
    await repos.oiapRbt.insert(row('9537306453543526405', 2, 'c4', 2_000));
    const all = await repos.oiapRbt.page(1, 0, 10_000, 0, 10);
    expect(all.total).toBe(3);
    expect(all.rows.map((r) => [r.id, r.callId, Number(r.beginMs)])).toEqual([['9537306453543526401', 'c1', 1_000], ['9537306453543526403', 'c2', 2_000], ['9537306453543526404', 'c3', 3_000]]);
    const second = await repos.oiapRbt.page(1, 0, 10_000, 1, 1);
    expect(second).toMatchObject({ total: 3, rows: [{ callId: 'c2' }] });
    expect((await repos.oiapRbt.page(1, 1_500, 2_500, 0, 10)).rows.map((r) => r.callId)).toEqual(['c2']);
    expect((await repos.oiapRbt.page(2, 0, 10_000, 0, 10)).rows.map((r) => r.callId)).toEqual(['c4']);
  });
});
