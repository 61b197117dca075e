import { createHmac } from 'node:crypto';
import type { SecretSource } from '../../auth/index.ts';
import { safeEqual } from '../../auth/index.ts';
import type { RecordingStore } from '../../media/recordings/index.ts';

/** Where the server's link secret lives: in the file store, so links outlive a restart (decision 1314). */
const secretKey = 'ccfs/link-secret';
const secretBytes = 32;

const secrets = new WeakMap<RecordingStore, Promise<Buffer>>();

/** The server's secret for signed links and play tokens: made once from `SecretSource`, then kept. */
function linkSecret(files: RecordingStore, source: SecretSource): Promise<Buffer> {
  let secret = secrets.get(files);
  if (!secret) {
    secret = loadOrCreate(files, source);
    secrets.set(files, secret);
    // A failed read must not stick: the next request tries again.
    secret.catch(() => secrets.delete(files));
  }
  return secret;
}

async function loadOrCreate(files: RecordingStore, source: SecretSource): Promise<Buffer> {
  if (await files.stat(secretKey)) {
    const chunks: Buffer[] = [];
    for await (const chunk of files.read(secretKey)) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8').trim();
    if (/^[0-9a-f]{64}$/.test(text)) return Buffer.from(text, 'hex');
  }
  const hex = source.hex(secretBytes);
  await files.write(secretKey, [Buffer.from(hex)]);
  return Buffer.from(hex, 'hex');
}

/** HMAC-SHA256 signatures of short texts (URLs, tokens) with the server's link secret. */
export interface LinkSigner {
  sign(text: string): Promise<string>;
  verify(text: string, signature: string): Promise<boolean>;
}

export function linkSigner(files: RecordingStore, source: SecretSource): LinkSigner {
  const sign = async (text: string) => createHmac('sha256', await linkSecret(files, source)).update(text).digest('base64url');
  return {
    sign,
    async verify(text, signature) {
      return safeEqual(await sign(text), signature);
    },
  };
}

/** A token that carries its own claims: `base64url(json).signature` (play tokens of 13.2.1.8). */
export async function signedToken(signer: LinkSigner, claims: Record<string, string | number>): Promise<string> {
  const body = Buffer.from(JSON.stringify(claims)).toString('base64url');
  return `${body}.${await signer.sign(body)}`;
}

/** The claims of a token we signed, or undefined (forged, damaged). Expiry is the caller's to check. */
export async function tokenClaims(signer: LinkSigner, token: string): Promise<Record<string, unknown> | undefined> {
  const dot = token.indexOf('.');
  if (dot <= 0 || !(await signer.verify(token.slice(0, dot), token.slice(dot + 1)))) return undefined;
  try {
    const claims = JSON.parse(Buffer.from(token.slice(0, dot), 'base64url').toString('utf8'));
    return typeof claims === 'object' && claims !== null ? claims : undefined;
  } catch {
    return undefined;
  }
}
