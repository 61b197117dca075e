import { checkVoiceUpload, type Checked, type VoiceUploadInput } from '../../domain/voice/index.ts';
import { transcodeToPlatformWav } from '../../media/index.ts';
import { tenantCallbackTrustlist } from './tenant-callback-trustlist.ts';
import { admitUpload } from './upload-rate-limiter.ts';
import { tenantLockKey, type VoiceAssetDeps, type VoiceAssetPolicy } from './voice-asset-deps.ts';
import { scheduleAutoApproval } from './voice-reviews.ts';
import { removeQuietly, voiceFileLocation, voiceFileStem, writeFileAtomically } from './voice-storage.ts';

export interface UploadedVoiceFile {
  fileId: string;
  fileUrl: string;
}

/**
 * CEC §5.4.4 importVoiceFile/upload: admit the request (10 per second per tenant, ref L6520),
 * check every field, decode the base64 file, transcode it to the platform's A-law, mono, 8 kHz
 * WAV (ref L6541), store it, and put it up for review. The file is pending until reviewed; the
 * review result goes to the callback URL when one was given.
 */
export async function uploadVoiceFile(deps: VoiceAssetDeps, policy: VoiceAssetPolicy, vdnId: number, input: VoiceUploadInput): Promise<Checked<UploadedVoiceFile>> {
  // The owner arms the automatic review, so that its takeover re-arms it if the owner dies (decision 1730).
  await deps.placement?.serveHere(vdnId);
  if (!admitUpload(deps, vdnId, policy.uploadsPerSecond)) {
    return refusal('TrafficControl', `The request is rejected by traffic control: at most ${policy.uploadsPerSecond} voice file uploads per second.`);
  }
  const trustlist = await tenantCallbackTrustlist(deps.repos, vdnId);
  const checked = checkVoiceUpload(input, { callbackTrustlist: trustlist, fileBytesMax: policy.fileBytesMax });
  if (!checked.ok) return checked;
  const upload = checked.value;
  // Refuse a taken name before the costly conversion; it is checked again under the lock.
  if (upload.voiceFileName && (await deps.repos.voiceAssets.findActiveFileByName(vdnId, upload.voiceFileName))) return nameTaken(upload.voiceFileName);
  const decoded = Buffer.from(upload.payload.base64, 'base64');
  const transcoded = await transcodeToPlatformWav(new Uint8Array(decoded.buffer, decoded.byteOffset, decoded.byteLength), {
    durationMsMax: policy.durationMsMax,
    pause: yieldToEventLoop,
  });
  if (!transcoded.ok) return refusal('FileUndecodable', `fileInfo cannot be converted: ${transcoded.reason}`);
  return deps.tenantLocks.run(tenantLockKey(vdnId), async () => {
    if (upload.voiceFileName && (await deps.repos.voiceAssets.findActiveFileByName(vdnId, upload.voiceFileName))) return nameTaken(upload.voiceFileName);
    const nowMs = deps.clock.now();
    const fileId = deps.ids.next();
    const location = voiceFileLocation(deps.settings.dataDir, vdnId, upload.voiceType, voiceFileStem(deps.secrets, nowMs));
    await writeFileAtomically(location.storagePath, transcoded.wav);
    try {
      await deps.repos.voiceAssets.insertFile({
        fileId,
        vdnId,
        voiceFileName: upload.voiceFileName,
        locale: upload.locale,
        voiceType: upload.voiceType,
        // What the file really was (decision 0302), which may differ from the declared fileType.
        fileType: transcoded.source.container.toUpperCase(),
        fileUrl: location.fileUrl,
        storagePath: location.storagePath,
        sizeBytes: transcoded.wav.length,
        reviewStatus: 'pending',
        comment: '',
        callbackUrl: upload.callbackUrl,
        createdAtMs: nowMs,
      });
    } catch (error) {
      await removeQuietly(location.storagePath);
      throw error;
    }
    scheduleAutoApproval(deps, policy, { kind: 'file', vdnId, id: fileId, createdAtMs: nowMs });
    return { ok: true, value: { fileId, fileUrl: location.fileUrl } };
  });
}

/** Lets other requests run between blocks of a long conversion. */
function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

function nameTaken(name: string): Checked<never> {
  return refusal('VoiceFileNameTaken', `voiceFileName ${name} is already used by another voice file`);
}

function refusal(tag: string, message: string): Checked<never> {
  return { ok: false, rejection: { tag, message } };
}
