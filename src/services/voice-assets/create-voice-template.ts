import { checkVoiceTemplate, type Checked, type VoiceTemplateInput } from '../../domain/voice/index.ts';
import { tenantCallbackTrustlist } from './tenant-callback-trustlist.ts';
import type { VoiceAssetDeps, VoiceAssetPolicy } from './voice-asset-deps.ts';
import { scheduleAutoApproval } from './voice-reviews.ts';
import { removeQuietly, voiceTemplateLocation, writeFileAtomically } from './voice-storage.ts';

/**
 * CEC §5.4.5 createVoiceTemplate: check the template and its variables, store it with its parsed
 * variables (so that voice notifications, 14.3, fill it without parsing again) and its text as a
 * file, and put it up for review like a voice file (Table 5-124).
 */
export async function createVoiceTemplate(deps: VoiceAssetDeps, policy: VoiceAssetPolicy, vdnId: number, input: VoiceTemplateInput): Promise<Checked<{ templateId: string }>> {
  // The owner arms the automatic review, so that its takeover re-arms it if the owner dies (decision 1730).
  await deps.placement?.serveHere(vdnId);
  const trustlist = await tenantCallbackTrustlist(deps.repos, vdnId);
  const checked = checkVoiceTemplate(input, trustlist);
  if (!checked.ok) return checked;
  const draft = checked.value;
  const nowMs = deps.clock.now();
  const templateId = deps.ids.next();
  const location = voiceTemplateLocation(deps.settings.dataDir, vdnId, templateId);
  await writeFileAtomically(location.storagePath, draft.textcontent);
  try {
    await deps.repos.voiceAssets.insertTemplate({
      templateId,
      vdnId,
      name: draft.name,
      scene: draft.scene,
      speed: draft.speed,
      volume: draft.volume,
      voicename: draft.voicename,
      textcontent: draft.textcontent,
      language: draft.language,
      variables: JSON.stringify(draft.variables),
      reviewStatus: 'pending',
      comment: '',
      callbackUrl: draft.callbackUrl,
      createdAtMs: nowMs,
    });
  } catch (error) {
    await removeQuietly(location.storagePath);
    throw error;
  }
  scheduleAutoApproval(deps, policy, { kind: 'template', vdnId, id: templateId, createdAtMs: nowMs });
  return { ok: true, value: { templateId } };
}
