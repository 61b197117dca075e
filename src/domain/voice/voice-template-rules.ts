import { checkAssetName } from './asset-name.ts';
import { checkCallbackUrl } from './callback-trustlist.ts';
import { parseTemplateText, type TemplateVariable } from './tts-template.ts';
import { normalizeLocale, normalizeVoiceName, voiceLocales, voiceNameDefault, voiceNames, voiceTemplateScene, type VoiceLocale, type VoiceName } from './voice-enums.ts';
import { accept, refuse, type Checked } from './voice-rejection.ts';

/** CEC §5.4.5 (ref L6603): speed −200 to 500, default 0. */
export const templateSpeedMin = -200;
export const templateSpeedMax = 500;
export const templateSpeedDefault = 0;
/** CEC §5.4.5 (ref L6604): volume 0 to 100, default 50. */
export const templateVolumeMin = 0;
export const templateVolumeMax = 100;
export const templateVolumeDefault = 50;

/** The body of CEC §5.4.5 createVoiceTemplate (Table 5-123, ref L6598–6631), as received. */
export interface VoiceTemplateInput {
  name: string;
  scene?: string | undefined;
  speed?: number | undefined;
  volume?: number | undefined;
  voicename?: string | undefined;
  voicecontent: { textcontent: string; language: string };
  callbackUrl?: string | undefined;
}

export interface VoiceTemplateDraft {
  name: string;
  scene: string;
  speed: number;
  volume: number;
  voicename: VoiceName;
  textcontent: string;
  language: VoiceLocale;
  variables: TemplateVariable[];
  callbackUrl: string | null;
}

/** Checks every field of a template, in the order of Table 5-123, applying the documented defaults. */
export function checkVoiceTemplate(input: VoiceTemplateInput, callbackTrustlist: readonly string[]): Checked<VoiceTemplateDraft> {
  const name = checkAssetName('name', input.name);
  if (!name.ok) return name;
  const scene = input.scene?.trim() || voiceTemplateScene;
  if (scene !== voiceTemplateScene) return refuse('SceneInvalid', 'scene must be 3 (voice notification)');
  const speed = input.speed ?? templateSpeedDefault;
  if (!Number.isInteger(speed) || speed < templateSpeedMin || speed > templateSpeedMax) {
    return refuse('SpeedInvalid', `speed must be an integer from ${templateSpeedMin} to ${templateSpeedMax}`);
  }
  const volume = input.volume ?? templateVolumeDefault;
  if (!Number.isInteger(volume) || volume < templateVolumeMin || volume > templateVolumeMax) {
    return refuse('VolumeInvalid', `volume must be an integer from ${templateVolumeMin} to ${templateVolumeMax}`);
  }
  const voicename = input.voicename?.trim() ? normalizeVoiceName(input.voicename) : voiceNameDefault;
  if (!voicename) return refuse('VoiceNameInvalid', `voicename must be one of ${voiceNames.join(', ')}`);
  const variables = parseTemplateText(input.voicecontent.textcontent);
  if (!variables.ok) return variables;
  const language = normalizeLocale(input.voicecontent.language);
  if (!language) return refuse('LanguageInvalid', `language must be one of ${voiceLocales.join(', ')}`);
  let callbackUrl: string | null = null;
  if (input.callbackUrl?.trim()) {
    const checked = checkCallbackUrl('callbackUrl', input.callbackUrl, callbackTrustlist);
    if (!checked.ok) return checked;
    callbackUrl = checked.value;
  }
  return accept({ name: name.value, scene, speed, volume, voicename, textcontent: input.voicecontent.textcontent, language, variables: variables.value, callbackUrl });
}
