import { isalesEnvelope } from '../../../http/envelope/index.ts';
import { modifyCampaign } from '../../../services/outbound/campaigns/campaign-service.ts';
import type { CampaignApiVersion } from '../../../domain/outbound/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { isalesTenant } from '../isales-request.ts';
import { campaignDeps, campaignParams, orFail } from './campaign-request.ts';
import { campaignV1Body, campaignV2Body } from './campaign-schemas.ts';

const errors = ['0200001', '02000001', '02000002', '02000003', '02000006', '02000007', '02000009', '0200007', '0200016', '0200002', '0200005', '0200017'];

function modify(version: CampaignApiVersion) {
  return defineEndpoint({
    section: version === 'v1' ? '7.1.3' : '7.1.4',
    name: version === 'v1' ? 'modifyCampaign' : 'modifyCampaignV2',
    summary: `Modifying an outbound campaign (${version.toUpperCase()})`,
    method: 'PUT',
    path: `/rest/isales/${version}/openapi/campaigns/{vdnId}/{campaignId}`,
    auth: 'C2',
    envelope: isalesEnvelope,
    params: campaignParams,
    body: version === 'v1' ? campaignV1Body : campaignV2Body,
    errors,
    async handler({ params, auth, body, services }) {
      const vdnId = isalesTenant(auth, params.vdnId);
      orFail(await modifyCampaign(campaignDeps(services), vdnId, params.campaignId, version, body as Record<string, unknown>));
    },
  });
}

/** CEC §7.1.3 (ref L22537): the device type stays; begin and end are optional but paired. */
export const modifyCampaignV1 = modify('v1');
/** CEC §7.1.4 (ref L22818): the policies are named by retryPolicyId / callPolicyId. */
export const modifyCampaignV2 = modify('v2');
