import { createHmac } from 'node:crypto';
import type { SecretSource } from '../../auth/index.ts';

/** The parameters the signature adds and leaves out of the signed string (ref L18066–18075). */
const signatureFields = new Set(['timestamp', 'nonce', 'signature']);

/**
 * CEC §6.2.14.1 (ref L18066–18122) and §14.4.1 (ref L69840): the signed string is the parameters
 * other than timestamp, nonce and signature, sorted by name and joined as `name=value` with
 * commas (a null value reads "null"), prefixed by `{appSecret}_{timestamp}_{nonce}_`; the
 * signature is the Base64 of its HMAC-SHA256 under the appSecret. The reference code prints a Java
 * TreeMap and removes every space from it, so spaces inside values are removed too (decision 0423).
 */
export function callbackSignature(params: Readonly<Record<string, unknown>>, appSecret: string, timestamp: string, nonce: string): string {
  const joined = Object.keys(params)
    .filter((key) => !signatureFields.has(key))
    .sort()
    .map((key) => `${key}=${params[key] === null || params[key] === undefined ? 'null' : String(params[key])}`)
    .join(',')
    .replaceAll(' ', '');
  return createHmac('sha256', appSecret).update(`${appSecret}_${timestamp}_${nonce}_${joined}`, 'utf8').digest('base64');
}

/**
 * The body with timestamp, nonce and signature added, as the reference's example shows them
 * (ref L18291: `nonce=-1482421808053124529`, `timestamp=1645524163326`): the nonce is a signed
 * 64-bit decimal from the secret source, the timestamp epoch milliseconds.
 */
export function signedCallbackBody(params: Record<string, unknown>, appSecret: string, nowMs: number, secrets: SecretSource): Record<string, unknown> {
  const nonce = BigInt.asIntN(64, BigInt(`0x${secrets.hex(8)}`)).toString();
  const timestamp = String(nowMs);
  return { ...params, timestamp, nonce, signature: callbackSignature(params, appSecret, timestamp, nonce) };
}
