import { Type } from '@sinclair/typebox';
import { defineEndpoint } from '../define-endpoint.ts';
import { flowView, importFlow } from '../../services/chatbot/flows.ts';
import { oiapCodeEnvelope } from './oiap-envelopes.ts';
import { authTokenField, oiapTenant } from './oiap-tenant.ts';

/**
 * OpenCEC extension (docs/extensions.md "OIAP flows"): stores a flow program as a new version of
 * its flow code, released (VALID) unless `release` is false (decision 1003).
 */
export const importFlowEndpoint = defineEndpoint({
  section: 'ext.oiap.flow',
  name: 'importFlow',
  summary: 'Import a chatbot / intelligent IVR flow',
  method: 'POST',
  path: '/opencec/v1/oiap/flows',
  auth: 'C3',
  envelope: oiapCodeEnvelope,
  body: Type.Object({
    tenantId: Type.Optional(Type.String({ maxLength: 64 })),
    flowCode: Type.Optional(Type.String({ minLength: 1, maxLength: 128, pattern: '^[A-Za-z0-9_.-]+$' })),
    flowName: Type.String({ minLength: 1, maxLength: 128 }),
    flowDesc: Type.Optional(Type.String({ maxLength: 512 })),
    scenarioType: Type.Optional(Type.Union([Type.Literal('default'), Type.Literal('subFlow'), Type.Literal('SYS_ERROR_DEFAULT')])),
    source: Type.Optional(Type.Union([Type.Literal('IVR'), Type.Literal('OIFDE')])),
    workMode: Type.Optional(Type.Integer({ minimum: 0, maximum: 2 })),
    release: Type.Optional(Type.Boolean()),
    definition: Type.Object({}, { additionalProperties: true }),
    authToken: Type.Optional(authTokenField),
  }),
  bodyLimitBytes: 4 * 1024 * 1024,
  response: Type.Object({ flow: Type.Object({}) }),
  errors: ['900001', '900002', '10000002', '20000002'],
  async handler({ body, auth, services }) {
    const tenant = oiapTenant(auth, body.tenantId);
    const { tenantId: _t, authToken: _a, ...input } = body;
    const row = await services.tenantLocks.run(`oiap-flow:${tenant.vdnId}`, () => importFlow({ repos: services.repos, now: () => services.clock.now(), nextId: () => services.ids.next() }, tenant.vdnId, input));
    return { flow: flowView(row, tenant.tenantId) };
  },
});
