import { isalesEnvelope } from '../../../http/envelope/index.ts';
import { deleteCampaign as removeCampaign } from '../../../services/outbound/campaigns/campaign-service.ts';
import { intField } from '../../../domain/outbound/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { isalesTenant } from '../isales-request.ts';
import { campaignDeps, campaignParams, looseObject, orFail } from './campaign-request.ts';

/** CEC §7.1.5 (ref L23197): DELETE with a JSON body; a running campaign is refused (0200009). */
export const deleteCampaign = defineEndpoint({
  section: '7.1.5',
  name: 'deleteCampaign',
  summary: 'Deleting an outbound campaign',
  method: 'DELETE',
  path: '/rest/isales/v1/openapi/campaigns/{vdnId}/{campaignId}',
  auth: 'C2',
  envelope: isalesEnvelope,
  params: campaignParams,
  body: looseObject({ archiveHistory: '0 delete, 1 move to the history table' }),
  errors: ['0200001', '02000006', '02000007', '0200007', '0200009', '0200006'],
  async handler({ params, auth, body, services }) {
    const vdnId = isalesTenant(auth, params.vdnId);
    const archive = orFail(intField((body ?? {}) as Record<string, unknown>, 'archiveHistory', { min: 0, max: 1 }));
    orFail(await removeCampaign(campaignDeps(services), vdnId, params.campaignId, archive === 1));
    return { resultDesc: 'delete task success' };
  },
});
