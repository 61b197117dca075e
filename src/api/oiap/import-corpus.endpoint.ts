import { Type } from '@sinclair/typebox';
import { defineEndpoint } from '../define-endpoint.ts';
import { importNluCorpus } from '../../services/chatbot/nlu-corpus.ts';
import { oiapCodeEnvelope } from './oiap-envelopes.ts';
import { authTokenField, languageField, oiapTenant } from './oiap-tenant.ts';

const text = Type.String({ minLength: 1, maxLength: 8192 });

/**
 * OpenCEC extension (docs/extensions.md): loads a tenant's NLU corpus — domains, intents with
 * training utterances and replies, FAQ groups with Q&As — that the reference configures in its
 * GUI. The intent models are retrained from it on next use.
 */
export const importCorpus = defineEndpoint({
  section: 'ext.oiap.corpus',
  name: 'importCorpus',
  summary: 'Import domains, intents and FAQ groups of the chatbot',
  method: 'POST',
  path: '/opencec/v1/oiap/corpus',
  auth: 'C3',
  envelope: oiapCodeEnvelope,
  body: Type.Object({
    tenantId: Type.Optional(Type.String({ maxLength: 64 })),
    domains: Type.Optional(Type.Array(Type.Object({ domainId: Type.Integer(), domainName: Type.String({ maxLength: 128 }), language: languageField, active: Type.Optional(Type.Boolean()) }), { maxItems: 1000 })),
    intents: Type.Optional(
      Type.Array(
        Type.Object({
          intentId: Type.Integer(),
          domainId: Type.Integer(),
          language: languageField,
          intentCmd: Type.String({ minLength: 1, maxLength: 64 }),
          intentName: Type.String({ minLength: 1, maxLength: 128 }),
          intentDesc: Type.Optional(Type.String({ maxLength: 512 })),
          utterances: Type.Array(text, { minItems: 1, maxItems: 1000 }),
          responses: Type.Optional(Type.Array(text, { maxItems: 100 })),
          isDefault: Type.Optional(Type.Boolean()),
        }),
        { maxItems: 5000 },
      ),
    ),
    faqGroups: Type.Optional(
      Type.Array(
        Type.Object({
          name: Type.String({ minLength: 1, maxLength: 64 }),
          description: Type.Optional(Type.String({ maxLength: 512 })),
          language: languageField,
          on: Type.Optional(Type.Boolean()),
          faqs: Type.Array(
            Type.Object({
              question: text,
              answer: text,
              simQuestions: Type.Optional(Type.Array(text, { maxItems: 100 })),
              simAnswers: Type.Optional(Type.Array(text, { maxItems: 100 })),
              keywords: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 64, pattern: '^[^|]*$' }), { maxItems: 20 })),
            }),
            { maxItems: 20000 },
          ),
        }),
        { maxItems: 1000 },
      ),
    ),
    authToken: Type.Optional(authTokenField),
  }),
  bodyLimitBytes: 32 * 1024 * 1024,
  response: Type.Object({ faqGroupIds: Type.Array(Type.Integer()) }),
  errors: ['900001', '900002', '10000002'],
  async handler({ body, auth, services }) {
    const tenant = oiapTenant(auth, body.tenantId);
    const { groupIds } = await services.tenantLocks.run(`oiap-faq:${tenant.vdnId}`, () => importNluCorpus(services.repos, tenant.vdnId, body, services.clock.now()));
    services.chatbot.nlu.invalidate(tenant.vdnId);
    return { faqGroupIds: groupIds };
  },
});
