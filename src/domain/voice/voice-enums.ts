/**
 * The enumerations of CEC §5.4.4 and §5.4.5, and the lenient readings we accept for them: case
 * and separator variants of locales ("en-us" for en_US), file types in any case, and the
 * reference's own example timbre "cn_kefuman_cn" (ref L6675) for cn_kefuman_common.
 */

/** CEC §5.4.4 (ref L6536) and §5.4.5 (ref L6628): zh_CN, en_US, pt_BR, th_TH. */
export const voiceLocales = ['zh_CN', 'en_US', 'pt_BR', 'th_TH'] as const;
export type VoiceLocale = (typeof voiceLocales)[number];

/** CEC §5.4.4 (ref L6537): 0 IVR, 1 prompt tone, 2 fault tone, 3 voice notification. */
export const voiceTypes = ['0', '1', '2', '3'] as const;
export type VoiceType = (typeof voiceTypes)[number];

/** CEC §5.4.4 (ref L6541): WAV and MP3 files are supported. */
export const voiceFileTypes = ['WAV', 'MP3'] as const;
export type VoiceFileType = (typeof voiceFileTypes)[number];

/** CEC §5.4.5 (ref L6612–6617): the timbres, the first being the default. */
export const voiceNames = ['cn_kefuman_common', 'cn_chengshuxing_common', 'cn_roumeiqian_common', 'cn_ziranzhen_common', 'cn_tianmeiru_common'] as const;
export type VoiceName = (typeof voiceNames)[number];
export const voiceNameDefault: VoiceName = 'cn_kefuman_common';

/** CEC §5.4.5 (ref L6602): the only scene is 3, voice notification. */
export const voiceTemplateScene = '3';

export function normalizeLocale(value: string): VoiceLocale | undefined {
  const key = value.trim().replace('-', '_').toLowerCase();
  return voiceLocales.find((locale) => locale.toLowerCase() === key);
}

export function normalizeVoiceType(value: string): VoiceType | undefined {
  const key = value.trim();
  return voiceTypes.find((type) => type === key);
}

export function normalizeFileType(value: string): VoiceFileType | undefined {
  const key = value.trim().replace(/^\./, '').toUpperCase();
  return voiceFileTypes.find((type) => type === key);
}

/** A timbre, or the `cn_<name>_cn` spelling of the reference's example for `cn_<name>_common`. */
export function normalizeVoiceName(value: string): VoiceName | undefined {
  const key = value.trim().toLowerCase().replace(/^(cn_[a-z]+)_cn$/, '$1_common');
  return voiceNames.find((name) => name === key);
}
