export type { VoiceAssetDeps, VoiceAssetPolicy } from './voice-asset-deps.ts';
export { uploadVoiceFile, type UploadedVoiceFile } from './upload-voice-file.ts';
export { createVoiceTemplate } from './create-voice-template.ts';
export { reviewVoiceAsset, rescheduleVoiceReviews, scheduleAutoApproval, settleVoiceReviews, type VoiceAssetKind } from './voice-reviews.ts';
export { voiceFileLocation, voiceTemplateLocation } from './voice-storage.ts';
export { tenantCallbackTrustlist } from './tenant-callback-trustlist.ts';
