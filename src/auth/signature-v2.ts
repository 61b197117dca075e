import { createHmac } from 'node:crypto';

/**
 * The `auth-v2` request signature of reference §4.3 (ref L1172–2533), as its Java `SignInfo`,
 * `PathUtils` and `SignerUtils` compute it (note 01 §4.2 lists where the prose and code differ;
 * the code and the worked example win).
 */

/** `PathUtils.normalize`: UTF-8 bytes; unreserved `[A-Za-z0-9-._~]` kept, every other byte `%XX`. */
export function normalize(text: string): string {
  // encodeURIComponent escapes the same UTF-8 bytes in upper-case hex except `!'()*`, and runs in
  // native code: a signed body of megabytes (a CC-FS upload) built byte by byte took seconds and
  // most of its time in the garbage collector. Lone surrogates make it throw; Java, like
  // Buffer.from, writes them as U+FFFD, which the byte loop reproduces.
  try {
    return encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  } catch {
    return normalizeBytes(Buffer.from(text, 'utf8'));
  }
}

/** The byte rule itself, one byte at a time (the fallback for text with lone surrogates). */
export function normalizeBytes(bytes: Buffer): string {
  const out: string[] = [];
  for (const byte of bytes) {
    const unreserved =
      (byte >= 0x41 && byte <= 0x5a) || (byte >= 0x61 && byte <= 0x7a) || (byte >= 0x30 && byte <= 0x39) ||
      byte === 0x2d || byte === 0x2e || byte === 0x5f || byte === 0x7e;
    out.push(unreserved ? String.fromCharCode(byte) : `%${byte.toString(16).toUpperCase().padStart(2, '0')}`);
  }
  return out.join('');
}

export interface SignableRequest {
  method: string;
  /** The path, without the query. */
  path: string;
  /** Query parameters in arrival order (empty for CMS). */
  query: ReadonlyArray<readonly [string, string]>;
  /** Header name (any case) → value, for at least every signed header. */
  headers: Readonly<Record<string, string | undefined>>;
  /** The exact body bytes sent, as text ("" when none). */
  body: string;
}

export interface SignatureInput {
  accessKey: string;
  secretKey: string;
  /** As sent: `yyyy-MM-dd'T'HH:mm:ss.SSS'Z'`. */
  timestamp: string;
  /** Lower-case header names, e.g. ["content-length", "content-type", "host"]. */
  signedHeaders: readonly string[];
}

export function canonicalQueryString(query: SignableRequest['query']): string {
  return query
    .map(([k, v]) => `${normalize(k)}=${normalize(v)}`)
    .sort()
    .join('&');
}

export function canonicalHeaders(request: SignableRequest, signedHeaders: readonly string[]): string {
  const lower = new Map<string, string>();
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) lower.set(name.toLowerCase(), value);
  }
  return signedHeaders
    .map((name) => `${normalize(name)}:${normalize((lower.get(name) ?? '').trim())}`)
    .sort()
    .join('\n');
}

/**
 * `SignInfo.canonicalRequest()`: METHOD, URI, the query line only when there is a query,
 * SignedHeaders, CanonicalHeaders, then the normalised body when not empty. `literalQueryLine`
 * keeps an empty query line, as the prose formula (ref L1206) prints it; verifiers accept both.
 */
export function canonicalRequest(request: SignableRequest, signedHeaders: readonly string[], literalQueryLine = false): string {
  const uri = request.path.startsWith('/') ? request.path : `/${request.path}`;
  const lines = [request.method.toUpperCase(), uri];
  const query = canonicalQueryString(request.query);
  if (query !== '' || literalQueryLine) lines.push(query);
  lines.push(signedHeaders.join(';'));
  lines.push(canonicalHeaders(request, signedHeaders));
  return `${lines.join('\n')}\n${request.body === '' ? '' : normalize(request.body)}`;
}

export function authStringPrefix(input: Pick<SignatureInput, 'accessKey' | 'timestamp' | 'signedHeaders'>): string {
  return `auth-v2/${input.accessKey}/${input.timestamp}/${input.signedHeaders.join(';')}`;
}

const hmacHex = (key: string, message: string): string => createHmac('sha256', Buffer.from(key, 'utf8')).update(message, 'utf8').digest('hex');

/** SigningKey = hex(HMAC(SK, prefix)); Signature = hex(HMAC(SigningKey-hex-text, CanonicalRequest)). */
export function signature(request: SignableRequest, input: SignatureInput, literalQueryLine = false): string {
  const signingKey = hmacHex(input.secretKey, authStringPrefix(input));
  return hmacHex(signingKey, canonicalRequest(request, input.signedHeaders, literalQueryLine));
}

/** The full `Authorization` header value a client sends. */
export function authorizationHeader(request: SignableRequest, input: SignatureInput): string {
  return `${authStringPrefix(input)}/${signature(request, input)}`;
}

export interface ParsedAuthorization {
  accessKey: string;
  timestamp: string;
  signedHeaders: string[];
  signature: string;
}

/** Splits `auth-v2/{AK}/{timestamp}/{signedHeaders}/{signature}`; undefined when malformed. */
export function parseAuthorization(value: string | undefined): ParsedAuthorization | undefined {
  if (!value) return undefined;
  const parts = value.trim().split('/');
  if (parts.length !== 5 || parts[0]!.toLowerCase() !== 'auth-v2') return undefined;
  const [, accessKey, timestamp, headers, sig] = parts as [string, string, string, string, string];
  if (!accessKey || !timestamp || !headers || !/^[0-9a-fA-F]{64}$/.test(sig)) return undefined;
  return { accessKey, timestamp, signedHeaders: headers.split(';').map((h) => h.trim().toLowerCase()), signature: sig.toLowerCase() };
}

/** Parses the signature timestamp, with or without milliseconds (the worked example omits them). */
export function parseSignatureTimestamp(value: string): number | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/.test(value)) return undefined;
  const ms = Date.parse(value);
  return Number.isNaN(ms) ? undefined : ms;
}
