import { accept, refuse, type Checked } from './voice-rejection.ts';

/** CEC §5.4.4 (ref L6545) and §5.4.5 (ref L6600): at most 50 characters. */
export const assetNameLengthMax = 50;

/** Chinese characters, upper- and lower-case letters and digits, and nothing else. */
const assetNamePattern = /^[\p{Script=Han}A-Za-z0-9]+$/u;

/**
 * Checks a voice file name (`voiceFileName`, 5.4.4) or a TTS template name (`name`, 5.4.5): the
 * reference allows "only Chinese characters, uppercase letters, lowercase letters, and digits",
 * at most 50 characters (counted as characters, not bytes). Surrounding blanks are ignored.
 */
export function checkAssetName(field: string, value: string): Checked<string> {
  const name = value.trim();
  if (name === '') return refuse('NameEmpty', `${field} must not be empty`);
  if ([...name].length > assetNameLengthMax) return refuse('NameTooLong', `${field} must be at most ${assetNameLengthMax} characters`);
  if (!assetNamePattern.test(name)) return refuse('NameInvalid', `${field} may contain only Chinese characters, letters and digits`);
  return accept(name);
}
