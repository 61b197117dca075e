import type { NodeOf } from './flow-definition.ts';

/** Flow variables are flat strings; templates read them as `${name}` (unknown names read ""). */
export type Variables = Record<string, string>;

export function fillTemplate(template: string, vars: Variables): string {
  return template.replace(/\$\{([\w.-]+)\}/g, (_, name: string) => vars[name] ?? '');
}

/** Fills `${var}` inside the string values of a JSON template, so values never break the JSON. */
export function fillJsonTemplate(template: string, vars: Variables): unknown {
  const parsed: unknown = JSON.parse(template);
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') return fillTemplate(value, vars);
    if (Array.isArray(value)) return value.map(walk);
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)]));
    return value;
  };
  return walk(parsed);
}

/** The value at a dotted path of a JSON reply, as a flow variable ("" when absent). */
export function readPath(body: unknown, path: string): string {
  let value: unknown = body;
  for (const key of path.split('.').filter(Boolean)) {
    if (value === null || typeof value !== 'object') return '';
    value = (value as Record<string, unknown>)[key];
  }
  if (value === undefined || value === null) return '';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}

type Rule = NodeOf<'condition'>['rules'][number];

/** Whether one condition rule holds; numeric comparisons fail on non-numbers. */
export function ruleHolds(rule: Rule, vars: Variables): boolean {
  const actual = vars[rule.var] ?? '';
  const expected = fillTemplate(rule.value ?? '', vars);
  const a = Number(actual);
  const e = Number(expected);
  const numeric = actual.trim() !== '' && expected.trim() !== '' && Number.isFinite(a) && Number.isFinite(e);
  switch (rule.op) {
    case 'eq':
      return actual === expected;
    case 'ne':
      return actual !== expected;
    case 'gt':
      return numeric && a > e;
    case 'lt':
      return numeric && a < e;
    case 'gte':
      return numeric && a >= e;
    case 'lte':
      return numeric && a <= e;
    case 'contains':
      return actual.toLowerCase().includes(expected.toLowerCase());
    case 'matches':
      return new RegExp(expected, 'u').test(actual);
    case 'empty':
      return actual === '';
    case 'notEmpty':
      return actual !== '';
    case 'in':
      return expected.split(',').map((s) => s.trim()).includes(actual);
    default:
      return false;
  }
}
