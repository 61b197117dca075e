// Goal: the historical indicators read through the CC-CMS API after a simulated day equal the
// simulator's own measurements, to the call, whole and per 30-minute interval ("indicators
// recompute", an invariant of every `opencec simulate`); and the daily settlement of that day
// (§12.3.2.10) adds up to the same measurements and to the VDN indicators. Method: run the
// scenario files (one skill; two skills with peaks, wrap-up, breaks and impatient callers) and
// expect no violation; show that the invariant notices a measurement the API does not confirm;
// sum the settlement rows of a simulated morning and compare.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/app/simulate/simulate-command.ts';
import { indicatorsRecompute } from '../../src/app/simulate/indicators-recompute.ts';
import { checkScenario, simpleScenario } from '../../src/sim/scenario.ts';
import { authorizationHeader } from '../../src/auth/signature-v2.ts';
import type { OpenCecApp } from '../../src/app/build-app.ts';

const scenarioFile = (name: string) => checkScenario(JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../scenarios', name), 'utf8')));
const key = { accessKey: 'global-ak', secretKey: 'global-sk' };

describe('indicators recompute', () => {
  it.each(['single-queue.json', 'day-with-peaks.json'])('holds for a simulated day of %s', async (file) => {
    const r = await simulate(scenarioFile(file), 1);
    expect(r.invariantViolations).toEqual([]);
    expect(r.firstDay.total.offered).toBeGreaterThan(1000);
    expect(r.firstDay.halfHours).toHaveLength(48);
  }, 600_000);

  it('reports a measurement the API does not confirm', async () => {
    const scenario = simpleScenario({ agents: 3, callsPerHour: 120, ahtSeconds: 90, patienceSeconds: 30, durationHours: 2, seed: 2 });
    let problems: string[] = [];
    await simulate(scenario, 2, undefined, async (app, result) => {
      const [first, ...rest] = result.firstDay.halfHours;
      const tampered = { ...result, firstDay: { ...result.firstDay, total: { ...result.firstDay.total, abandoned: result.firstDay.total.abandoned + 1 }, halfHours: [{ ...first!, offered: first!.offered - 1 }, ...rest] } };
      problems = await indicatorsRecompute(app, scenario, tampered, key);
    });
    expect(problems).toEqual([
      expect.stringMatching(/^indicators recompute: abandoned is \d+ through the API but the simulator measured \d+$/),
      expect.stringMatching(/^indicators recompute: offered at 00:00 is \d+ through the API/),
    ]);
  }, 120_000);

  it('settles the simulated day to the simulator\'s measurements and the VDN indicators', async () => {
    const scenario = simpleScenario({ agents: 4, callsPerHour: 150, ahtSeconds: 80, patienceSeconds: 40, durationHours: 2, seed: 5 });
    let checked = false;
    await simulate(scenario, 5, undefined, async (app, result) => {
      const { firstDay } = result;
      const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);
      const settlement = await post(app, '/rest/cmsapp/v1/callinday/querymanualindexesbycondition', {
        calleeNos: scenario.traffic.map((t) => t.accessCode), beginLogDay: day(firstDay.startMs), endLogDay: day(firstDay.endMs), callTypes: [0], subCcNo: 1, vdn: 1,
      });
      const sum = (field: string) => settlement.resultDesc.reduce((n: number, row: Record<string, number>) => n + row[field]!, 0);
      expect(sum('inOccupyNum')).toBe(firstDay.total.offered);
      expect(sum('inCallSuccNum')).toBe(firstDay.total.answered);
      expect(Math.abs(sum('inCallTime') - Math.round(firstDay.total.talkSumMs / 1000))).toBeLessThanOrEqual(settlement.resultDesc.length);
      const now = app.services.clock.now();
      const offset = Math.floor(now / 86_400_000) > Math.floor(firstDay.startMs / 86_400_000) ? 'Y' : 'N';
      const vdn = await post(app, '/rest/cmsapp/v1/openapi/hisindex/vdn', { vdnIds: [1], enableOffset: offset, indexIds: ['IDX_COUNT_AGENT_INBOUND', 'IDX_COUNT_AGENT_INBOUND_CONNECTED', 'IDX_COUNT_IVR_ONLY_INBOUND'] });
      const values = Object.fromEntries(vdn.resultDesc[0].idxs.map((i: { id: string; val: string }) => [i.id, Number(i.val)]));
      expect(values).toEqual({ IDX_COUNT_AGENT_INBOUND: sum('inOccupyNum'), IDX_COUNT_AGENT_INBOUND_CONNECTED: sum('inCallSuccNum'), IDX_COUNT_IVR_ONLY_INBOUND: sum('ivrOnlyNum') });
      expect(firstDay.total.offered).toBeGreaterThan(200);
      checked = true;
    });
    expect(checked).toBe(true);
  }, 120_000);
});

async function post(app: OpenCecApp, path: string, body: unknown): Promise<any> {
  const raw = JSON.stringify(body);
  const headers = { host: 'localhost', 'content-type': 'application/json;charset=UTF-8', 'content-length': String(Buffer.byteLength(raw)) };
  const authorization = authorizationHeader({ method: 'POST', path, query: [], headers, body: raw }, { ...key, timestamp: new Date(app.services.clock.now()).toISOString(), signedHeaders: ['content-length', 'content-type', 'host'] });
  const res = await app.http.inject({ method: 'POST', url: path, headers: { ...headers, authorization }, payload: raw });
  const json = JSON.parse(res.body);
  expect(json.resultCode, res.body).toBe('0100000');
  return json;
}
