import { fillTemplate, renderTemplate, type TemplateFillTag, type TemplateVariable } from '../../domain/voice/index.ts';
import { refused, done, type SystemCallOutcome } from '../bidirectional/index.ts';
import type { Repositories, VoiceFileRow, VoiceTemplateRow } from '../../store/index.ts';

/** One thing a notification plays: a stored voice file, or a text spoken by TTS. */
export type PlayItem = { kind: 'file'; storagePath: string } | { kind: 'speech'; text: string; locale: string; speed: number; volume: number };

/** A V2 playList entry (Table 14-8), with the reference's spellings of its keys already read. */
export interface PlayListEntry {
  voiceId?: string;
  voiceFileName?: string;
  templateId?: string;
  templateParams?: unknown;
}

/** CEC §5.4.4/§5.4.5 review states: "2" approved, "3" rejected, "pending" until reviewed. */
const approved = '2';
const rejectedStatus = '3';
/** CEC §5.4.4 voiceType 3 and §5.4.5 scene 3: assets for voice notification. */
const notificationUse = '3';

/** CEC §14.3 Table 14-10: each template-parameter rule's return code (ref L69715–69745). */
const templateFillCodes: Record<TemplateFillTag, string> = {
  ParamsEmptyOrTooMany: '15',
  ParamCountMismatch: '25',
  ParamEmpty: '35',
  ParamForbiddenChar: '14',
  ParamBytesTooLong: '13',
  NumNotDigits: '31',
  NumTooLong: '32',
  DateFormat: '26',
  TimeFormat: '27',
  ParamTooLong: '29',
};

/** The review state of an asset as codes 18–21 of Table 14-10 see it, or null when playable. */
function unusable(asset: { reviewStatus: string }, use: string, what: string): SystemCallOutcome<never> | null {
  if (use !== notificationUse) return refused('18', `The ${what} is not used in voice notification scenarios.`);
  if (asset.reviewStatus === rejectedStatus) return refused('21', `The ${what} is rejected.`);
  if (asset.reviewStatus !== approved) return refused('20', `The ${what} is submitted but not approved.`);
  return null;
}

const fileItem = (file: VoiceFileRow): PlayItem => ({ kind: 'file', storagePath: file.storagePath });

/** The text a template speaks with `params` filled in, or the code of the first rule it breaks. */
export function templateSpeech(template: VoiceTemplateRow, params: readonly string[]): SystemCallOutcome<PlayItem> {
  let variables: TemplateVariable[];
  try {
    variables = JSON.parse(template.variables) as TemplateVariable[];
  } catch {
    return refused('28', 'The format of the voice notification template is incorrect.');
  }
  const filled = fillTemplate(variables, params);
  if (!filled.ok) return refused(templateFillCodes[filled.rejection.tag], filled.rejection.message);
  return done({ kind: 'speech', text: renderTemplate(template.textcontent, variables, filled.values), locale: template.language, speed: template.speed, volume: template.volume });
}

/**
 * CEC §14.3 playList entry → what it plays. One of voiceId, voiceFileName and templateId must be
 * set (12); the asset must exist in the tenant (17, 33), be of the right kind (22, 23, 34), serve
 * voice notification (18) and be approved (20, 21); a template's parameters must fit it (13–15,
 * 25–32, 35).
 */
export async function resolvePlayListEntry(repos: Repositories, vdnId: number, entry: PlayListEntry): Promise<SystemCallOutcome<PlayItem>> {
  if (entry.voiceId) {
    const file = await repos.voiceAssets.findFile(vdnId, entry.voiceId);
    if (!file) return (await repos.voiceAssets.findTemplate(vdnId, entry.voiceId)) ? refused('23', 'The file type corresponding to voiceId is not voice.') : refused('17', `The voice file ${entry.voiceId} does not exist.`);
    return unusable(file, file.voiceType, 'recording file') ?? done(fileItem(file));
  }
  if (entry.templateId) {
    const template = await repos.voiceAssets.findTemplate(vdnId, entry.templateId);
    if (!template) return (await repos.voiceAssets.findFile(vdnId, entry.templateId)) ? refused('22', 'The file type corresponding to templateId is not text.') : refused('17', `The TTS template ${entry.templateId} does not exist.`);
    const blocked = unusable(template, template.scene, 'TTS text file');
    if (blocked) return blocked;
    const params = entry.templateParams === undefined ? [] : entry.templateParams;
    if (!Array.isArray(params)) return refused('15', 'templateParams must be an array');
    return templateSpeech(template, params.map((p) => (p === null || p === undefined ? '' : String(p))));
  }
  if (entry.voiceFileName) {
    const file = await repos.voiceAssets.findActiveFileByName(vdnId, entry.voiceFileName);
    if (!file) return refused('33', 'The value of voiceFileName does not exist.');
    if (file.voiceType !== notificationUse) return refused('34', 'The file type corresponding to the input parameter voiceFileName is not voice.');
    return unusable(file, file.voiceType, 'recording file') ?? done(fileItem(file));
  }
  return refused('12', 'Both voiceId and templateId are empty.');
}

/** CEC §14.2 (ref L69552): voiceContent is at most 1000 characters. */
export const voiceContentLengthMax = 1000;

/**
 * CEC §14.2 voiceContent (ref L69552): voice ids and `$text$` segments separated by `~`, e.g.
 * `1133…999~$Tom$~2225…149`. A voice id is an approved voice-notification file or a template
 * without variables; a text is spoken in the tenant's default locale. Every failure is code 8.
 */
export async function resolveVoiceContent(repos: Repositories, vdnId: number, voiceContent: string | undefined): Promise<SystemCallOutcome<PlayItem[]>> {
  const content = voiceContent?.trim() ?? '';
  if (content === '') return refused('8', 'The value of voiceContent is empty.');
  if (content.length > voiceContentLengthMax) return refused('8', `The value of voiceContent exceeds ${voiceContentLengthMax} characters.`);
  const items: PlayItem[] = [];
  for (const segment of content.split('~')) {
    const text = /^#?\$(.*)\$#?$/s.exec(segment.trim());
    if (text) {
      if (text[1]!.trim() === '') return refused('8', 'A text of voiceContent is empty.');
      items.push({ kind: 'speech', text: text[1]!, locale: 'en_US', speed: 0, volume: 0 });
      continue;
    }
    const resolved = await resolvePlayListEntry(repos, vdnId, /^\d+$/.test(segment.trim()) && (await repos.voiceAssets.findTemplate(vdnId, segment.trim())) ? { templateId: segment.trim() } : { voiceId: segment.trim() });
    if (!resolved.ok) return refused('8', `The voice ${segment} of voiceContent does not exist or cannot be played: ${resolved.message}`);
    items.push(resolved.value);
  }
  return done(items);
}
