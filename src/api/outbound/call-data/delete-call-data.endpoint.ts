import { Type } from '@sinclair/typebox';
import { isalesEnvelope } from '../../../http/envelope/index.ts';
import { deleteCallData as removeCallData } from '../../../services/outbound/call-data/call-data-service.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { isalesTenant } from '../isales-request.ts';
import { campaignDeps, campaignParams, looseObject, orFail } from '../campaigns/campaign-request.ts';

/** CEC §7.4.3 (ref L26558): records matching every given filter; returns successCount. */
export const deleteCallData = defineEndpoint({
  section: '7.4.3',
  name: 'deleteCallData',
  summary: 'Deleting an outbound number',
  method: 'POST',
  path: '/rest/isales/v1/openapi/campaigns/{vdnId}/calldata/{campaignId}/delete',
  auth: 'C2',
  envelope: isalesEnvelope,
  params: campaignParams,
  body: looseObject({ sessionId: 'String ≤32', called: 'String ≤24', customField: 'String ≤200', recycleTime: 'yyyy-MM-dd HH:mm:ss', recycleType: '1 that day or earlier, 2 that day, 3 that time', archiveHistory: '0 or 1' }),
  response: Type.Object({ successCount: Type.Integer() }),
  errors: ['0200001', '02000001', '02000007', '0200030', '0200007', '0200028', '0200006'],
  async handler({ params, auth, body, services }) {
    const vdnId = isalesTenant(auth, params.vdnId);
    return orFail(await removeCallData(campaignDeps(services), vdnId, params.campaignId, (body ?? {}) as Record<string, unknown>));
  },
});
