import { Type } from '@sinclair/typebox';
import { ccfsError } from './ccfs-errors.ts';

/**
 * The CC-FS request body `{request: {version: "2.0"}, msgBody: {...}}` (ref L67409). The schema only
 * says "an object"; fields are checked here so that each failure gets its own code of 13.2.3.1 in
 * the reference's order: version, body, null, empty, length, format, characters (note 06 §5.12).
 */
export const ccfsBodySchema = Type.Object(
  { request: Type.Optional(Type.Unknown()), msgBody: Type.Optional(Type.Unknown()) },
  { additionalProperties: true },
);

export interface FieldRule {
  required?: boolean;
  /** Length bounds of the table's "String (min-max)". */
  max: number;
  pattern?: RegExp;
  /** The allowed characters (0300022 otherwise). */
  charset?: RegExp;
}

/** The checked msgBody; throws the first documented failure. */
export function ccfsMsgBody(body: unknown): Record<string, unknown> {
  const root = (body ?? {}) as Record<string, unknown>;
  const request = root.request as Record<string, unknown> | undefined;
  const version = request && typeof request === 'object' ? request.version : undefined;
  if (version === undefined || version === null) throw ccfsError('0300001', 'version');
  if (String(version) !== '2.0') throw ccfsError('0300006', '2.0');
  const msgBody = root.msgBody;
  if (!msgBody || typeof msgBody !== 'object' || Array.isArray(msgBody)) throw ccfsError('0300007');
  return msgBody as Record<string, unknown>;
}

/** One string field of a msgBody (numbers sent for strings are taken as their text). */
export function ccfsField(msgBody: Record<string, unknown>, name: string, rule: FieldRule): string | undefined {
  const raw = msgBody[name];
  if (raw === undefined || raw === null) {
    if (rule.required) throw ccfsError('0300001', name);
    return undefined;
  }
  if (typeof raw !== 'string' && typeof raw !== 'number') throw ccfsError('0300004', name);
  const value = String(raw);
  if (value === '') {
    if (rule.required) throw ccfsError('0300002', name);
    return undefined;
  }
  if (value.length > rule.max) throw ccfsError('0300003', name);
  if (rule.charset && !rule.charset.test(value)) throw ccfsError('0300022', name);
  if (rule.pattern && !rule.pattern.test(value)) throw ccfsError('0300004', name);
  return value;
}

const dateTimePattern = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;

/** `yyyy-MM-dd HH:mm:ss` in the tenant's time zone (UTC, decision 1302) → epoch ms. */
export function ccfsTime(msgBody: Record<string, unknown>, name: string): number {
  const text = ccfsField(msgBody, name, { required: true, max: 19 })!;
  const m = dateTimePattern.exec(text);
  if (!m) throw ccfsError('0300004', name);
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  const ms = Date.UTC(y, mo - 1, d, h, mi, s);
  const back = new Date(ms);
  if (back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) throw ccfsError('0300004', name);
  return ms;
}

/** The window rules of 13.2.1.2/6 (0300013, 0300014, 0300016): returns [fromMs, toMs) with `toMs` inclusive of its second. */
export function ccfsWindow(msgBody: Record<string, unknown>, nowMs: number, daysMax: number): { fromMs: number; toMs: number } {
  const fromMs = ccfsTime(msgBody, 'beginTime');
  const endMs = ccfsTime(msgBody, 'endTime');
  if (fromMs > endMs) throw ccfsError('0300013');
  if (endMs - fromMs > daysMax * 86_400_000) throw ccfsError('0300014', String(daysMax));
  if (fromMs > nowMs) throw ccfsError('0300016', 'beginTime');
  return { fromMs, toMs: endMs + 1_000 };
}
