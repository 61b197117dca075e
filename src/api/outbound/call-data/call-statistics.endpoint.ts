import { Type } from '@sinclair/typebox';
import { isalesEnvelope, type Envelope } from '../../../http/envelope/index.ts';
import { CecError } from '../../../http/cec-error.ts';
import { callStatistics as statisticsOf } from '../../../services/outbound/call-data/call-data-statistics.ts';
import { intField, textField } from '../../../domain/outbound/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { isalesTenant, isalesVdnParams } from '../isales-request.ts';
import { looseObject, orFail } from '../campaigns/campaign-request.ts';

/** CEC §7.4.7 (ref L27064): the reply is `{"countDetail":[...]}` without the code pairs; failures keep the iSales pairs. */
const statisticsEnvelope: Envelope = { ...isalesEnvelope, name: 'isalesStatistics', success: ({ resultDesc: _ignored, ...payload }) => payload, successSchema: (payload) => payload };

/** CEC §7.4.7 (ref L27021): today's and total counters per campaign and per batch; 429 within five minutes. */
export const callStatistics = defineEndpoint({
  section: '7.4.7',
  name: 'statistics',
  summary: 'Collecting outbound call statistics on the current day',
  method: 'GET',
  path: '/rest/isales/v2/openapi/campaigns/{vdnId}/statistics',
  auth: 'C2',
  envelope: statisticsEnvelope,
  params: isalesVdnParams,
  query: looseObject({ campaignId: 'campaign id (all campaigns when absent)', batchId: 'customField of the records (needs campaignId)' }),
  response: Type.Object({ countDetail: Type.Array(Type.Object({ campaignId: Type.String() }, { additionalProperties: true })) }),
  errors: ['0200001', '02000006', '02000007', '02000009', '0200007', '429'],
  async handler({ params, auth, query, services }) {
    const vdnId = isalesTenant(auth, params.vdnId);
    const q = query as Record<string, unknown>;
    const campaignId = orFail(intField(q, 'campaignId', { min: 1, max: 2_147_483_647 }));
    const batchId = orFail(textField(q, 'batchId', { max: 200 }));
    const o = services.outbound;
    const result = await statisticsOf({ ...o.deps, lastStatisticsAtMs: o.lastStatisticsAtMs }, vdnId, campaignId, batchId);
    // CEC §7.4.7 (ref L27135): "the system reports the status code 429".
    if (result === 'flowControl') throw new CecError('429', 'Do not perform this operation frequently. Please try again later.', { httpStatus: 429 });
    return orFail(result);
  },
});
