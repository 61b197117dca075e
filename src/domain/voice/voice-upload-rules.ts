import { checkAssetName } from './asset-name.ts';
import { checkBase64Payload, type Base64Payload } from './base64-payload.ts';
import { checkCallbackUrl } from './callback-trustlist.ts';
import { normalizeFileType, normalizeLocale, normalizeVoiceType, voiceLocales, type VoiceFileType, type VoiceLocale, type VoiceType } from './voice-enums.ts';
import { accept, refuse, type Checked } from './voice-rejection.ts';

/** The body of CEC §5.4.4 importVoiceFile/upload (Table 5-119, ref L6533–6545), as received. */
export interface VoiceUploadInput {
  fileInfo: string;
  locale: string;
  voiceType: string;
  fileType: string;
  callbackUrl?: string | undefined;
  voiceFileName?: string | undefined;
}

export interface VoiceUpload {
  payload: Base64Payload;
  locale: VoiceLocale;
  voiceType: VoiceType;
  fileType: VoiceFileType;
  callbackUrl: string | null;
  voiceFileName: string | null;
}

export interface VoiceUploadContext {
  /** The tenant's IVR voice upload callback URL trustlist (URL prefixes). */
  callbackTrustlist: readonly string[];
  /** CEC §5.4.4 (ref L6535): 8 MB. */
  fileBytesMax: number;
}

/**
 * Checks every field of an upload, in the order of Table 5-119, and returns them normalised.
 * Empty optional fields count as absent, as clients often send "" for "none".
 */
export function checkVoiceUpload(input: VoiceUploadInput, context: VoiceUploadContext): Checked<VoiceUpload> {
  const payload = checkBase64Payload(input.fileInfo, context.fileBytesMax);
  if (!payload.ok) return payload;
  const locale = normalizeLocale(input.locale);
  if (!locale) return refuse('LocaleInvalid', `locale must be one of ${voiceLocales.join(', ')}`);
  const voiceType = normalizeVoiceType(input.voiceType);
  if (!voiceType) return refuse('VoiceTypeInvalid', 'voiceType must be 0 (IVR), 1 (prompt tone), 2 (fault tone) or 3 (voice notification)');
  const fileType = normalizeFileType(input.fileType);
  if (!fileType) return refuse('FileTypeInvalid', 'fileType must be WAV or MP3');
  let callbackUrl: string | null = null;
  if (input.callbackUrl?.trim()) {
    const checked = checkCallbackUrl('callbackUrl', input.callbackUrl, context.callbackTrustlist);
    if (!checked.ok) return checked;
    callbackUrl = checked.value;
  }
  let voiceFileName: string | null = null;
  if (input.voiceFileName?.trim()) {
    const checked = checkAssetName('voiceFileName', input.voiceFileName);
    if (!checked.ok) return checked;
    voiceFileName = checked.value;
  }
  return accept({ payload: payload.value, locale, voiceType, fileType, callbackUrl, voiceFileName });
}
