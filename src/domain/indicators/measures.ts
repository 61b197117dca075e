/**
 * Additive components of the historical indicators (note 08 §5.4, §8.2 step 7): per bucket, a
 * measure is a count or a millisecond sum (merged by addition), or an extreme (merged by max or
 * min, named `…Max`/`…Min`). Every indicator of §12.3.8.1 is a function of these, so 30/60-minute,
 * day and month values are sums of 15-minute buckets and never averages of averages (§5.4.3 rule 4).
 */
export type Measures = Record<string, number>;

export type MeasureMerge = 'sum' | 'max' | 'min';

export function mergeOf(name: string): MeasureMerge {
  if (name.endsWith('Max')) return 'max';
  if (name.endsWith('Min')) return 'min';
  return 'sum';
}

/** Adds `delta` into `into` (in place), each measure by its merge rule. */
export function mergeMeasures(into: Measures, delta: Readonly<Measures>): Measures {
  for (const [name, value] of Object.entries(delta)) {
    const current = into[name];
    if (current === undefined) {
      into[name] = value;
      continue;
    }
    const merge = mergeOf(name);
    into[name] = merge === 'sum' ? current + value : merge === 'max' ? Math.max(current, value) : Math.min(current, value);
  }
  return into;
}

export function addCount(m: Measures, name: string, by = 1): void {
  if (by !== 0) m[name] = (m[name] ?? 0) + by;
}

export function addExtreme(m: Measures, name: string, value: number): void {
  const current = m[name];
  if (current === undefined) m[name] = value;
  else m[name] = mergeOf(name) === 'max' ? Math.max(current, value) : Math.min(current, value);
}

/** The wait thresholds N of the `…_IN_(N)`/`…_AFTER_(N)` indicators (Table 12-686, ref L64282). */
export const thresholdSeconds = [3, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60] as const;

/** Bucket width of the roll-up: 15 minutes, the finest documented grain (ref L59396). */
export const bucketMs = 15 * 60_000;

export const bucketStart = (ms: number): number => Math.floor(ms / bucketMs) * bucketMs;
