import { reject, type IsalesRejection } from './isales-rejection.ts';

/**
 * Field checks with the generic codes of note 04 §6.2: missing 02000001, bad characters 02000002,
 * too long 02000003, wrong type 02000006, out of range 02000007. Values come from JSON bodies whose
 * numbers may arrive as strings (lenient in).
 */
export function intField(record: Record<string, unknown>, key: string, range: { min: number; max: number; required?: boolean; label?: string }): number | undefined | IsalesRejection {
  const label = range.label ?? key;
  const raw = record[key];
  if (raw === undefined || raw === null || raw === '') return range.required ? reject('empty', `${label} is mandatory`) : undefined;
  const n = typeof raw === 'number' ? raw : typeof raw === 'string' && /^-?\d+$/.test(raw.trim()) ? Number(raw) : Number.NaN;
  if (!Number.isInteger(n)) return reject('wrongType', `${label} must be an integer`);
  if (n < range.min || n > range.max) return reject('invalidValue', `${label} must range from ${range.min} to ${range.max}`);
  return n;
}

export function textField(record: Record<string, unknown>, key: string, rule: { max: number; required?: boolean; pattern?: RegExp; forbidden?: RegExp; label?: string }): string | undefined | IsalesRejection {
  const label = rule.label ?? key;
  const raw = record[key];
  if (raw === undefined || raw === null || raw === '') return rule.required ? reject('empty', `${label} is mandatory`) : undefined;
  if (typeof raw !== 'string' && typeof raw !== 'number') return reject('wrongType', `${label} must be a string`);
  const text = String(raw);
  if (text.length > rule.max) return reject('tooLong', `${label} can contain a maximum of ${rule.max} characters`);
  if (rule.forbidden?.test(text) || (rule.pattern && !rule.pattern.test(text))) return reject('invalidCharacters', `${label} contains invalid characters`);
  return text;
}

export function objectField(record: Record<string, unknown>, key: string, required: boolean): Record<string, unknown> | undefined | IsalesRejection {
  const raw = record[key];
  if (raw === undefined || raw === null) return required ? reject('empty', `${key} is mandatory`) : undefined;
  if (typeof raw !== 'object' || Array.isArray(raw)) return reject('wrongType', `${key} must be an object`);
  return raw as Record<string, unknown>;
}

/** Runs checks in order and stops at the first rejection (the documented precedence). */
export class FieldReader {
  rejection: IsalesRejection | undefined;

  constructor(private readonly record: Record<string, unknown>, private readonly prefix = '') {}

  int(key: string, range: { min: number; max: number; required?: boolean }): number | undefined {
    return this.take(intField(this.record, key, { ...range, label: this.prefix + key }));
  }

  text(key: string, rule: { max: number; required?: boolean; pattern?: RegExp; forbidden?: RegExp }): string | undefined {
    return this.take(textField(this.record, key, { ...rule, label: this.prefix + key }));
  }

  object(key: string, required: boolean): Record<string, unknown> | undefined {
    return this.take(objectField(this.record, key, required));
  }

  fail(rejection: IsalesRejection): void {
    this.rejection ??= rejection;
  }

  private take<T>(value: T | IsalesRejection): T | undefined {
    if (this.rejection) return undefined;
    if (typeof value === 'object' && value !== null && 'rejected' in value) {
      this.rejection = value;
      return undefined;
    }
    return value as T;
  }
}
