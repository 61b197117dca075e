import { Type } from '@sinclair/typebox';
import { defineEndpoint } from '../define-endpoint.ts';
import { oiapPayloadEnvelope } from './oiap-envelopes.ts';
import { authTokenField, invalid, oiapTenant, page, pageSizeField, tenantIdField } from './oiap-tenant.ts';
import { AccessInfo, accessCodeField, accessInfo, sourceField } from './navigation-fields.ts';

/**
 * CEC §10.3.1 (ref L32417–32510): bindings of the tenant; `source` defaults to IVR. Paging applies
 * when both page fields are sent; they are required together with `accessCode` (ref L32438).
 */
export const queryNavigation = defineEndpoint({
  section: '10.3.1',
  name: 'querynavigationinfo',
  summary: 'Query access-code bindings',
  method: 'POST',
  path: '/oifde/rest/api/querynavigationinfo',
  auth: 'C3',
  envelope: oiapPayloadEnvelope,
  body: Type.Object({
    tenantId: tenantIdField,
    accessCode: Type.Optional(accessCodeField),
    pageNum: Type.Optional(Type.Integer({ minimum: 1 })),
    pageSize: Type.Optional(pageSizeField),
    source: Type.Optional(sourceField),
    authToken: Type.Optional(authTokenField),
  }),
  response: Type.Object({ total: Type.Integer(), accessInfoList: Type.Array(AccessInfo) }),
  errors: ['900001', '900002', '10000002'],
  async handler({ body, auth, services }) {
    const tenant = oiapTenant(auth, body.tenantId);
    if (body.accessCode && (body.pageNum === undefined || body.pageSize === undefined)) throw invalid('pageNum and pageSize are mandatory with accessCode');
    const rows = await services.repos.oiapConfig.navigations(tenant.vdnId, { accessCode: body.accessCode || undefined, source: body.source || 'IVR' });
    return { total: rows.length, accessInfoList: page(rows, body.pageNum, body.pageSize).map((r) => accessInfo(r, tenant.tenantId)) };
  },
});
