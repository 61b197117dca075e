import type { Repositories } from '../../store/index.ts';
import { systemCallSettings } from '../bidirectional/index.ts';

/** CEC §14.1 (ref L69430): limit defaults to 100 and a larger value is read as 100. */
export const recordingPageMax = 100;

export interface RecordingQuery {
  offset: number;
  limit: number;
  /** 0 audio, 2 text; both when absent. */
  type?: 0 | 2 | undefined;
}

/**
 * CEC §14.1 queryVoiceNotificationRecording: the tenant's approved voice-notification assets, voice
 * files (type 0) and TTS templates (type 2), oldest first, in the fields of Table 14-3 (example
 * ref L69500–69525). Templates carry their text as the example's `voicecontent` JSON.
 */
export async function queryNotificationRecordings(repos: Repositories, vdnId: number, query: RecordingQuery): Promise<Record<string, unknown>[]> {
  const [vdn, settings, files, templates] = await Promise.all([repos.vdns.find(vdnId), systemCallSettings(repos, vdnId, 'voiceNotification'), repos.voiceAssets.listFiles(vdnId), repos.voiceAssets.listTemplates(vdnId)]);
  const common = { tenant_id: settings.tenantSpaceId, tenantSpaceName: vdn?.name ?? '' };
  const audio = files
    .filter((f) => f.voiceType === '3' && f.reviewStatus === '2')
    .map((f) => ({ at: f.createdAtMs, item: { ...common, uploaddate: f.createdAtMs, voice_id: f.fileId, name: f.voiceFileName ?? f.fileId, type: 0, scene: 3, auditcomments: f.comment, status: f.callbackUrl ? 1 : 0 } }));
  const text = templates
    .filter((t) => t.scene === '3' && t.reviewStatus === '2')
    .map((t) => ({ at: t.createdAtMs, item: { ...common, uploaddate: t.createdAtMs, voice_id: t.templateId, name: t.name, voicecontent: JSON.stringify({ 0: { languageId: '0', textcontent: t.textcontent } }), type: 2, scene: 3, auditcomments: t.comment, status: t.callbackUrl ? 1 : 0 } }));
  const wanted = query.type === 0 ? audio : query.type === 2 ? text : [...audio, ...text];
  return wanted
    .sort((a, b) => a.at - b.at)
    .slice(query.offset, query.offset + Math.min(query.limit, recordingPageMax))
    .map((entry) => entry.item);
}
