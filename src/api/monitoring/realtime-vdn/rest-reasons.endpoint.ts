import { Type } from '@sinclair/typebox';
import { cmsCompatEnvelope } from '../../../http/envelope/index.ts';
import { tenantRestReasons } from '../../../services/monitoring/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { ccIdSchema, cmsTenant, vdnIdSchema } from '../cms-request.ts';
import { vdnErrors } from './vdn-request.ts';

const Item = Type.Object({ restReasonId: Type.Integer(), restReason: Type.String() });

/**
 * CEC §12.3.1.1.10 agentgroup/restreasons (ref L54701–L54790): the VDN's rest reason codes, a GET
 * with the call center and the VDN in the path (spelled `{cclid}` as the reference prints it).
 * The reasons are tenant settings (decision 0802).
 */
export const restReasons = defineEndpoint({
  section: '12.3.1.1.10',
  name: 'agentgroup/restreasons',
  summary: 'Querying all rest reason codes in a specific VDN',
  method: 'GET',
  path: '/rest/cmsapp/v1/openapi/agentgroup/restreasons/{cclid}/{vdn}',
  auth: 'C2-any',
  envelope: cmsCompatEnvelope,
  params: Type.Object({ cclid: ccIdSchema, vdn: vdnIdSchema }),
  response: Type.Object({ resultDesc: Type.Array(Item) }),
  errors: vdnErrors,
  async handler({ params, auth, services }) {
    const vdnId = await cmsTenant(services, auth, { ccId: params.cclid, vdn: params.vdn });
    return { resultDesc: await tenantRestReasons(services.repos, vdnId) };
  },
});
