import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Repositories } from '../../store/index.ts';
import type { RecordingStore } from '../../media/recordings/index.ts';
import { findSystemCall } from './system-call-queries.ts';
import { done, refused, type SystemCallOutcome } from './system-call-outcome.ts';
import { systemCallRecordingKey } from './system-call-recording.ts';

/** How long a recording URL works (decision 0428): ten minutes, like a pre-signed object-store URL. */
export const recordingUrlTtlMs = 10 * 60_000;

/** The path the URL points at (an OpenCEC extension, docs/extensions.md). */
export const recordingDownloadPath = '/opencec/v1/mobileAgent/recordings';

/** The URL's signature: HMAC-SHA256 of "vdnId:callSerialNo:expires" under the tenant's first app secret, base64url. */
async function urlSignature(repos: Repositories, vdnId: number, callSerialNo: string, expiresSeconds: number): Promise<string | undefined> {
  const [credential] = await repos.credentials.listAppCredentials(vdnId);
  if (!credential) return undefined;
  return createHmac('sha256', credential.appSecret).update(`${vdnId}:${callSerialNo}:${expiresSeconds}`).digest('base64url');
}

/**
 * CEC §6.2.5 getRecordingAddress (ref L17088–17186): a temporary URL of the recording of a call of
 * the tenant, pre-signed like the reference's object-store example (`…?Expires=…&Signature=…`,
 * ref L17180), served by this server. Codes: 12 an SN over 50 characters, 5 no such call or no
 * recording (yet) for it.
 */
export async function recordingAddress(deps: { repos: Repositories; files: RecordingStore }, vdnId: number, callSerialNo: string | undefined, origin: string, nowMs: number): Promise<SystemCallOutcome<{ url: string }>> {
  const found = await findSystemCall(deps, vdnId, callSerialNo, { format: (callSerialNo?.trim().length ?? 0) > 50 ? '12' : '5', unknown: '5', unknownMessage: 'No corresponding history record.' });
  if (!found.ok) return found;
  const key = found.value.recordFile ? systemCallRecordingKey(found.value.recordFile) : undefined;
  if (!key || found.value.state !== 3 || !(await deps.files.stat(key))) return refused('5', 'No corresponding history record.');
  const expires = Math.floor((nowMs + recordingUrlTtlMs) / 1000);
  const signature = await urlSignature(deps.repos, vdnId, found.value.callSerialNo, expires);
  if (!signature) return refused('3', 'The VDN is unavailable.');
  return done({ url: `${origin}${recordingDownloadPath}/${found.value.callSerialNo}?vdnId=${vdnId}&Expires=${expires}&Signature=${signature}` });
}

/** The stored recording a signed URL names, if the signature holds and has not expired. */
export async function signedRecording(deps: { repos: Repositories; files: RecordingStore }, query: { callSerialNo: string; vdnId: number; expires: number; signature: string }, nowMs: number): Promise<{ key: string; sizeBytes: number } | 'expired' | 'forbidden' | 'missing'> {
  if (query.expires * 1000 < nowMs) return 'expired';
  const expected = await urlSignature(deps.repos, query.vdnId, query.callSerialNo, query.expires);
  const given = Buffer.from(query.signature);
  if (!expected || given.length !== expected.length || !timingSafeEqual(given, Buffer.from(expected))) return 'forbidden';
  const row = await deps.repos.systemCalls.find(query.vdnId, query.callSerialNo);
  const key = row?.recordFile ? systemCallRecordingKey(row.recordFile) : undefined;
  const file = key ? await deps.files.stat(key) : undefined;
  return key && file ? { key, sizeBytes: file.sizeBytes } : 'missing';
}
