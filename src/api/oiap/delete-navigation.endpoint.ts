import { Type } from '@sinclair/typebox';
import { defineEndpoint } from '../define-endpoint.ts';
import { oiapEmptyEnvelope } from './oiap-envelopes.ts';
import { authTokenField, oiapTenant, tenantIdField } from './oiap-tenant.ts';

/**
 * CEC §10.3.4 (ref L32662–32723): deletes the tenant's bindings named by id (and by code). Ids of
 * other tenants or of nothing are ignored, as a delete of what is absent (decision 1002).
 */
export const deleteNavigation = defineEndpoint({
  section: '10.3.4',
  name: 'deletenavigationinfo',
  summary: 'Delete access-code bindings',
  method: 'POST',
  path: '/oifde/rest/api/deletenavigationinfo',
  auth: 'C3',
  envelope: oiapEmptyEnvelope,
  body: Type.Object({
    tenantId: tenantIdField,
    accessIdList: Type.Array(Type.String({ maxLength: 32 }), { minItems: 1, maxItems: 1000 }),
    accessCodeList: Type.Optional(Type.Array(Type.String({ maxLength: 20 }), { maxItems: 1000 })),
    authToken: Type.Optional(authTokenField),
  }),
  errors: ['900001', '900002', '10000002'],
  async handler({ body, auth, services }) {
    const tenant = oiapTenant(auth, body.tenantId);
    await services.repos.oiapConfig.deleteNavigations(tenant.vdnId, body.accessIdList, body.accessCodeList ?? []);
  },
});
