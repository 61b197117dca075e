import { Type } from '@sinclair/typebox';
import { defineEndpoint } from '../define-endpoint.ts';
import { updateBinding } from '../../services/chatbot/bindings.ts';
import { oiapEmptyEnvelope } from './oiap-envelopes.ts';
import { authTokenField, oiapTenant, tenantIdField } from './oiap-tenant.ts';
import { accessCodeField, dialogTypeField, sourceField } from './navigation-fields.ts';

/** CEC §10.3.3 (ref L32591–32660): changes the binding `accessId`; success has no body. */
export const updateNavigation = defineEndpoint({
  section: '10.3.3',
  name: 'updatenavigationinfo',
  summary: 'Modify an access-code binding',
  method: 'POST',
  path: '/oifde/rest/api/updatenavigationinfo',
  auth: 'C3',
  envelope: oiapEmptyEnvelope,
  body: Type.Object({
    tenantId: tenantIdField,
    accessId: Type.String({ minLength: 1, maxLength: 32 }),
    accessCode: Type.Optional(accessCodeField),
    domainId: Type.Optional(Type.Integer()),
    dialogType: dialogTypeField,
    flowCode: Type.Optional(Type.String({ maxLength: 128 })),
    description: Type.String({ maxLength: 50 }),
    source: Type.Optional(sourceField),
    authToken: Type.Optional(authTokenField),
  }),
  errors: ['900001', '900002', '10000002', '10000003', '10000004'],
  async handler({ body, auth, services }) {
    const tenant = oiapTenant(auth, body.tenantId);
    const { tenantId: _t, authToken: _a, accessId, ...input } = body;
    await services.tenantLocks.run(`oiap-binding:${tenant.vdnId}`, () => updateBinding(services.repos, tenant.vdnId, accessId, input));
  },
});
