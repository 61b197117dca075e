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

function mergedRows(vdnId: number, items: Iterable<{ scope: Scope; grainMs: number; at: number; id: string; dims: Contribution['dims']; measures: Readonly<Measures> }>): Map<string, { scope: Scope; row: StatMeasureRow }> {
  const merged = new Map<string, { scope: Scope; row: StatMeasureRow }>();
  for (const c of items) {
    const key = `${c.scope}|${c.id}|${c.at}|${c.dims.mediaType}|${c.dims.subMediaType}|${c.dims.anony}|${c.dims.calleeNo}`;
    const entry = merged.get(key);
    if (entry) mergeMeasures(entry.row.measures as Measures, c.measures);
    else merged.set(key, { scope: c.scope, row: { key: { vdnId, grainMs: c.grainMs, scopeId: c.id, bucketMs: c.at, ...c.dims }, measures: { ...c.measures } } });
  }
  return merged;
}

export function measureRows(vdnId: number, contributions: readonly Contribution[]): Map<Scope, StatMeasureRow[]> {
  // Quarter-hour rows first; day rows merge those (fewer than the contributions).
  const quarters = mergedRows(vdnId, contributions.map((c) => ({ scope: c.scope, grainMs: quarterGrainMs, at: c.bucketMs, id: c.id, dims: c.dims, measures: c.measures })));
  const days = mergedRows(vdnId, [...quarters.values()].map(({ scope, row }) => ({ scope, grainMs: dayGrainMs, at: Math.floor(row.key.bucketMs / dayGrainMs) * dayGrainMs, id: row.key.scopeId, dims: contributionDims(row), measures: row.measures })));
  const out = new Map<Scope, StatMeasureRow[]>();
  for (const { scope, row } of [...quarters.values(), ...days.values()]) {
    const list = out.get(scope);
    if (list) list.push(row);
    else out.set(scope, [row]);
  }
  return out;
}

const contributionDims = ({ key }: StatMeasureRow): Contribution['dims'] => ({ mediaType: key.mediaType, subMediaType: key.subMediaType, anony: key.anony, calleeNo: key.calleeNo });
