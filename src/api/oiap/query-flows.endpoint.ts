import { Type } from '@sinclair/typebox';
import { defineEndpoint } from '../define-endpoint.ts';
import { flowView } from '../../services/chatbot/flows.ts';
import { oiapPayloadEnvelope } from './oiap-envelopes.ts';
import { authTokenField, oiapTenant, page, tenantIdField } from './oiap-tenant.ts';
import { sourceField } from './navigation-fields.ts';

/** CEC §10.4 (ref L32725–32848): the tenant's flows, every version, filtered; `source` defaults to IVR. */
export const queryFlows = defineEndpoint({
  section: '10.4',
  name: 'queryflows',
  summary: 'Query flows',
  method: 'POST',
  path: '/oifde/rest/api/queryflows',
  auth: 'C3',
  envelope: oiapPayloadEnvelope,
  body: Type.Object({
    tenantId: tenantIdField,
    flowId: Type.Optional(Type.String({ maxLength: 32 })),
    flowName: Type.Optional(Type.String({ maxLength: 128 })),
    flowCode: Type.Optional(Type.String({ maxLength: 128 })),
    source: Type.Optional(sourceField),
    pageNum: Type.Optional(Type.Integer({ minimum: 1 })),
    pageSize: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000 })),
    authToken: Type.Optional(authTokenField),
  }),
  response: Type.Object({ total: Type.Integer(), flowList: Type.Array(Type.Object({})) }),
  errors: ['900001', '900002', '10000002'],
  async handler({ body, auth, services }) {
    const tenant = oiapTenant(auth, body.tenantId);
    const rows = await services.repos.oiapConfig.flows(tenant.vdnId, { flowId: body.flowId || undefined, flowCode: body.flowCode || undefined, flowName: body.flowName || undefined, source: body.source || 'IVR' });
    return { total: rows.length, flowList: page(rows, body.pageNum, body.pageSize).map((r) => flowView(r, tenant.tenantId)) };
  },
});
