import { Type } from '@sinclair/typebox';
import { defineEndpoint } from '../define-endpoint.ts';
import { CecError } from '../../http/cec-error.ts';
import { textToVoice, ttsSampleRate, ttsVoices } from '../../services/chatbot/tts.ts';
import { oiapPayloadEnvelope, oiapRetCodeEnvelope } from './oiap-envelopes.ts';
import { authTokenField, oiapTenant } from './oiap-tenant.ts';

const numeric = (min: number, max: number) => Type.Integer({ minimum: min, maximum: max });

/** CEC §10.21 (ref L38641–38764): text to a base64 16 kHz WAV with sentence timings (decision 1009). */
export const textToVoiceEndpoint = defineEndpoint({
  section: '10.21',
  name: 'tts/texttovoice',
  summary: 'Text to speech (WAV)',
  method: 'POST',
  path: '/oifde/rest/api/tts/texttovoice',
  auth: 'C3',
  envelope: oiapRetCodeEnvelope,
  body: Type.Object({
    tenantId: Type.Optional(Type.String({ maxLength: 64 })),
    authToken: Type.Optional(authTokenField),
    text: Type.String({ minLength: 1, maxLength: 1000 }),
    config: Type.Optional(
      Type.Object({
        voiceName: Type.Optional(Type.Union(ttsVoices.map((v) => Type.Literal(v)))),
        pitch: Type.Optional(numeric(-500, 500)),
        volume: Type.Optional(numeric(0, 100)),
        speed: Type.Optional(numeric(-500, 500)),
      }),
    ),
  }),
  response: Type.Object({ data: Type.Object({ format: Type.String(), sampleRate: Type.String(), voiceData: Type.String(), sentences: Type.Array(Type.Object({})) }) }),
  errors: ['900001', '900002', '10000002'],
  gaps: 'pitch is accepted but not applied; the five voices share one eSpeak NG voice per language',
  async handler({ body, auth }) {
    oiapTenant(auth, body.tenantId);
    const result = await textToVoice(body.text, { speed: body.config?.speed ?? 0, volume: body.config?.volume ?? 50 });
    return { data: { sentences: result.sentences, voiceData: result.voiceData, format: 'wav', sampleRate: String(ttsSampleRate) } };
  },
});

/**
 * CEC §10.23 (ref L38901–38935): 200 while the service runs; no credential. The reference shows a
 * JSON content type and no fields: the body is `{}`, so every OIAP reply parses as JSON (decision 1009).
 */
export const serviceMonitor = defineEndpoint({
  section: '10.23',
  name: 'servicemonitor',
  summary: 'Health check',
  method: 'POST',
  path: '/oifde/rest/api/servicemonitor',
  auth: 'none',
  envelope: { ...oiapPayloadEnvelope, name: 'oiapHealth' },
  async handler({ services }) {
    // A store that cannot answer is an unhealthy service (note 05 §5.19).
    try {
      await services.repos.vdns.list();
    } catch {
      throw new CecError('10000001', 'the store is not available', { httpStatus: 503 });
    }
  },
});

export const serviceMonitorGet = defineEndpoint({ ...serviceMonitor, method: 'GET', summary: 'Health check (GET)' });

/** CEC §10.12 (ref L36732–36829): VoiceCyber pushes recognition results of a capture session. */
export const asrRecognizeResult = defineEndpoint({
  section: '10.12',
  name: 'flow/asrrecognizeresult',
  summary: 'Packet-capture ASR result push',
  method: 'POST',
  path: '/oifde/rest/api/flow/asrrecognizeresult',
  auth: 'none',
  envelope: oiapRetCodeEnvelope,
  keyAliases: { taskID: ['taskId'] },
  body: Type.Object({
    serviceToken: Type.String({ minLength: 1, maxLength: 256 }),
    subCCID: Type.Optional(Type.String({ maxLength: 64 })),
    taskID: Type.String({ minLength: 1, maxLength: 64 }),
    respType: Type.Union([Type.Literal('NormalResult'), Type.Literal('StartSpeech')]),
    sentence: Type.Optional(Type.Object({ st: Type.Optional(Type.Integer()), et: Type.Optional(Type.Integer()), isFinal: Type.Optional(Type.Boolean()), text: Type.Optional(Type.String({ maxLength: 4096 })), confidence: Type.Optional(Type.Number({ minimum: 0, maximum: 1 })) })),
    analysis: Type.Optional(Type.Object({}, { additionalProperties: true })),
    speakerID: Type.Optional(Type.String({ maxLength: 4 })),
  }),
  errors: ['900002', '10000002'],
  async handler({ body, services }) {
    let text = body.sentence?.text ?? '';
    try {
      // The recorder URL-encodes the text (ref L36772).
      text = decodeURIComponent(text.replace(/\+/g, ' '));
    } catch {
      throw new CecError('10000002', 'sentence.text is not URL-encoded UTF-8');
    }
    const ok = await services.chatbot.dialog.pushRecognition(body.serviceToken, body.taskID, { respType: body.respType, text, isFinal: body.sentence?.isFinal ?? false });
    if (!ok) throw new CecError('900002', 'serviceToken does not open a capture session for taskID');
    return { retMsg: 'asr recognize success' };
  },
});

/**
 * CEC §10.22 (ref L38766–38899): an offline ASR engine returns a transcript. The system account
 * of the reference is the tenant's token in the `userName` + `token` headers (decision 1009); the
 * transcript is stored by tenant and `aid`.
 */
export const asrCallback = defineEndpoint({
  section: '10.22',
  name: 'sysapi/asrcallback',
  summary: 'Offline ASR transcript callback',
  method: 'POST',
  path: '/oifde/rest/sysapi/asrcallback',
  auth: 'C3',
  envelope: oiapRetCodeEnvelope,
  body: Type.Object({
    body: Type.Object({
      state: Type.Object({ code: Type.Union([Type.String({ maxLength: 16 }), Type.Integer()]), success: Type.Optional(Type.Boolean()) }),
      body: Type.Object({
        aid: Type.String({ minLength: 1, maxLength: 128 }),
        lattices: Type.Array(Type.Object({ lid: Type.Integer(), begin: Type.Optional(Type.Integer()), end: Type.Optional(Type.Integer()), onebest: Type.String({ maxLength: 8192 }), spk: Type.Optional(Type.Integer()) }), { maxItems: 10000 }),
      }),
    }),
  }),
  errors: ['900001', '10000002'],
  gaps: 'no analysis consumes the transcripts yet: 10.16 classifies the simulated network\'s announcement, not these transcripts (decision 1016)',
  async handler({ body, auth, services }) {
    const job = body.body.body;
    const lattices = [...job.lattices].sort((a, b) => a.lid - b.lid);
    await services.repos.oiapDialog.upsertTranscript({
      vdnId: auth.vdnId!,
      aid: job.aid,
      stateCode: String(body.body.state.code),
      success: body.body.state.success === false ? 0 : 1,
      transcript: lattices.map((l) => l.onebest).join(' '),
      lattices: JSON.stringify(lattices),
      receivedAtMs: services.clock.now(),
    });
    return { retMsg: 'success' };
  },
});
