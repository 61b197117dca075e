import { bucketMs, measureCatalogue, mergeMeasures, mergeOf, type Contribution, type Measures, type Scope } from '../../domain/indicators/index.ts';
import type { ColumnMerge, StatMeasureRow } from '../../store/index.ts';

/**
 * Contributions as roll-up rows (decision 0831): each goes to its 15-minute bucket and to its UTC
 * day, so that day and month windows read at most one row per id, day and dimensions. One row per
 * key (a statement may not update a row twice on PostgreSQL); its sparse measures are flattened
 * into the scope's columns by the repository.
 */
export const dayGrainMs = 86_400_000;
export const quarterGrainMs = bucketMs;

/** Each scope's measure columns and how they merge. */
export const scopeColumns: Readonly<Record<Scope, Readonly<Record<string, ColumnMerge>>>> = Object.fromEntries(
  Object.entries(measureCatalogue).map(([scope, names]) => [scope, Object.fromEntries(names.map((name) => [name, mergeOf(name)]))]),
) as Record<Scope, Record<string, ColumnMerge>>;

export function measureRows(vdnId: number, contributions: readonly Contribution[]): Map<Scope, StatMeasureRow[]> {
  const out = new Map<Scope, StatMeasureRow[]>();
  const merged = new Map<string, Measures>();
  for (const c of contributions) {
    for (const [grainMs, at] of [[quarterGrainMs, c.bucketMs], [dayGrainMs, Math.floor(c.bucketMs / dayGrainMs) * dayGrainMs]] as const) {
      const key = `${c.scope}|${grainMs}|${c.id}|${at}|${c.dims.mediaType}|${c.dims.subMediaType}|${c.dims.anony}|${c.dims.calleeNo}`;
      const measures = merged.get(key);
      if (measures) {
        mergeMeasures(measures, c.measures);
        continue;
      }
      const row: StatMeasureRow = { key: { vdnId, grainMs, scopeId: c.id, bucketMs: at, ...c.dims }, measures: { ...c.measures } };
      merged.set(key, row.measures as Measures);
      const list = out.get(c.scope);
      if (list) list.push(row);
      else out.set(c.scope, [row]);
    }
  }
  return out;
}
