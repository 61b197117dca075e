import { Type } from '@sinclair/typebox';
import { cmsEnvelope } from '../../../http/envelope/index.ts';
import { findVdnByTenantSpaceId, tenantAgents, tenantItem } from '../../../services/cms-config/config-views.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { ccIdSchema, cmsFailure, cmsKeyAliases, cmsTenant } from '../cms-request.ts';
import { configErrors, tenantItemFields } from './config-schemas.ts';

/**
 * CEC §12.3.3.4 (ref L61618–L61741): a tenant space with its access codes and agents. A tenant
 * key asking for another tenant space gets 0101003 whether or not it exists, like a foreign VDN
 * (decision 0801); the global key asking for an unknown one gets 0100002.
 */
export const queryTenantDetail = defineEndpoint({
  section: '12.3.3.4',
  name: 'tenant/querytenantdetail',
  summary: 'Querying information about all agents by tenant space ID',
  method: 'POST',
  path: '/rest/cmsapp/v1/openapi/tenant/querytenantdetail',
  auth: 'C2-any',
  envelope: cmsEnvelope,
  keyAliases: cmsKeyAliases,
  body: Type.Object({ tenantId: Type.String({ minLength: 1, maxLength: 64 }), ccId: Type.Optional(ccIdSchema) }),
  response: Type.Object({
    resultDesc: Type.Array(
      Type.Object({
        ...tenantItemFields,
        agents: Type.Array(Type.Object({ workNo: Type.Integer(), sipAccount: Type.String(), accountCode: Type.String(), agentType: Type.Integer() })),
      }),
    ),
  }),
  errors: configErrors,
  async handler({ body, auth, services }) {
    const vdn = await findVdnByTenantSpaceId(services.repos, body.tenantId);
    if (!vdn) {
      if (auth.vdnId !== null) throw cmsFailure('insufficientPermission');
      throw cmsFailure('invalidParameter', 'tenantId does not exist');
    }
    await cmsTenant(services, auth, { ...(body.ccId === undefined ? {} : { ccId: body.ccId }), vdn: vdn.vdnId });
    const item = await tenantItem(services.repos, services.settings.callCenterId, vdn);
    return { resultDesc: [{ ...item, agents: await tenantAgents(services.repos, vdn.vdnId) }] };
  },
});
