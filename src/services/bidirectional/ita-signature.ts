import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/** The parts of `Authorization: SDK-HMAC-SHA256 Access=…, SignedHeaders=…, Signature=…` (ref L18013). */
export interface SdkAuthorization {
  access: string;
  signedHeaders: string[];
  signature: string;
}

export function parseSdkAuthorization(header: string | undefined): SdkAuthorization | undefined {
  const match = /^SDK-HMAC-SHA256\s+(.+)$/i.exec(header?.trim() ?? '');
  if (!match) return undefined;
  const fields = new Map<string, string>();
  for (const part of match[1]!.split(',')) {
    const [key, ...rest] = part.trim().split('=');
    if (key) fields.set(key.trim().toLowerCase(), rest.join('=').trim());
  }
  const access = fields.get('access');
  const signedHeaders = fields.get('signedheaders');
  const signature = fields.get('signature');
  if (!access || !signedHeaders || !signature) return undefined;
  return { access, signedHeaders: signedHeaders.split(';').map((h) => h.trim().toLowerCase()).filter(Boolean), signature: signature.toLowerCase() };
}

export interface SignedRequest {
  method: string;
  /** The request path; the canonical form ends with "/" as the API gateway SDK writes it. */
  path: string;
  query: ReadonlyArray<[string, string]>;
  headers: Readonly<Record<string, string | string[] | undefined>>;
  body: string;
}

const hex = (data: string): string => createHash('sha256').update(data, 'utf8').digest('hex');
const encode = (text: string): string => encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * CEC §6.2.13 (ref L18008–18018): the ITA signs its CDR push in the API gateway SDK's
 * SDK-HMAC-SHA256 scheme (decision 0429): the canonical request is the method, the path with a
 * trailing "/", the sorted query, the signed headers as `name:value` lines, their names joined
 * by ";" and the hex SHA-256 of the body; the string to sign is `SDK-HMAC-SHA256`, the
 * `X-Sdk-Date` and the hex SHA-256 of the canonical request, one per line; the signature is its
 * hex HMAC-SHA256 under the app secret.
 */
export function sdkSignature(request: SignedRequest, signedHeaders: readonly string[], secret: string): string {
  const header = (name: string): string => {
    const value = request.headers[name];
    return (Array.isArray(value) ? value.join(',') : (value ?? '')).trim();
  };
  const path = request.path.split('/').map((segment) => encode(decodeURIComponent(segment))).join('/');
  const canonicalPath = path.endsWith('/') ? path : `${path}/`;
  const query = [...request.query].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, v]) => `${encode(k)}=${encode(v)}`).join('&');
  const canonical = [request.method.toUpperCase(), canonicalPath, query, signedHeaders.map((name) => `${name}:${header(name)}\n`).join(''), signedHeaders.join(';'), hex(request.body)].join('\n');
  const toSign = ['SDK-HMAC-SHA256', header('x-sdk-date'), hex(canonical)].join('\n');
  return createHmac('sha256', secret).update(toSign, 'utf8').digest('hex');
}

/** Compares signatures in constant time. */
export function signaturesMatch(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** `X-Sdk-Date: 20210512T115430Z` (ref L18014) as epoch ms, or undefined. */
export function sdkDateMs(value: string | undefined): number | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value?.trim() ?? '');
  return m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6])) : undefined;
}
