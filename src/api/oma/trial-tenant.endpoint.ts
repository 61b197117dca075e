import { Type } from '@sinclair/typebox';
import { omaEnvelope } from '../../http/envelope/index.ts';
import { defineEndpoint } from '../define-endpoint.ts';
import { maskedContact } from './mall-customer.ts';

/**
 * CEC §15.1.4 trialtenant/querytenantinfo: the trial of the token's tenant (Table 15-12): when it
 * was created and ends, and its masked applicant (decision 1504). A tenant that is not on trial
 * has no trial information: 404.
 */
export const queryTrialTenantInfo = defineEndpoint({
  section: '15.1.4',
  name: 'trialtenant/querytenantinfo',
  summary: 'Querying basic trial tenant information by the business software mall',
  method: 'GET',
  path: '/rest/oma/softwareconsole/trialtenant/querytenantinfo',
  auth: 'mall',
  envelope: omaEnvelope,
  response: Type.Object({
    createDate: Type.Number(),
    expiryDate: Type.Number(),
    company: Type.String(),
    customerName: Type.String(),
    email: Type.String(),
    mobilePhone: Type.String(),
    tenantSpaceStatus: Type.String(),
    portalUrl: Type.String(),
  }),
  errors: ['401', '404'],
  async handler({ auth, services }) {
    const row = await services.repos.mall.findTenant(auth.vdnId!);
    if (!row || row.trial !== 1 || row.expiryAtMs === null) throw omaEnvelope.generic('notFound', 'the tenant is not a trial tenant');
    return {
      createDate: row.createdAtMs,
      expiryDate: row.expiryAtMs,
      ...maskedContact(row),
      tenantSpaceStatus: row.tenantSpaceStatus,
      portalUrl: services.settings.mall.portalUrl,
    };
  },
});
