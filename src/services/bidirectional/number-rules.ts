import { checkCallbackUrl } from '../../domain/voice/index.ts';
import type { SystemCallSettings } from './system-call-settings.ts';
import { isBase64Text } from '../../domain/encoding/base64-text.ts';

/** CEC §6.2.1 (ref L16431 code 21): a trial tenant makes at most 10 bidirectional calls a day (AICC or ITA). */
export const trialCallsPerDayMax = 10;
export const trialDayMs = 86_400_000;

/** CEC §6.2.1 Table 6-356 (ref L16391): numbers are strings of at most 32 characters. */
export const phoneNumberLengthMax = 32;
/** CEC §6.2.1 (ref L16394): callData is at most 1024 characters. */
export const callDataLengthMax = 1024;
/** CEC §14.2 (ref L69560): the callback URL is at most 256 characters. */
export const callbackUrlLengthMax = 256;

/** A dialable number: digits, an optional leading +, at most 32 characters (decision 0420). */
export function isPhoneNumber(value: string): boolean {
  return value.length <= phoneNumberLengthMax && /^\+?\d+$/.test(value);
}

/**
 * CEC §6.2.1 callerPresent/agentPresent (ref L16398–16405): empty means the tenant's access code;
 * otherwise an access code of the tenant, or, with the calling number anonymization feature, an
 * access code or a number of 11 to 14 digits. Returns the number to show, or null when refused.
 */
export function presentNumber(value: string | undefined, settings: Pick<SystemCallSettings, 'accessCodes' | 'numberAnonymization' | 'defaultCallerNumber'>): string | null {
  const number = value?.trim() ?? '';
  if (number === '') return settings.defaultCallerNumber;
  if (settings.accessCodes.includes(number)) return number;
  if (settings.numberAnonymization && /^\d{11,14}$/.test(number)) return number;
  return null;
}

/**
 * CEC §6.2.1 callbackUrl (ref L16406–16414) and §14.2 (ref L69560): the value is Base64 of the
 * URL; the URL "can contain only letters, digits, and the following special characters: -./_#?&"
 * (and the scheme's and port's colon, without which no URL is written), is http or https, and its
 * host must be on the mobile agent callback URL trustlist. Returns the decoded URL or why not.
 */
export function decodeCallbackUrl(encoded: string, trustlist: readonly string[]): { ok: true; url: string } | { ok: false; reason: string } {
  const compact = encoded.trim();
  if (!isBase64Text(compact) || compact.length % 4 === 1) return { ok: false, reason: 'callbackUrl must be Base64-encoded' };
  const url = Buffer.from(compact, 'base64').toString('utf8');
  if (url.length > callbackUrlLengthMax) return { ok: false, reason: `callbackUrl must be at most ${callbackUrlLengthMax} characters` };
  if (!/^[A-Za-z0-9\-./_#?&:]+$/.test(url)) return { ok: false, reason: 'callbackUrl may contain only letters, digits and -./_#?&' };
  const checked = checkCallbackUrl('callbackUrl', url, trustlist);
  if (!checked.ok) return { ok: false, reason: checked.rejection.tag === 'CallbackUrlNotTrusted' ? 'callbackUrl is not in the mobile agent callback URL trustlist' : checked.rejection.message };
  return { ok: true, url: checked.value };
}

/**
 * CEC §6.2.3/§6.2.6 paging (ref L16685, L17215): `offset` (default 0) and `limit` (default 100, at
 * most `limitMax`, decision 0425) as decimal strings or numbers; null when either is malformed.
 */
export function pageOf(offsetText: string | undefined, limitText: string | undefined, limitMax: number): { offset: number; limit: number } | null {
  const read = (text: string | undefined, fallback: number) => (text === undefined || text === '' ? fallback : /^\d+$/.test(text) ? Number(text) : NaN);
  const offset = read(offsetText, 0);
  const limit = read(limitText, 100);
  return Number.isSafeInteger(offset) && Number.isSafeInteger(limit) && limit >= 1 && limit <= limitMax ? { offset, limit } : null;
}
