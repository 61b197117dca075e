import { Type } from '@sinclair/typebox';
import { omaMallEnvelope } from '../../http/envelope/index.ts';
import { defineEndpoint } from '../define-endpoint.ts';
import { maskedContact } from './mall-customer.ts';

/**
 * CEC §15.1.1 querytenantbasic: the mall customer of the token's tenant, masked (decision 1504).
 * Table 15-2 names the status `tenantSpaces`, the example `tenantSpaceStatus`: both are sent. A
 * tenant the mall knows nothing of has "not purchased services related to the AICC" (401).
 */
export const queryTenantBasic = defineEndpoint({
  section: '15.1.1',
  name: 'querytenantbasic',
  summary: 'Querying customer information',
  method: 'GET',
  path: '/rest/oma/softwareconsole/tenant/querytenantbasic',
  auth: 'mall',
  envelope: omaMallEnvelope,
  response: Type.Object({
    mobilePhone: Type.String(),
    company: Type.String(),
    customerName: Type.String(),
    email: Type.String(),
    vdn: Type.String(),
    createDate: Type.Number(),
    tenantSpaces: Type.String(),
    tenantSpaceStatus: Type.String(),
    portalUrl: Type.String(),
  }),
  errors: ['401', '502'],
  async handler({ auth, services }) {
    const row = await services.repos.mall.findTenant(auth.vdnId!);
    if (!row) throw omaMallEnvelope.generic('unauthorized', '');
    return {
      ...maskedContact(row),
      vdn: String(row.vdnId),
      createDate: row.createdAtMs,
      tenantSpaces: row.tenantSpaceStatus,
      tenantSpaceStatus: row.tenantSpaceStatus,
      portalUrl: services.settings.mall.portalUrl,
    };
  },
});
