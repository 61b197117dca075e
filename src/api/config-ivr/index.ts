import type { ApiEndpoint } from '../define-endpoint.ts';

/** Chapter 5.4: IVR flows, satisfaction survey, voice files and TTS templates (C1). */
export const configIvrEndpoints: readonly ApiEndpoint[] = [];
