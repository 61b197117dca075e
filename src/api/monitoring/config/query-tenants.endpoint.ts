import { Type } from '@sinclair/typebox';
import { cmsEnvelope } from '../../../http/envelope/index.ts';
import { tenantItem } from '../../../services/cms-config/config-views.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { ccIdSchema, cmsFailure, cmsKeyAliases } from '../cms-request.ts';
import { configErrors, tenantItemFields } from './config-schemas.ts';

/**
 * CEC §12.3.3.6 (ref L61837–L61929): the tenants the calling private AK/SK may access, which in
 * OpenCEC is the one tenant the key belongs to. The global key gets 0101003 from the guard.
 */
export const queryTenants = defineEndpoint({
  section: '12.3.3.6',
  name: 'tenant/querytenants',
  summary: 'Querying information about all tenants accessible to an access user',
  method: 'POST',
  path: '/rest/cmsapp/v1/openapi/tenant/querytenants',
  auth: 'C2-private',
  envelope: cmsEnvelope,
  keyAliases: cmsKeyAliases,
  body: Type.Optional(Type.Object({ ccId: Type.Optional(ccIdSchema) })),
  response: Type.Object({ resultDesc: Type.Array(Type.Object(tenantItemFields)) }),
  errors: configErrors,
  async handler({ body, auth, services }) {
    if (body?.ccId !== undefined && body.ccId !== services.settings.callCenterId) throw cmsFailure('invalidParameter', 'ccId does not exist');
    const vdn = auth.vdnId === null ? undefined : await services.repos.vdns.find(auth.vdnId);
    if (!vdn) throw cmsFailure('insufficientPermission');
    return { resultDesc: [await tenantItem(services.repos, services.settings.callCenterId, vdn)] };
  },
});
