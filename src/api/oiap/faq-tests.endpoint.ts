import { Type } from '@sinclair/typebox';
import { defineEndpoint } from '../define-endpoint.ts';
import { requireGroup } from '../../services/chatbot/faq-config.ts';
import type { FaqMatch } from '../../services/chatbot/local-nlu.ts';
import { oiapPayloadEnvelope } from './oiap-envelopes.ts';
import { authTokenField, languageField, oiapTenant, tenantIdField } from './oiap-tenant.ts';
import { faqTestResponse } from './faq-fields.ts';

const sentence = Type.String({ minLength: 1, maxLength: 1024 });

/** FaqAnswer (Table 10-70): `prob` is the raw BM25 relevance, ≥0 and unbounded (ref L36338). */
function faqAnswer(m: FaqMatch) {
  return { faqGroupId: m.groupId, faqGroupName: m.groupName, faqId: m.faqId, question: m.question, answers: m.answers, prob: m.score };
}

/** The best match is the answer, the next ones the similar FAQs; no match is `answer: null` (decision 1004). */
function testReply(matches: FaqMatch[]) {
  const [best, ...rest] = matches;
  return { answer: best ? faqAnswer(best) : null, similarFaqs: rest.map(faqAnswer) };
}

/** CEC §10.9.10 (ref L36297–36369): matches a sentence against one group, activated or not. */
export const testOneFaqGroup = defineEndpoint({
  section: '10.9.10',
  name: 'faq/testOneGroup',
  summary: 'Match a sentence against one FAQ group',
  method: 'POST',
  path: '/oifde/rest/api/faq/testOneGroup',
  auth: 'C3',
  envelope: oiapPayloadEnvelope,
  body: Type.Object({ tenantId: tenantIdField, faqGroupId: Type.Integer(), user: Type.String({ maxLength: 64 }), sentence, authToken: Type.Optional(authTokenField) }),
  response: faqTestResponse,
  errors: ['900001', '900002', '10000002', '10000003'],
  async handler({ body, auth, services }) {
    const tenant = oiapTenant(auth, body.tenantId);
    await requireGroup(services.repos, tenant.vdnId, body.faqGroupId);
    return testReply(await services.chatbot.nlu.matchFaq(tenant.vdnId, body.sentence, [body.faqGroupId]));
  },
});

/** CEC §10.9.11 (ref L36371–36444): matches a sentence against every activated group of a language. */
export const testEnabledFaqGroups = defineEndpoint({
  section: '10.9.11',
  name: 'faq/testEnabledGroups',
  summary: 'Match a sentence against the activated FAQ groups',
  method: 'POST',
  path: '/oifde/rest/api/faq/testEnabledGroups',
  auth: 'C3',
  envelope: oiapPayloadEnvelope,
  body: Type.Object({ tenantId: tenantIdField, user: Type.String({ maxLength: 64 }), sentence, language: languageField, authToken: Type.Optional(authTokenField) }),
  response: faqTestResponse,
  errors: ['900001', '900002', '10000002'],
  async handler({ body, auth, services }) {
    const tenant = oiapTenant(auth, body.tenantId);
    const groups = await services.chatbot.nlu.enabledGroups(tenant.vdnId, body.language);
    return testReply(await services.chatbot.nlu.matchFaq(tenant.vdnId, body.sentence, groups));
  },
});
