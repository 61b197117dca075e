import { isalesEnvelope } from '../../../http/envelope/index.ts';
import { controlCampaign } from '../../../services/outbound/campaigns/campaign-service.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { isalesTenant } from '../isales-request.ts';
import { campaignDeps, campaignParams, orFail } from './campaign-request.ts';

function control(command: 'pause' | 'resume') {
  return defineEndpoint({
    section: command === 'pause' ? '7.1.8' : '7.1.9',
    name: command === 'pause' ? 'pauseCampaign' : 'resumeCampaign',
    summary: command === 'pause' ? 'Suspending an outbound campaign' : 'Resuming an outbound campaign',
    method: 'PUT',
    path: `/rest/isales/v1/openapi/campaigns/{vdnId}/{campaignId}/${command}`,
    auth: 'C2',
    envelope: isalesEnvelope,
    params: campaignParams,
    errors: ['0200001', '0200007', '0200011', '0200006'],
    async handler({ params, auth, services }) {
      const vdnId = isalesTenant(auth, params.vdnId);
      orFail(await controlCampaign(campaignDeps(services), vdnId, params.campaignId, command));
    },
  });
}

/** CEC §7.1.8 (ref L23789): started → suspended; the dialer launches no new calls, calls in progress finish. */
export const pauseCampaign = control('pause');
/** CEC §7.1.9 (ref L23887): suspended → started. */
export const resumeCampaign = control('resume');
