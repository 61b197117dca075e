import { Type } from '@sinclair/typebox';
import { isalesEnvelope } from '../../../http/envelope/index.ts';
import { campaignDetailOf } from '../../../services/outbound/campaigns/campaign-service.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { isalesTenant } from '../isales-request.ts';
import { campaignParams, orFail } from './campaign-request.ts';

/** CEC §7.1.6 (ref L23302): the campaign with its parameters and policies (example ref L23575). */
export const getCampaign = defineEndpoint({
  section: '7.1.6',
  name: 'queryCampaign',
  summary: 'Querying details about an outbound campaign',
  method: 'GET',
  path: '/rest/isales/v1/openapi/campaigns/{vdnId}/{campaignId}',
  auth: 'C2',
  envelope: isalesEnvelope,
  params: campaignParams,
  response: Type.Object({ returnObject: Type.Object({ id: Type.Integer(), name: Type.String(), status: Type.Integer() }, { additionalProperties: true }) }),
  errors: ['0200001', '0200007', '0200006'],
  async handler({ params, auth, services }) {
    const vdnId = isalesTenant(auth, params.vdnId);
    return { returnObject: orFail(await campaignDetailOf(services.outbound.deps, vdnId, params.campaignId)) };
  },
});
