import type { Measures } from './measures.ts';

/**
 * One indicator code of §12.3.8.1: how its value follows from the summed measures, its unit and
 * where it may be used. `grain` says whether `timeGrain` is allowed ('any'), forbidden ('day':
 * "no by-minute") or required ('min': "only by minute") (note 08 §5.4.3).
 */
export type IndicatorUnit = 'count' | 'seconds' | 'average' | 'rate';

export interface Indicator {
  code: string;
  unit: IndicatorUnit;
  grain: 'any' | 'day' | 'min';
  value: (m: Readonly<Measures>) => number;
}

export type IndicatorTable = ReadonlyMap<string, Indicator>;

export const get = (m: Readonly<Measures>, name: string): number => m[name] ?? 0;
export const ratio = (num: number, den: number): number => (den > 0 ? num / den : 0);

export function count(code: string, name: string | ((m: Readonly<Measures>) => number), grain: Indicator['grain'] = 'any'): Indicator {
  return { code, unit: 'count', grain, value: typeof name === 'string' ? (m) => get(m, name) : name };
}

/** A total duration: the measure is in milliseconds, the indicator in seconds. */
export function seconds(code: string, name: string | ((m: Readonly<Measures>) => number), grain: Indicator['grain'] = 'any'): Indicator {
  return { code, unit: 'seconds', grain, value: (m) => (typeof name === 'string' ? get(m, name) : name(m)) / 1000 };
}

/** Σ milliseconds / count, in seconds. */
export function average(code: string, sumMs: string | ((m: Readonly<Measures>) => number), den: string | ((m: Readonly<Measures>) => number), grain: Indicator['grain'] = 'any'): Indicator {
  const of = (x: string | ((m: Readonly<Measures>) => number), m: Readonly<Measures>) => (typeof x === 'string' ? get(m, x) : x(m));
  return { code, unit: 'average', grain, value: (m) => ratio(of(sumMs, m), of(den, m)) / 1000 };
}

/** 100 × num / den (0 when den is 0). */
export function rate(code: string, num: (m: Readonly<Measures>) => number, den: (m: Readonly<Measures>) => number, grain: Indicator['grain'] = 'any'): Indicator {
  return { code, unit: 'rate', grain, value: (m) => 100 * ratio(num(m), den(m)) };
}

export const table = (list: readonly Indicator[]): IndicatorTable => new Map(list.map((i) => [i.code, i]));

/**
 * How a value travels (decision 0814): counts and durations as whole numbers, averages as whole
 * seconds (the examples print "35", ref L60243), rates with two decimals and no "%" (note 08 A-17).
 */
export function formatIndicator(indicator: Indicator, m: Readonly<Measures>): string {
  const v = indicator.value(m);
  if (indicator.unit === 'rate') return v.toFixed(2);
  return String(Math.round(v));
}
