import { Type } from '@sinclair/typebox';
import { returnCodeEnvelope } from '../../http/envelope/index.ts';
import { queryNotificationRecordings, recordingPageMax } from '../../services/voice-notification/index.ts';
import { tenantOfCredential } from '../bidirectional/bidirectional-errors.ts';
import { defineEndpoint } from '../define-endpoint.ts';

/**
 * CEC §14.1 queryVoiceNotificationRecording (ref L69399–69527): the tenant's approved voice
 * notification recordings (type 0) and TTS texts (type 2), a page from `offset`; a limit over 100
 * is read as 100. `{returnCode, description, voiceInfo}` (the table's `voicelInfo` is a slip for
 * the example's `voiceInfo`); 1 is an incorrect parameter type.
 */
export const queryVoiceNotificationRecordingEndpoint = defineEndpoint({
  section: '14.1',
  name: 'queryVoiceNotificationRecording',
  summary: 'Querying voice notification recording files',
  method: 'POST',
  path: '/apiaccess/rest/voiceNotification/v1/queryVoiceNotificationRecording',
  auth: 'C1',
  envelope: returnCodeEnvelope,
  body: Type.Object({
    offset: Type.Optional(Type.Integer({ minimum: 0 })),
    limit: Type.Optional(Type.Integer({ minimum: 1 })),
    type: Type.Optional(Type.Union([Type.Literal(0), Type.Literal(2)])),
  }),
  invalidParameterCode: '1',
  response: Type.Object({ voiceInfo: Type.Array(Type.Record(Type.String(), Type.Unknown())) }),
  errors: ['1'],
  async handler({ body, auth, services }) {
    const voiceInfo = await queryNotificationRecordings(services.repos, tenantOfCredential(auth), { offset: body.offset ?? 0, limit: Math.min(body.limit ?? recordingPageMax, recordingPageMax), type: body.type });
    return { description: 'query success', voiceInfo };
  },
});
