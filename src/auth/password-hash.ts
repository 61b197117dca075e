import { scryptSync, timingSafeEqual, createHash } from 'node:crypto';
import type { SecretSource } from './secret-source.ts';

const keyLength = 32;

/** Hashes and verifies account passwords. The cost is a parameter so that tests can go fast. */
export interface PasswordHasher {
  hash(password: string): string;
  verify(password: string, stored: string): boolean;
}

/**
 * scrypt with r=8, p=1 and cost N (2^14 by default: interactive-login strength, ~20 ms). The
 * stored form `scrypt$N$salt$key` carries N, so hashes made at any cost verify.
 */
export function scryptHasher(secrets: SecretSource, costN = 16384): PasswordHasher {
  return {
    hash(password) {
      const salt = secrets.hex(16);
      const key = scryptSync(password, salt, keyLength, { N: costN, r: 8, p: 1 }).toString('hex');
      return `scrypt$${costN}$${salt}$${key}`;
    },
    verify: verifyPassword,
  };
}

export function verifyPassword(password: string, stored: string): boolean {
  const [scheme, cost, salt, key] = stored.split('$');
  const costN = Number(cost);
  if (scheme !== 'scrypt' || !Number.isInteger(costN) || !salt || !key) return false;
  const actual = scryptSync(password, salt, keyLength, { N: costN, r: 8, p: 1 });
  const expected = Buffer.from(key, 'hex');
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}

/** Tokens are stored as their SHA-256, so a leaked store does not leak live credentials. */
export function tokenHash(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Constant-time comparison of two strings. */
export function safeEqual(a: string, b: string): boolean {
  const x = Buffer.from(a, 'utf8');
  const y = Buffer.from(b, 'utf8');
  return x.length === y.length && timingSafeEqual(x, y);
}
