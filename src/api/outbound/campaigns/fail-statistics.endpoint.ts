import { Type } from '@sinclair/typebox';
import { isalesEnvelope } from '../../../http/envelope/index.ts';
import { failStatistics as failuresPerDay } from '../../../services/outbound/results/result-query.ts';
import { intField } from '../../../domain/outbound/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { isalesTenant, isalesVdnParams } from '../isales-request.ts';
import { looseObject, orFail } from './campaign-request.ts';

/** CEC §7.1.14 (ref L24580): failed attempts per day and failure code, from the campaign's real results. */
export const failStatistics = defineEndpoint({
  section: '7.1.14',
  name: 'failcategorystatistics',
  summary: 'Collecting outbound call exception statistics',
  method: 'GET',
  path: '/rest/isales/v1/openapi/campaigns/{vdnId}/failcategorystatistics',
  auth: 'C2',
  envelope: isalesEnvelope,
  params: isalesVdnParams,
  query: looseObject({ campaignId: 'campaign id', startDate: 'yyyy-MM-dd', endDate: 'yyyy-MM-dd' }),
  response: Type.Object({ data: Type.Array(Type.Object({ statDate: Type.String(), failData: Type.Record(Type.String(), Type.Integer()) })) }),
  errors: ['0200001', '02000001', '02000006', '02000007', '02000009', '0200007'],
  async handler({ params, auth, query, services }) {
    const vdnId = isalesTenant(auth, params.vdnId);
    const q = query as Record<string, unknown>;
    const campaignId = orFail(intField(q, 'campaignId', { min: 1, max: 2_147_483_647, required: true }))!;
    const text = (key: string) => (typeof q[key] === 'string' && q[key] !== '' ? (q[key] as string) : undefined);
    const data = orFail(await failuresPerDay(services.outbound.deps, vdnId, campaignId, text('startDate'), text('endDate')));
    return { resultDesc: 'query success', data };
  },
});
