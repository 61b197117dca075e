// Goal: the roll-up's closed measure list holds every measure an indicator reads, so storing
// measures as columns loses nothing. Method: evaluate every indicator of each scope's tables on a
// recording proxy and compare the names it read with the scope's catalogue.
import { describe, expect, it } from 'vitest';
import { agentCustomIndicators, agentIndicators, ivrIndicators, skillCustomIndicators, skillIndicators, vdnIndicators, type IndicatorTable, type Measures } from './index.ts';
import { measureCatalogue } from './measure-catalogue.ts';

function namesRead(tables: readonly IndicatorTable[]): Set<string> {
  const read = new Set<string>();
  const probe = new Proxy({} as Measures, { get: (_, name) => (read.add(String(name)), 1) });
  for (const table of tables) for (const indicator of table.values()) indicator.value(probe);
  return read;
}

describe('measure catalogue', () => {
  it.each([
    ['skill', [skillIndicators, skillCustomIndicators]],
    ['agent', [agentIndicators, agentCustomIndicators]],
    ['vdn', [vdnIndicators]],
    ['ivr', [ivrIndicators]],
  ] as const)('holds every measure the %s indicators read', (scope, tables) => {
    const missing = [...namesRead(tables)].filter((name) => !measureCatalogue[scope].includes(name));
    expect(missing).toEqual([]);
  });

  it('names each measure once per scope', () => {
    for (const names of Object.values(measureCatalogue)) expect(new Set(names).size).toBe(names.length);
  });
});
