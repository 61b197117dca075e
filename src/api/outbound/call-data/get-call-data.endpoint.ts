import { Type } from '@sinclair/typebox';
import { isalesEnvelope } from '../../../http/envelope/index.ts';
import { callDataOf } from '../../../services/outbound/call-data/call-data-service.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { isalesTenant, isalesVdnIdSchema } from '../isales-request.ts';
import { orFail } from '../campaigns/campaign-request.ts';

/** CEC §7.4.6 (ref L26874): the numbers and business attributes of one record (example ref L26983). */
export const getCallData = defineEndpoint({
  section: '7.4.6',
  name: 'queryCallData',
  summary: 'Querying outbound numbers',
  method: 'GET',
  path: '/rest/isales/v1/openapi/campaigns/{vdnId}/calldata/{campaignId}/{dataId}',
  auth: 'C2',
  envelope: isalesEnvelope,
  // dataId is typed Integer but has 20 digits (note 04 §8.4 #29): a string of digits.
  params: Type.Object({ vdnId: isalesVdnIdSchema, campaignId: Type.Integer({ minimum: 1 }), dataId: Type.String({ pattern: '^[0-9]{1,32}$' }) }),
  response: Type.Object({ data: Type.Object({ dataId: Type.String(), calledNos: Type.Array(Type.Object({ calledNo: Type.String() }, { additionalProperties: true })), properties: Type.Array(Type.Unknown()) }) }),
  errors: ['0200001', '0200007'],
  async handler({ params, auth, services }) {
    const vdnId = isalesTenant(auth, params.vdnId);
    return { resultDesc: 'query data success', data: orFail(await callDataOf(services.outbound.deps, vdnId, params.campaignId, params.dataId)) };
  },
});
