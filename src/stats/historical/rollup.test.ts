// Goal: the roll-up is durable with the records it summarises and is rebuilt from them at
// start-up when it is lost or behind, giving the same indicators as the incremental one.
// Method: the reference morning on a SQLite file; read every skill, agent and VDN indicator;
// stop; lose or set back the roll-up; start again and read again.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { agentIndicators, skillIndicators, vdnIndicators } from '../../domain/indicators/index.ts';
import { createTestApp, type TestApp } from '../../../test/support/test-app.ts';
import { referenceMorning } from '../../../test/support/history-traffic.ts';
import { readIndicators } from './read-indicators.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'opencec-rollup-'));
const storeUrl = path.join(dir, 'store.db');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const day = { fromMs: Date.UTC(2026, 0, 5), toMs: Date.UTC(2026, 0, 6) };

async function everything(app: TestApp) {
  const read = (scope: 'skill' | 'agent' | 'vdn', ids: string[], table: typeof skillIndicators, grainMs: number | null) =>
    readIndicators(app.services.repos, { vdnId: 1, scope, ids, ...day, grainMs, filter: {}, indicators: [...table.values()].filter((i) => (grainMs === null ? i.grain !== 'min' : i.grain !== 'day')) });
  const out = [await read('skill', ['1'], skillIndicators, null), await read('skill', ['1'], skillIndicators, 15 * 60_000), await read('agent', ['101'], agentIndicators, null), await read('vdn', [''], vdnIndicators, 30 * 60_000)];
  return JSON.stringify(out.map((m) => [...m].map(([id, v]) => [id, [...v]])));
}

describe('indicator roll-up', () => {
  let incremental = '';

  it('is written with the records, and survives a restart as it is', async () => {
    const app = await createTestApp({ storeUrl });
    await referenceMorning(app);
    const before = await everything(app);
    expect(before).toContain('"IDX_COUNT_SKILL_REQUEST","4"');
    expect(before).toContain('"IDX_DURATION_AGENT_SIGN_IN","1210"');
    // Stopping signs the agent out: its last idle interval (08:20:10–08:21:00) is journalled then.
    await app.close();
    const again = await createTestApp({ storeUrl });
    incremental = await everything(again);
    expect(incremental.replace('"IDX_DURATION_AGENT_SIGN_IN","1260"', '"IDX_DURATION_AGENT_SIGN_IN","1210"').replace('"IDX_DURATION_AGENT_FREE","1160"', '"IDX_DURATION_AGENT_FREE","1110"')).toBe(before);
    expect((await again.services.repos.statRollup.state(1))!.calls).toBe(4);
    await again.close();
  });

  it('is rebuilt at start-up when it was lost', async () => {
    const app = await createTestApp({ storeUrl });
    for (const table of ['statSkill', 'statAgent', 'statVdn', 'statIvr', 'callSettlementDay'] as const) await app.services.store.db.deleteFrom(table).execute();
    await app.services.store.db.deleteFrom('statRollupState').execute();
    await app.services.store.db.deleteFrom('missedCall').execute();
    expect(await everything(app)).not.toBe(incremental);
    await app.close();
    const rebuilt = await createTestApp({ storeUrl });
    expect(await everything(rebuilt)).toBe(incremental);
    expect(await rebuilt.services.repos.statRollup.missedCalls(1, 0, Number.MAX_SAFE_INTEGER, 0, 10)).toMatchObject({ total: 1 });
    await rebuilt.close();
  });

  it('is rebuilt at start-up when it is behind the raw records, without counting anything twice', async () => {
    const app = await createTestApp({ storeUrl });
    await app.services.store.db.updateTable('statRollupState').set({ calls: 3 }).execute();
    await app.close();
    const rebuilt = await createTestApp({ storeUrl });
    expect(await everything(rebuilt)).toBe(incremental);
    expect(await rebuilt.services.repos.statRollup.state(1)).toEqual({ calls: 4, operations: expect.any(Number) });
    await rebuilt.close();
  });
});
