// Goal: the historical indicators read through the CC-CMS API after a simulated day equal the
// simulator's own measurements, to the call, whole and per 30-minute interval ("indicators
// recompute", an invariant of every `opencec simulate`). Method: run the scenario files (one
// skill; two skills with peaks, wrap-up, breaks and impatient callers) and expect no
// violation; then show that the invariant notices a measurement the API does not confirm.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/app/simulate/simulate-command.ts';
import { indicatorsRecompute } from '../../src/app/simulate/indicators-recompute.ts';
import { checkScenario, simpleScenario } from '../../src/sim/scenario.ts';

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
});
