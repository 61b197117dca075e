import { randomBytes } from 'node:crypto';

/**
 * Where unguessable values come from: tokens, GUIDs, generated passwords. These are credentials,
 * so they must not come from the seeded RNG (which is predictable by design). Tests and the
 * simulator may pass a deterministic source.
 */
export interface SecretSource {
  /** `bytes` random bytes as lower-case hex. */
  hex(bytes: number): string;
}

export const cryptoSecrets: SecretSource = {
  hex: (bytes) => randomBytes(bytes).toString('hex'),
};

/** A UUID-shaped string (8-4-4-4-12 hex), as the reference's GUID examples show. */
export function uuidShaped(secrets: SecretSource): string {
  const h = secrets.hex(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${((parseInt(h[16]!, 16) & 3) | 8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
