import { createCipheriv, createDecipheriv } from 'node:crypto';
import type { SecretSource } from '../../../auth/index.ts';
import type { Repositories } from '../../../store/index.ts';

/**
 * File-server passwords are "transferred in plaintext and stored in ciphertext" (ref L28393) and
 * are needed again to log in to the server, so they are sealed, not hashed: AES-256-GCM with the
 * tenant's key, made once from the SecretSource and kept in its own table (decision 0732). The
 * text form is `v1:<iv>:<tag>:<ciphertext>` in hex.
 */
async function tenantKey(repos: Repositories, secrets: SecretSource, vdnId: number): Promise<Buffer> {
  const existing = await repos.isalesDefinitions.sealingKey(vdnId);
  return Buffer.from(existing ?? (await repos.isalesDefinitions.ensureSealingKey(vdnId, secrets.hex(32))), 'hex');
}

export async function sealPassword(repos: Repositories, secrets: SecretSource, vdnId: number, password: string): Promise<string> {
  const key = await tenantKey(repos, secrets, vdnId);
  const iv = Buffer.from(secrets.hex(12), 'hex');
  const cipher = createCipheriv('aes-256-gcm', key, iv);
  // The tenant is bound into the tag, so a sealed value copied to another tenant's row does not open.
  cipher.setAAD(Buffer.from(`isales-file-server:${vdnId}`));
  const sealed = Buffer.concat([cipher.update(password, 'utf8'), cipher.final()]);
  return `v1:${iv.toString('hex')}:${cipher.getAuthTag().toString('hex')}:${sealed.toString('hex')}`;
}

export async function openPassword(repos: Repositories, secrets: SecretSource, vdnId: number, sealed: string): Promise<string> {
  const [version, iv, tag, data] = sealed.split(':');
  if (version !== 'v1' || !iv || !tag || data === undefined) throw new Error('unknown sealed password format');
  const key = await tenantKey(repos, secrets, vdnId);
  const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'hex'));
  decipher.setAAD(Buffer.from(`isales-file-server:${vdnId}`));
  decipher.setAuthTag(Buffer.from(tag, 'hex'));
  return Buffer.concat([decipher.update(Buffer.from(data, 'hex')), decipher.final()]).toString('utf8');
}
