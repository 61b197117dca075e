import { Type } from '@sinclair/typebox';
import { defineEndpoint } from '../define-endpoint.ts';
import { createBinding } from '../../services/chatbot/bindings.ts';
import { oiapEmptyEnvelope } from './oiap-envelopes.ts';
import { authTokenField, oiapTenant, tenantIdField } from './oiap-tenant.ts';
import { accessCodeField, dialogTypeField, sourceField } from './navigation-fields.ts';

/** CEC §10.3.2 (ref L32512–32589): binds an access code to a flow; success has no body. */
export const createNavigation = defineEndpoint({
  section: '10.3.2',
  name: 'createnavigationinfo',
  summary: 'Bind an access code to a flow',
  method: 'POST',
  path: '/oifde/rest/api/createnavigationinfo',
  auth: 'C3',
  envelope: oiapEmptyEnvelope,
  body: Type.Object({
    tenantId: tenantIdField,
    accessCode: Type.Optional(accessCodeField),
    domainId: Type.Optional(Type.Integer()),
    dialogType: dialogTypeField,
    flowCode: Type.String({ minLength: 1, maxLength: 128 }),
    description: Type.Optional(Type.String({ maxLength: 50 })),
    source: Type.Optional(sourceField),
    createFlag: Type.Optional(Type.Union([Type.Literal('0'), Type.Literal('1')])),
    chatBotName: Type.Optional(Type.String({ maxLength: 64 })),
    usingRecordService: Type.Optional(Type.Integer()),
    authToken: Type.Optional(authTokenField),
  }),
  errors: ['900001', '900002', '10000002', '10000003', '10000004'],
  async handler({ body, auth, services }) {
    const tenant = oiapTenant(auth, body.tenantId);
    const { tenantId: _t, authToken: _a, ...input } = body;
    await services.tenantLocks.run(`oiap-binding:${tenant.vdnId}`, () =>
      createBinding(
        {
          repos: services.repos,
          nextAccessId: (vdnId) => services.repos.idCounters.next(`oiap-access:${vdnId}`, 100001),
          generateAccessCode: () => services.ids.next().slice(-18),
        },
        tenant.vdnId,
        input,
      ),
    );
  },
});
