import { Type } from '@sinclair/typebox';
import { limits } from '../../app/limits.ts';
import { assetNameLengthMax, callbackUrlLengthMax } from '../../domain/voice/index.ts';
import { returnCodeEnvelope } from '../../http/envelope/index.ts';
import { uploadVoiceFile } from '../../services/voice-assets/index.ts';
import { defineEndpoint } from '../define-endpoint.ts';
import { tenantOf } from './tenant-of.ts';
import { voiceAssetPolicy } from './voice-asset-policy.ts';
import { voiceFailure, voiceFailureCode } from './voice-errors.ts';

/**
 * CEC §5.4.4 (ref L6514–6585): uploads a base64 WAV or MP3 file, converted to the platform's
 * A-law, mono, 8 kHz WAV and put up for review; the review result goes to `callbackUrl`. The
 * reference's response table is truncated after its `schema` row (ref L6567); the reply is
 * `{returnCode, description, fileId}`, fileId being the identifier the callback reports
 * (decision 0301). At most 10 uploads per second per tenant (ref L6520).
 */
export const importVoiceFile = defineEndpoint({
  section: '5.4.4',
  name: 'importVoiceFile/upload',
  summary: 'Upload an IVR voice file (WAV or MP3, base64)',
  method: 'POST',
  path: '/apiaccess/rest/cc-management/v1/importVoiceFile/upload',
  auth: 'C1',
  envelope: returnCodeEnvelope,
  bodyLimitBytes: limits.voiceUploadBodyBytesMax,
  body: Type.Object({
    fileInfo: Type.String({ maxLength: limits.voiceUploadBodyBytesMax, description: 'the file, base64-encoded; at most 8 MB once decoded' }),
    locale: Type.String({ maxLength: 16, description: 'zh_CN, en_US, pt_BR or th_TH' }),
    voiceType: Type.String({ maxLength: 8, description: '0 IVR, 1 prompt tone, 2 fault tone, 3 voice notification' }),
    fileType: Type.String({ maxLength: 8, description: 'WAV or MP3, in any case' }),
    callbackUrl: Type.Optional(Type.String({ maxLength: callbackUrlLengthMax, description: 'receives the review result; must be in the tenant callback trustlist' })),
    voiceFileName: Type.Optional(Type.String({ maxLength: assetNameLengthMax, description: 'Chinese characters, letters and digits' })),
  }),
  keyAliases: { callbackUrl: ['callBackUrl', 'callback_url'] },
  response: Type.Object({ fileId: Type.String({ description: '19-digit file ID, reported again by the review callback' }) }),
  errors: [voiceFailureCode],
  async handler({ body, auth, services }) {
    const vdnId = tenantOf(auth, returnCodeEnvelope);
    const uploaded = await uploadVoiceFile(services, voiceAssetPolicy, vdnId, body);
    if (!uploaded.ok) throw voiceFailure(uploaded.rejection);
    return { description: 'The file is uploaded successfully.', fileId: uploaded.value.fileId };
  },
});
