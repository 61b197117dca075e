import { createCipheriv, createDecipheriv, createHmac, hkdfSync, timingSafeEqual } from 'node:crypto';

/**
 * The protection of the Huawei IMC callback (CEC §15.1.3, decision 1505). The reference says only
 * that `data` is encrypted and `signature` proves the IMC sent it; OpenCEC uses:
 * - keys: HKDF-SHA256 over the secret shared with the IMC (`--imc-secret`), one 32-byte key for
 *   AES-256-GCM (info "opencec imc aes-256-gcm") and one for HMAC-SHA256 (info "opencec imc hmac-sha256");
 * - `data`: base64 of IV (12 bytes) ‖ ciphertext ‖ GCM tag (16 bytes) of the UTF-8 JSON message;
 * - `signature`: lower-case hex HMAC-SHA256 of the `data` text as sent (encrypt-then-MAC).
 */
export interface ImcKeys {
  readonly cipherKey: Buffer;
  readonly macKey: Buffer;
}

const ivBytes = 12;
const tagBytes = 16;

export function imcKeys(secret: string): ImcKeys {
  const derive = (info: string) => Buffer.from(hkdfSync('sha256', Buffer.from(secret, 'utf8'), Buffer.alloc(0), Buffer.from(info, 'utf8'), 32));
  return { cipherKey: derive('opencec imc aes-256-gcm'), macKey: derive('opencec imc hmac-sha256') };
}

export function imcSignature(keys: ImcKeys, data: string): string {
  return createHmac('sha256', keys.macKey).update(data, 'utf8').digest('hex');
}

/** Encrypts and signs `message` with the IV given (12 random bytes, hex). */
export function sealImcMessage(keys: ImcKeys, message: unknown, ivHex: string): { data: string; signature: string } {
  const iv = Buffer.from(ivHex, 'hex');
  if (iv.length !== ivBytes) throw new RangeError(`the IV must be ${ivBytes} bytes`);
  const cipher = createCipheriv('aes-256-gcm', keys.cipherKey, iv);
  const sealed = Buffer.concat([cipher.update(JSON.stringify(message), 'utf8'), cipher.final()]);
  const data = Buffer.concat([iv, sealed, cipher.getAuthTag()]).toString('base64');
  return { data, signature: imcSignature(keys, data) };
}

export type OpenedImcMessage = { ok: true; message: unknown } | { ok: false; reason: 'signature' | 'cipher' };

/** Verifies the signature first, then decrypts and parses; tampering of either part is refused. */
export function openImcMessage(keys: ImcKeys, data: string, signature: string): OpenedImcMessage {
  const expected = Buffer.from(imcSignature(keys, data), 'hex');
  const given = /^[0-9a-fA-F]{64}$/.test(signature) ? Buffer.from(signature, 'hex') : Buffer.alloc(0);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'signature' };
  const raw = Buffer.from(data, 'base64');
  if (raw.length < ivBytes + tagBytes) return { ok: false, reason: 'cipher' };
  try {
    const decipher = createDecipheriv('aes-256-gcm', keys.cipherKey, raw.subarray(0, ivBytes));
    decipher.setAuthTag(raw.subarray(raw.length - tagBytes));
    const text = Buffer.concat([decipher.update(raw.subarray(ivBytes, raw.length - tagBytes)), decipher.final()]).toString('utf8');
    return { ok: true, message: JSON.parse(text) };
  } catch {
    return { ok: false, reason: 'cipher' };
  }
}
