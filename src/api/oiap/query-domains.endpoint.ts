import { Type } from '@sinclair/typebox';
import { defineEndpoint } from '../define-endpoint.ts';
import { oiapCodeEnvelope } from './oiap-envelopes.ts';
import { authTokenField, languageField, oiapTenant, tenantIdField } from './oiap-tenant.ts';

/** CEC §10.2 (ref L32334–32411): the tenant's activated domains, all languages when none is named. */
export const queryDomains = defineEndpoint({
  section: '10.2',
  name: 'querydomaininfo',
  summary: 'Activated NLU domains of the tenant',
  method: 'POST',
  path: '/oifde/rest/api/querydomaininfo',
  auth: 'C3',
  envelope: oiapCodeEnvelope,
  body: Type.Object({ tenantId: tenantIdField, language: Type.Optional(Type.Union([languageField, Type.Literal('')])), authToken: Type.Optional(authTokenField) }),
  response: Type.Object({ domains: Type.Array(Type.Object({ tenantId: Type.String(), domainId: Type.Integer(), domainName: Type.String(), language: Type.String() })) }),
  errors: ['900001', '900002', '10000002'],
  async handler({ body, auth, services }) {
    const tenant = oiapTenant(auth, body.tenantId);
    const rows = await services.repos.oiapConfig.domains(tenant.vdnId, body.language || undefined);
    return { domains: rows.filter((d) => d.active === 1).map((d) => ({ tenantId: tenant.tenantId, domainId: d.domainId, domainName: d.domainName, language: d.language })) };
  },
});
