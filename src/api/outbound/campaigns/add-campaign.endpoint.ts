import { isalesEnvelope } from '../../../http/envelope/index.ts';
import { createCampaign } from '../../../services/outbound/campaigns/campaign-service.ts';
import type { CampaignApiVersion } from '../../../domain/outbound/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { isalesTenant, isalesVdnParams } from '../isales-request.ts';
import { campaignDeps, orFail } from './campaign-request.ts';
import { campaignIdPayload, campaignV1Body, campaignV2Body } from './campaign-schemas.ts';

const generic = ['0200001', '02000001', '02000002', '02000003', '02000006', '02000007', '02000009'];
// Note 04 §5.2: checks in this order, then the begin time, the name, the skill and the limits.
const errors = [...generic, '0200002', '0200005', '0200017', '0200003', '0200004'];

function addCampaign(version: CampaignApiVersion) {
  return defineEndpoint({
    section: version === 'v1' ? '7.1.1' : '7.1.2',
    name: version === 'v1' ? 'addCampaign' : 'addCampaignV2',
    summary: `Adding an outbound campaign (${version.toUpperCase()})`,
    method: 'POST',
    path: `/rest/isales/${version}/openapi/campaigns/{vdnId}`,
    auth: 'C2',
    envelope: isalesEnvelope,
    params: isalesVdnParams,
    body: version === 'v1' ? campaignV1Body : campaignV2Body,
    response: campaignIdPayload,
    errors,
    async handler({ params, auth, body, services }) {
      const vdnId = isalesTenant(auth, params.vdnId);
      const { id } = orFail(await createCampaign(campaignDeps(services), vdnId, version, body as Record<string, unknown>));
      return { returnObject: { id } };
    },
  });
}

/** CEC §7.1.1 (ref L21836): a campaign with one calling number; its retry policy comes with 7.1.10. */
export const addCampaignV1 = addCampaign('v1');
/** CEC §7.1.2 (ref L22119): a campaign with calling numbers, priority, retry and call policies. */
export const addCampaignV2 = addCampaign('v2');
