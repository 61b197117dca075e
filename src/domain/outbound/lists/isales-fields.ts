import { isalesCodes, type IsalesCode } from '../isales-codes.ts';

/**
 * The field rules the CC-iSales list interfaces share (note 04 §6.2): each broken rule has its own
 * generic code, so a check names the code as well as the field. Pure: the API layer turns a
 * `FieldFailure` into the envelope, and the imports turn it into a per-row error.
 */
export interface FieldFailure {
  readonly code: IsalesCode;
  readonly message: string;
}

export class FieldRuleError extends Error {
  constructor(readonly failure: FieldFailure) {
    super(failure.message);
  }
}

export function fail(code: keyof typeof isalesCodes, message: string): never {
  throw new FieldRuleError({ code: isalesCodes[code], message });
}

/** A number on a list (blacklist, called numbers): at most 24 of digits, `*` and `#` (ref L25498). */
export const dialNumberPattern = /^[0-9*#]+$/;
export const dialNumberLengthMax = 24;

/**
 * "Special characters" the reference excludes from names and descriptions without listing them
 * for these fields; the set is the one it prints for file-server user names (ref L28367), minus the
 * full stop and parentheses, which the reference's own example names use ("The customer directly
 * hangs up.", decision 0730).
 */
export const specialCharacters = /[`~!@#$%^&*+={}|'";<>/?\\[\]]/;

export interface TextRule {
  readonly max: number;
  readonly min?: number;
  readonly pattern?: RegExp;
  readonly forbidden?: RegExp;
}

/** The text of a mandatory field, or the documented code for what is wrong with it. */
export function requiredText(name: string, value: unknown, rule: TextRule): string {
  if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) fail('empty', `${name} is empty`);
  return checkedText(name, value, rule);
}

/** The text of an optional field (undefined when absent or empty). */
export function optionalText(name: string, value: unknown, rule: TextRule): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  return checkedText(name, value, rule);
}

function checkedText(name: string, value: unknown, rule: TextRule): string {
  if (typeof value !== 'string' && typeof value !== 'number') fail('wrongType', `${name} must be a string`);
  const text = String(value);
  if (rule.min !== undefined && text.length < rule.min) {
    fail('lengthOutOfRange', `The parameter value must be a string of ${rule.min} to ${rule.max} characters.`);
  }
  if (text.length > rule.max) fail(rule.min !== undefined ? 'lengthOutOfRange' : 'tooLong', rule.min !== undefined ? `The parameter value must be a string of ${rule.min} to ${rule.max} characters.` : `${name} exceeds ${rule.max} characters`);
  if (rule.pattern && !rule.pattern.test(text)) fail('invalidCharacters', `${name} contains invalid characters`);
  if (rule.forbidden?.test(text)) fail('invalidCharacters', `${name} contains invalid characters`);
  return text;
}

/** A dialable number of a list: mandatory, ≤24 characters of `[0-9*#]`. */
export function dialNumber(name: string, value: unknown): string {
  return requiredText(name, value, { max: dialNumberLengthMax, pattern: dialNumberPattern });
}

/** An optional integer within [min, max], accepting its decimal text (lenient input). */
export function optionalInteger(name: string, value: unknown, min: number, max: number): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^-?\d+$/.test(value.trim()) ? Number(value.trim()) : Number.NaN;
  if (!Number.isInteger(n)) fail('wrongType', `${name} must be an integer`);
  if (n < min || n > max) fail('invalidValue', `${name} must be between ${min} and ${max}`);
  return n;
}

/** A list field: present, an array, not empty. */
export function requiredList(name: string, value: unknown): unknown[] {
  if (value === undefined || value === null) fail('empty', `${name} is empty`);
  if (!Array.isArray(value)) fail('wrongType', `${name} must be a list`);
  if (value.length === 0) fail('empty', `${name} is empty`);
  return value;
}

/** The members of `values` that occur more than once. */
export function duplicatesOf(values: readonly string[], key: (v: string) => string = (v) => v): string[] {
  const seen = new Set<string>();
  const twice = new Set<string>();
  for (const v of values) {
    const k = key(v);
    if (seen.has(k)) twice.add(v);
    seen.add(k);
  }
  return [...twice];
}
