import { createHmac, timingSafeEqual } from 'node:crypto';
import type { KbAttachmentRow, Repositories } from '../../store/index.ts';
import { isVisible } from './knowledge-views.ts';

/** How long an attachment URL works (decision 0901): ten minutes, like a pre-signed object-store URL. */
export const attachmentUrlTtlMs = 10 * 60_000;

/** The path the URL points at (an OpenCEC extension, docs/extensions.md). */
export const attachmentDownloadPath = '/opencec/v1/ikbs/files';

/** HMAC-SHA256 of "vdnId:adjId:expires" under the tenant's first app secret, base64url. */
async function urlSignature(repos: Repositories, vdnId: number, adjId: string, expiresSeconds: number): Promise<string | undefined> {
  const [credential] = await repos.credentials.listAppCredentials(vdnId);
  if (!credential) return undefined;
  return createHmac('sha256', credential.appSecret).update(`kb:${vdnId}:${adjId}:${expiresSeconds}`).digest('base64url');
}

/**
 * CEC §9.2.4 (ref L32179–32252): a temporary download URL of an attachment of a visible entry,
 * pre-signed like the reference's OBS example (`…?AccessKeyId=…&Expires=…&Signature=…`) and served
 * by this server. `fileKey` is the attachment's `adjKey`, or its `adjId` as the example sends.
 */
export async function attachmentUrl(repos: Repositories, vdnId: number, kngId: string, fileKey: string, origin: string, nowMs: number): Promise<{ ok: true; url: string } | { ok: false; message: string }> {
  const entry = await repos.knowledge.findNode(vdnId, kngId);
  if (!entry || !isVisible(entry, nowMs)) return { ok: false, message: `knowledge ${kngId} does not exist` };
  const file = await repos.knowledge.findAttachment(vdnId, kngId, fileKey);
  if (!file) return { ok: false, message: `knowledge ${kngId} has no attachment ${fileKey}` };
  const expires = Math.floor((nowMs + attachmentUrlTtlMs) / 1000);
  const signature = await urlSignature(repos, vdnId, file.adjId, expires);
  if (!signature) return { ok: false, message: 'the tenant has no credential to sign the URL with' };
  return { ok: true, url: `${origin}${attachmentDownloadPath}/${file.adjId}?vdnId=${vdnId}&Expires=${expires}&Signature=${signature}` };
}

/** The attachment a signed URL names, if the signature holds and has not expired. */
export async function signedAttachment(repos: Repositories, query: { adjId: string; vdnId: number; expires: number; signature: string }, nowMs: number): Promise<KbAttachmentRow | 'expired' | 'forbidden' | 'missing'> {
  if (query.expires * 1000 < nowMs) return 'expired';
  const expected = await urlSignature(repos, query.vdnId, query.adjId, query.expires);
  const given = Buffer.from(query.signature);
  if (!expected || given.length !== expected.length || !timingSafeEqual(given, Buffer.from(expected))) return 'forbidden';
  return (await repos.knowledge.findAttachmentById(query.vdnId, query.adjId)) ?? 'missing';
}
