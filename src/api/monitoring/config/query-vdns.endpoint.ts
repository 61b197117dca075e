import { Type } from '@sinclair/typebox';
import { cmsCompatEnvelope } from '../../../http/envelope/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { ccIdSchema, cmsFailure, cmsKeyAliases } from '../cms-request.ts';
import { configErrors } from './config-schemas.ts';

/**
 * CEC §12.3.3.1 (ref L61293–L61418): every VDN of the call center, for the global AK/SK only
 * (a tenant key gets 0101003 from the guard, decision 0801).
 */
export const queryVdns = defineEndpoint({
  section: '12.3.3.1',
  name: 'configures/vdns',
  summary: 'Querying information about all VDNs in a specified call center',
  method: 'POST',
  path: '/rest/cmsapp/v1/openapi/configures/vdns',
  auth: 'C2-global',
  envelope: cmsCompatEnvelope,
  keyAliases: cmsKeyAliases,
  body: Type.Object({ ccId: ccIdSchema }),
  response: Type.Object({ resultDesc: Type.Array(Type.Object({ vdn: Type.Integer(), vdnName: Type.String() })) }),
  errors: configErrors,
  async handler({ body, services }) {
    if (body.ccId !== services.settings.callCenterId) throw cmsFailure('invalidParameter', 'ccId does not exist');
    const vdns = await services.repos.vdns.list();
    return { resultDesc: vdns.map((v) => ({ vdn: v.vdnId, vdnName: v.name })) };
  },
});
