import { Type } from '@sinclair/typebox';
import { retCodeEnvelope } from '../../http/envelope/index.ts';
import { createVoiceNotificationV1, createVoiceNotificationV2 } from '../../services/voice-notification/index.ts';
import { tenantOfCredential, valueOf } from '../bidirectional/bidirectional-errors.ts';
import { defineEndpoint } from '../define-endpoint.ts';
import { readPlayListEntry } from './play-list-keys.ts';

const optionalText = Type.Optional(Type.Union([Type.String(), Type.Null()]));
const createdMessage = 'Created successfully.';
const response = Type.Object({ result: Type.Object({ callSerialNo: Type.String() }) });

/**
 * CEC §14.2 createVoiceNotification V1 (ref L69528–69638; the same interface as §6.2.9, which
 * resolves to this definition): a robot call that plays `voiceContent`, voice ids and `$text$`
 * segments, then hangs up. `{retCode, retMsg, result:{callSerialNo}}`, codes of Table 14-5.
 */
export const createVoiceNotificationV1Endpoint = defineEndpoint({
  section: '14.2',
  name: 'createVoiceNotification',
  summary: 'Creating a voice notification (V1.0.0)',
  method: 'POST',
  path: '/apiaccess/rest/voiceNotification/v1/createVoiceNotification',
  auth: 'C1',
  envelope: retCodeEnvelope,
  body: Type.Object({ voiceContent: optionalText, callerPresent: optionalText, called: optionalText, callbackUrl: optionalText, priority: optionalText }),
  keyAliases: { callbackUrl: ['callBackUrl'] },
  invalidParameterCode: '5',
  response,
  errors: ['5', '7', '9', '36', '16', '1', '8', '3'],
  async handler({ body, auth, services }) {
    const input = { ...body, voiceContent: body.voiceContent ?? undefined, called: body.called ?? undefined, callbackUrl: body.callbackUrl ?? undefined, priority: body.priority ?? undefined };
    const { callSerialNo } = valueOf(await createVoiceNotificationV1(services, tenantOfCredential(auth), input));
    return { retMsg: createdMessage, result: { callSerialNo } };
  },
});

/**
 * CEC §14.3 createVoiceNotification V2 (ref L69639–69812; the same interface as §6.2.10): a
 * playList of 1–5 voice files (by id or name) and TTS templates with their parameters, played
 * `playTimes` times. Codes of Table 14-10.
 */
export const createVoiceNotificationV2Endpoint = defineEndpoint({
  section: '14.3',
  name: 'createVoiceNotification',
  summary: 'Creating a voice notification (V2.0.0)',
  method: 'POST',
  path: '/apiaccess/rest/voiceNotification/v2/createVoiceNotification',
  auth: 'C1',
  envelope: retCodeEnvelope,
  body: Type.Object({
    called: optionalText,
    callerPresent: optionalText,
    callbackUrl: optionalText,
    priority: optionalText,
    playList: Type.Optional(Type.Union([Type.Array(Type.Unknown()), Type.Null()])),
    playTimes: Type.Optional(Type.Union([Type.Number(), Type.String(), Type.Null()])),
  }),
  keyAliases: { callbackUrl: ['callBackUrl'] },
  invalidParameterCode: '5',
  response,
  errors: ['5', '7', '9', '36', '16', '1', '10', '11', '12', '13', '14', '15', '17', '18', '20', '21', '22', '23', '25', '26', '27', '28', '29', '31', '32', '33', '34', '35', '3'],
  gaps: 'code 19 (file not submitted) and 24 are not reachable: every stored asset has been submitted for review, and unknown ids answer 17; 30 (byte length) is covered by 13',
  async handler({ body, auth, services }) {
    const playTimes = body.playTimes === undefined || body.playTimes === null || body.playTimes === '' ? undefined : Number(body.playTimes);
    const input = {
      called: body.called ?? undefined,
      callerPresent: body.callerPresent,
      callbackUrl: body.callbackUrl ?? undefined,
      priority: body.priority ?? undefined,
      playTimes,
      playList: (body.playList ?? []).map(readPlayListEntry),
    };
    const { callSerialNo } = valueOf(await createVoiceNotificationV2(services, tenantOfCredential(auth), input));
    return { retMsg: createdMessage, result: { callSerialNo } };
  },
});
