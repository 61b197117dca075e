import type { ApiEndpoint } from '../define-endpoint.ts';
import { createVoiceTemplate } from './create-voice-template.endpoint.ts';
import { importVoiceFile } from './import-voice-file.endpoint.ts';
import { queryIvrFlowList } from './query-ivr-flow-list.endpoint.ts';
import { querySatisfactionConfig } from './query-satisfaction-config.endpoint.ts';
import { querySatisfactionResult } from './query-satisfaction-result.endpoint.ts';
import { reviewVoiceAssetEndpoint } from './review-voice-asset.endpoint.ts';

export { resumeVoiceReviews } from './voice-asset-policy.ts';

/** Chapter 5.4: IVR flows, satisfaction survey, voice files and TTS templates (C1). */
export const configIvrEndpoints: readonly ApiEndpoint[] = [
  queryIvrFlowList,
  querySatisfactionConfig,
  querySatisfactionResult,
  importVoiceFile,
  createVoiceTemplate,
  reviewVoiceAssetEndpoint,
];
