import { Type } from '@sinclair/typebox';
import { defineEndpoint } from '../define-endpoint.ts';
import { intentMinConfidence } from '../../services/chatbot/local-nlu.ts';
import { oiapErrorMessageEnvelope } from './oiap-envelopes.ts';
import { authTokenField, languageField, oiapTenant } from './oiap-tenant.ts';

/**
 * CEC §10.19 (ref L38039–38176): intents and FAQ answers for a sentence. Up to
 * `targetIntentCount` results within `confidence2Top` of the best; intents answer `scenarioStatus`
 * "finish" with a confidence in 0..1, FAQs `commands` ["systemQA"] with the raw BM25 score
 * (the example's 23.0). `responses`/`commands` are arrays as the table types them (note 05 §8.5 item 46).
 */
export const speechRecognition = defineEndpoint({
  section: '10.19',
  name: 'speechrecognition',
  summary: 'Semantic recognition: intents and FAQ matches of a sentence',
  method: 'POST',
  path: '/oifde/rest/api/speechrecognition',
  auth: 'C3',
  envelope: oiapErrorMessageEnvelope,
  body: Type.Object({
    userId: Type.String({ minLength: 1, maxLength: 64 }),
    sentence: Type.String({ minLength: 1, maxLength: 1024 }),
    tenantId: Type.String({ maxLength: 64 }),
    language: languageField,
    targetIntentCount: Type.Optional(Type.Integer({ minimum: 1, maximum: 5 })),
    confidence2Top: Type.Optional(Type.Number({ minimum: 0, maximum: 1 })),
    context: Type.Optional(Type.String({ maxLength: 128 })),
    domainList: Type.Optional(Type.Array(Type.Integer(), { maxItems: 100 })),
    faqGroupList: Type.Optional(Type.Array(Type.Integer(), { maxItems: 100 })),
    authToken: Type.Optional(authTokenField),
  }),
  response: Type.Object({ intentsResponses: Type.Array(Type.Object({})) }),
  errors: ['900001', '900002', '10000002'],
  gaps: '`context` is accepted but intents have no input contexts; `commandParams` slots are empty',
  async handler({ body, auth, services }) {
    const tenant = oiapTenant(auth, body.tenantId);
    const nlu = services.chatbot.nlu;
    const count = body.targetIntentCount ?? 1;
    const spread = body.confidence2Top ?? 1;
    const intents = (await nlu.classify(tenant.vdnId, body.sentence, body.language, body.domainList)).filter((m) => m.confidence >= intentMinConfidence);
    const groups = body.faqGroupList ?? (await nlu.enabledGroups(tenant.vdnId, body.language));
    const faqs = (await nlu.matchFaq(tenant.vdnId, body.sentence, groups, count)).filter((m) => m.quality >= 0.35);
    const best = Math.max(intents[0]?.confidence ?? 0, faqs[0]?.quality ?? 0);
    const ranked = [
      ...intents.map((m) => ({ rank: m.confidence, reply: { scenarioStatus: 'finish', confidence: m.confidence, responses: JSON.parse(m.intent.responses) as string[], scenarioName: m.intent.intentName, commands: [m.intent.intentCmd], commandParams: {} } })),
      ...faqs.map((m) => ({ rank: m.quality, reply: { simQuestions: m.simQuestion ? [m.simQuestion] : [], scenarioStatus: 'SUCCESS', confidence: m.score, responses: [m.answers[0]!], scenarioName: String(m.faqId), commands: ['systemQA'] } })),
    ]
      .filter((r) => r.rank >= best - spread)
      .sort((a, b) => b.rank - a.rank)
      .slice(0, count);
    return { intentsResponses: ranked.map((r) => r.reply) };
  },
});
