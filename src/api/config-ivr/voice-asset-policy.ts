import { limits } from '../../app/limits.ts';
import { rescheduleVoiceReviews, type VoiceAssetDeps, type VoiceAssetPolicy } from '../../services/voice-assets/index.ts';

/** The bounds of the voice asset services, from src/app/limits.ts. */
export const voiceAssetPolicy: VoiceAssetPolicy = {
  fileBytesMax: limits.voiceFileBytesMax,
  durationMsMax: limits.voiceDurationMsMax,
  uploadsPerSecond: limits.voiceUploadsPerSecond,
  reviewAutoApproveDelayMs: limits.reviewAutoApproveDelayMs,
  reviewCallbackAttemptsMax: limits.reviewCallbackAttemptsMax,
};

/**
 * Re-arms the automatic review of voice files and templates left pending by an earlier run, so
 * that they complete (and their callbacks go out) after a restart. The composition root calls it
 * once the callback outbox has started.
 */
export function resumeVoiceReviews(services: VoiceAssetDeps, vdnId?: number): Promise<number> {
  return rescheduleVoiceReviews(services, voiceAssetPolicy, vdnId);
}
