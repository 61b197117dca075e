import { Type } from '@sinclair/typebox';
import { defineEndpoint } from '../define-endpoint.ts';
import { oiapCodeEnvelope } from './oiap-envelopes.ts';
import { authTokenField, languageField, oiapTenant, page, pageSizeField, tenantIdField } from './oiap-tenant.ts';

/**
 * CEC §10.10 (ref L36446–36565): the tenant's intents of a language, of one domain when
 * `domainInfo` names it; the default intents (unknown, sensitive words) are not listed (ref L36491).
 */
export const queryIntentions = defineEndpoint({
  section: '10.10',
  name: 'intentions/query',
  summary: 'Query intentions',
  method: 'POST',
  path: '/oifde/rest/api/intentions/query',
  auth: 'C3',
  envelope: oiapCodeEnvelope,
  body: Type.Object({
    tenantId: tenantIdField,
    language: languageField,
    pageNum: Type.Integer({ minimum: 1 }),
    pageSize: pageSizeField,
    domainInfo: Type.Optional(Type.Object({ domainId: Type.Integer(), domainName: Type.Optional(Type.String()), language: Type.Optional(Type.String()), tenantId: Type.Optional(Type.String()) })),
    authToken: Type.Optional(authTokenField),
  }),
  response: Type.Object({ intentions: Type.Array(Type.Object({ intentCmd: Type.String(), intentName: Type.String(), intentDesc: Type.String() })), total: Type.Integer() }),
  errors: ['900001', '900002', '10000002'],
  async handler({ body, auth, services }) {
    const tenant = oiapTenant(auth, body.tenantId);
    const rows = await services.repos.oiapConfig.intents(tenant.vdnId, { language: body.language, domainId: body.domainInfo?.domainId });
    return { intentions: page(rows, body.pageNum, body.pageSize).map((i) => ({ intentCmd: i.intentCmd, intentName: i.intentName, intentDesc: i.intentDesc })), total: rows.length };
  },
});
