import { intField, isRejection, textField, type IsalesRejection } from '../campaign/index.ts';
import { isalesCodes, type IsalesCode } from '../isales-codes.ts';

/**
 * The field rules the CC-iSales list interfaces share (note 04 §6.2): each broken rule has its own
 * generic code, so a check names the code as well as the field. The text and integer checks are
 * the campaigns' (`field-checks.ts`); here a broken rule is thrown, so that a list handler or an
 * import row stops at its first bad field. Pure: the API layer turns a `FieldFailure` into the
 * envelope, and the imports turn it into a per-row error.
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

/** The rejection the campaigns' field checks return, thrown as the lists' rule error. */
function taken<T>(value: T | IsalesRejection): T {
  if (isRejection(value)) fail(value.rejected, value.message);
  return value as T;
}

/** The text of a mandatory field, or the documented code for what is wrong with it. */
export function requiredText(name: string, value: unknown, rule: TextRule): string {
  const blank = typeof value === 'string' && value.trim() === '';
  return checkedText(name, blank ? undefined : value, rule, true)!;
}

/** The text of an optional field (undefined when absent or empty). */
export function optionalText(name: string, value: unknown, rule: TextRule): string | undefined {
  return checkedText(name, value, rule, false);
}

function checkedText(name: string, value: unknown, rule: TextRule, required: boolean): string | undefined {
  // A length range (8–80 for passwords) has its own code, 02000005 (ref L28474), before the maximum's 02000003.
  if (rule.min !== undefined && (typeof value === 'string' || typeof value === 'number') && value !== '') {
    const length = String(value).length;
    if (length < rule.min || length > rule.max) fail('lengthOutOfRange', `The parameter value must be a string of ${rule.min} to ${rule.max} characters.`);
  }
  return taken(textField({ [name]: value }, name, { max: rule.max, required, ...(rule.pattern ? { pattern: rule.pattern } : {}), ...(rule.forbidden ? { forbidden: rule.forbidden } : {}) }));
}

/** A dialable number of a list: mandatory, ≤24 characters of `[0-9*#]`. */
export function dialNumber(name: string, value: unknown): string {
  return requiredText(name, value, { max: dialNumberLengthMax, pattern: dialNumberPattern });
}

/** An optional integer within [min, max], accepting its decimal text (lenient input). */
export function optionalInteger(name: string, value: unknown, min: number, max: number): number | undefined {
  return taken(intField({ [name]: value }, name, { min, max }));
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
