import { mergeMeasures, type Indicator, formatIndicator, type Measures, type Scope } from '../../domain/indicators/index.ts';
import type { BucketFilter, Repositories, SummedMeasures } from '../../store/index.ts';
import { dayGrainMs, quarterGrainMs, scopeColumns } from './measure-rows.ts';

export interface IndicatorQuery {
  vdnId: number;
  scope: Scope;
  ids: readonly string[];
  fromMs: number;
  toMs: number;
  /** 15, 30 or 60 minutes in ms for bucketed values; null for one value over the whole window. */
  grainMs: number | null;
  filter: BucketFilter;
  indicators: readonly Indicator[];
}

/** Per scope id, per indicator code: a scalar, or a map of UTC bucket start → value. */
export type IndicatorValues = Map<string, Map<string, string | Record<string, string>>>;

/** `yyyy-MM-dd HH:mm:ss.0` in UTC, the key format of historical buckets (ref L59396). */
export function bucketKey(ms: number): string {
  return `${new Date(ms).toISOString().slice(0, 19).replace('T', ' ')}.0`;
}

/**
 * The summed rows of a window: whole UTC days from the day grain and the edges from the 15-minute
 * grain (decision 0831), so a month reads ≤ 31 rows per id and dimensions instead of 2,976
 * quarter-hours; with a grain, the 15-minute buckets.
 */
async function summedRows(repos: Repositories, q: IndicatorQuery): Promise<SummedMeasures[]> {
  const base = { vdnId: q.vdnId, scope: q.scope, columns: scopeColumns[q.scope], ids: q.ids, filter: q.filter };
  const quarters = (fromMs: number, toMs: number) => repos.statRollup.summed({ ...base, grainMs: quarterGrainMs, fromMs, toMs, perBucket: q.grainMs !== null });
  const firstDay = Math.ceil(q.fromMs / dayGrainMs) * dayGrainMs;
  const lastDay = Math.floor(q.toMs / dayGrainMs) * dayGrainMs;
  if (q.grainMs !== null || firstDay >= lastDay) return quarters(q.fromMs, q.toMs);
  const days = await repos.statRollup.summed({ ...base, grainMs: dayGrainMs, fromMs: firstDay, toMs: lastDay, perBucket: false });
  return [...(await quarters(q.fromMs, firstDay)), ...days, ...(await quarters(lastDay, q.toMs))];
}

/**
 * Reads indicators from the roll-up only (a month costs its day rows, never a rescan of raw
 * CDRs): sums buckets into the grain or the window, then applies each indicator's definition to
 * the summed measures (note 08 §5.4.3 rule 4).
 */
export async function readIndicators(repos: Repositories, q: IndicatorQuery): Promise<IndicatorValues> {
  const perId = new Map<string, Map<number, Measures>>();
  for (const row of await summedRows(repos, q)) {
    const slot = q.grainMs === null ? 0 : Math.floor(row.bucketMs! / q.grainMs) * q.grainMs;
    let byBucket = perId.get(row.scopeId);
    if (!byBucket) perId.set(row.scopeId, (byBucket = new Map()));
    const measures = byBucket.get(slot) ?? {};
    mergeMeasures(measures, row.measures);
    byBucket.set(slot, measures);
  }
  const out: IndicatorValues = new Map();
  for (const id of q.ids) {
    const byBucket = perId.get(id) ?? new Map<number, Measures>();
    const values = new Map<string, string | Record<string, string>>();
    for (const indicator of q.indicators) {
      if (q.grainMs === null) {
        values.set(indicator.code, formatIndicator(indicator, byBucket.get(0) ?? {}));
        continue;
      }
      const series: Record<string, string> = {};
      for (const slot of [...byBucket.keys()].sort((a, b) => a - b)) series[bucketKey(slot)] = formatIndicator(indicator, byBucket.get(slot)!);
      values.set(indicator.code, series);
    }
    out.set(id, values);
  }
  return out;
}
