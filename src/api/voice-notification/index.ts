import type { ApiEndpoint } from '../define-endpoint.ts';
import { createVoiceNotificationV1Endpoint, createVoiceNotificationV2Endpoint } from './create-voice-notification.endpoint.ts';
import { queryVoiceNotificationRecordingEndpoint } from './query-voice-notification-recording.endpoint.ts';

/** CEC chapter 14 (and §6.2.9/§6.2.10, the same two create paths): voice notification over C1. */
export const voiceNotificationEndpoints: readonly ApiEndpoint[] = [queryVoiceNotificationRecordingEndpoint, createVoiceNotificationV1Endpoint, createVoiceNotificationV2Endpoint];
