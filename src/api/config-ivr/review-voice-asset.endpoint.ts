import { Type } from '@sinclair/typebox';
import { reviewCommentLengthMax } from '../../domain/voice/index.ts';
import { returnCodeEnvelope } from '../../http/envelope/index.ts';
import { reviewVoiceAsset } from '../../services/voice-assets/index.ts';
import { defineEndpoint } from '../define-endpoint.ts';
import { tenantOf } from './tenant-of.ts';
import { voiceAssetPolicy } from './voice-asset-policy.ts';
import { voiceFailure, voiceFailureCode } from './voice-errors.ts';

/**
 * OpenCEC extension: an operator approves ("2") or rejects ("3") a pending voice file (5.4.4) or
 * TTS template (5.4.5), which the reference leaves to the platform's staff. The decision is final
 * and goes to the asset's callback URL exactly as the reference's review callback (Table 5-120).
 * Assets nobody reviews are approved automatically (decision 0304).
 */
export const reviewVoiceAssetEndpoint = defineEndpoint({
  section: 'ext.voice-review',
  name: 'voice-reviews',
  summary: 'OpenCEC: approve or reject an uploaded voice file or TTS template',
  method: 'POST',
  path: '/opencec/v1/voice-reviews/{fileId}',
  auth: 'C1',
  envelope: returnCodeEnvelope,
  params: Type.Object({ fileId: Type.String({ pattern: '^\\d{1,19}$', description: 'a fileId of 5.4.4 or a templateId of 5.4.5' }) }),
  body: Type.Object({
    status: Type.Union([Type.Literal('2'), Type.Literal('3')], { description: '2 approved, 3 rejected' }),
    comment: Type.Optional(Type.String({ maxLength: reviewCommentLengthMax })),
  }),
  response: Type.Object({ fileId: Type.String(), status: Type.String(), comment: Type.String() }),
  errors: [voiceFailureCode],
  async handler({ params, body, auth, services }) {
    const vdnId = tenantOf(auth, returnCodeEnvelope);
    const reviewed = await reviewVoiceAsset(services, voiceAssetPolicy, vdnId, params.fileId, body);
    if (!reviewed.ok) {
      if (reviewed.rejection.tag === 'AssetNotFound') throw returnCodeEnvelope.generic('notFound', reviewed.rejection.message);
      throw voiceFailure(reviewed.rejection);
    }
    return { description: 'The review result is recorded.', ...reviewed.value };
  },
});
