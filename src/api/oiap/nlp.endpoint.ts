import { Type } from '@sinclair/typebox';
import { defineEndpoint } from '../define-endpoint.ts';
import { detectEntities } from '../../domain/chatbot/nlu/entities.ts';
import { spellCheck } from '../../services/chatbot/spell-check.ts';
import { oiapPayloadEnvelope } from './oiap-envelopes.ts';
import { authTokenField, languageField, oiapTenant } from './oiap-tenant.ts';

const errors = ['900001', '900002', '10000002'];
const tenantId = Type.Optional(Type.String({ maxLength: 64 }));

/** CEC §10.13 (ref L36831–36926): spelling check of zh and en sentences (decision 1007). */
export const spellCheckEndpoint = defineEndpoint({
  section: '10.13',
  name: 'spellcheck',
  summary: 'Spelling check',
  method: 'POST',
  path: '/oifde/rest/api/spellcheck',
  auth: 'C3',
  envelope: oiapPayloadEnvelope,
  body: Type.Object({
    tenantId,
    authToken: Type.Optional(authTokenField),
    sentence: Type.String({ minLength: 1, maxLength: 4096 }),
    language: languageField,
    checkerType: Type.Optional(Type.Union([Type.Literal('nonWordSpellChecker'), Type.Literal('realWordSpellChecker')])),
  }),
  response: Type.Object({ hasMistake: Type.Boolean(), spellCheckerMatchList: Type.Array(Type.Object({})) }),
  errors,
  gaps: 'real-word errors of English (a correctly spelled wrong word, "apply" for "apple") are not detected: the corrector is dictionary-based',
  async handler({ body, auth, services }) {
    const tenant = oiapTenant(auth, body.tenantId === 'ipcc' ? undefined : body.tenantId);
    const list = await spellCheck(body.sentence, body.language, await services.chatbot.nlu.vocabulary(tenant.vdnId));
    return { hasMistake: list.some((m) => m.hasMistake), spellCheckerMatchList: list };
  },
});

/** CEC §10.17.1 (ref L37698–37766): labels of a case text with probabilities, best first (decision 1007). */
export const textClassification = defineEndpoint({
  section: '10.17.1',
  name: 'textClassification',
  summary: 'Text classification',
  method: 'POST',
  path: '/oifde/rest/api/textClassification',
  auth: 'C3',
  envelope: oiapPayloadEnvelope,
  body: Type.Object({ tenantId, language: languageField, text: Type.String({ minLength: 1, maxLength: 4096 }), authToken: Type.Optional(authTokenField) }),
  response: Type.Object({ results: Type.Array(Type.Object({ label: Type.String(), probability: Type.Number() })) }),
  errors,
  async handler({ body, auth, services }) {
    const tenant = oiapTenant(auth, body.tenantId);
    const scored = (await services.chatbot.nlu.labelled(tenant.vdnId, body.text, body.language)).filter((s) => s.confidence > 0);
    // Softmax over the cosine scores (sharpened ×10) turns them into a distribution over the labels.
    const exps = scored.map((s) => Math.exp(10 * s.confidence));
    const total = exps.reduce((a, b) => a + b, 0);
    return { results: scored.map((s, i) => ({ label: s.label, probability: exps[i]! / total })).slice(0, 5) };
  },
});

/** CEC §10.17.2 (ref L37768–37922): system entities of a sentence (note 05 §5.15). */
export const entityDetection = defineEndpoint({
  section: '10.17.2',
  name: 'entityDetection',
  summary: 'Entity detection',
  method: 'POST',
  path: '/oifde/rest/api/entityDetection',
  auth: 'C3',
  envelope: oiapPayloadEnvelope,
  body: Type.Object({ tenantId, language: languageField, sentence: Type.String({ minLength: 1, maxLength: 4096 }), authToken: Type.Optional(authTokenField) }),
  response: Type.Object({ count: Type.Integer(), entityMsgV2List: Type.Array(Type.Object({})) }),
  errors,
  gaps: 'user entities (types 0–3) and @system.address are not detected: there is no local gazetteer or user-entity configuration',
  async handler({ body, auth, services }) {
    oiapTenant(auth, body.tenantId);
    const list = detectEntities(body.sentence, services.clock.now());
    return { count: list.length, entityMsgV2List: list };
  },
});
