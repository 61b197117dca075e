import { Type } from '@sinclair/typebox';
import {
  assetNameLengthMax,
  callbackUrlLengthMax,
  templateSpeedMax,
  templateSpeedMin,
  templateVolumeMax,
  templateVolumeMin,
} from '../../domain/voice/index.ts';
import { returnCodeEnvelope } from '../../http/envelope/index.ts';
import { createVoiceTemplate as createVoiceTemplateService } from '../../services/voice-assets/index.ts';
import { defineEndpoint } from '../define-endpoint.ts';
import { tenantOf } from './tenant-of.ts';
import { voiceAssetPolicy } from './voice-asset-policy.ts';
import { voiceFailure, voiceFailureCode } from './voice-errors.ts';

/** A number that may be left blank (null or "") to take its default (Table 5-123, ref L6603–6604). */
const optionalInteger = (minimum: number, maximum: number, description: string) =>
  Type.Optional(Type.Unsafe<number | null>({ type: ['integer', 'null'], minimum, maximum, description }));

/**
 * CEC §5.4.5 (ref L6587–6718): creates a TTS template for voice notifications, with variables
 * ${TXT_n}, ${NUM_n}, ${DATE} and ${TIME}, reviewed like a voice file. The example sends
 * `callBackUrl` where the table says `callbackUrl` (ref L6676 vs L6631); both are read.
 */
export const createVoiceTemplate = defineEndpoint({
  section: '5.4.5',
  name: 'createVoiceTemplate',
  summary: 'Upload a TTS template for voice notifications',
  method: 'POST',
  path: '/apiaccess/rest/cc-management/v1/createVoiceTemplate',
  auth: 'C1',
  envelope: returnCodeEnvelope,
  body: Type.Object({
    name: Type.String({ maxLength: assetNameLengthMax, description: 'Chinese characters, letters and digits' }),
    scene: Type.Optional(Type.String({ maxLength: 8, description: '3: voice notification (the default)' })),
    speed: optionalInteger(templateSpeedMin, templateSpeedMax, 'speech speed, default 0'),
    volume: optionalInteger(templateVolumeMin, templateVolumeMax, 'volume, default 50'),
    voicename: Type.Optional(Type.String({ maxLength: 64, description: 'cn_kefuman_common (default), cn_chengshuxing_common, cn_roumeiqian_common, cn_ziranzhen_common or cn_tianmeiru_common' })),
    voicecontent: Type.Object({
      textcontent: Type.String({ maxLength: 2000, description: 'at most 500 UTF-8 bytes, with ${TXT_n}, ${NUM_n}, ${DATE}, ${TIME} variables' }),
      language: Type.String({ maxLength: 16, description: 'zh_CN, en_US, pt_BR or th_TH' }),
    }),
    callbackUrl: Type.Optional(Type.String({ maxLength: callbackUrlLengthMax, description: 'receives the review result; must be in the tenant callback trustlist' })),
  }),
  keyAliases: { callbackUrl: ['callBackUrl', 'callback_url'] },
  response: Type.Object({ templateId: Type.String({ description: '19-digit template ID' }) }),
  errors: [voiceFailureCode],
  async handler({ body, auth, services }) {
    const vdnId = tenantOf(auth, returnCodeEnvelope);
    const created = await createVoiceTemplateService(services, voiceAssetPolicy, vdnId, {
      ...body,
      speed: body.speed ?? undefined,
      volume: body.volume ?? undefined,
    });
    if (!created.ok) throw voiceFailure(created.rejection);
    return { description: 'The file is uploaded successfully.', templateId: created.value.templateId };
  },
});
