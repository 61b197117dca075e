import { Type } from '@sinclair/typebox';
import { isalesEnvelope } from '../../../http/envelope/index.ts';
import { queryResults as resultsOf, resultDetail } from '../../../services/outbound/results/result-query.ts';
import { FieldReader } from '../../../domain/outbound/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { isalesTenant, isalesVdnIdSchema } from '../isales-request.ts';
import { campaignParams, looseObject, orFail } from '../campaigns/campaign-request.ts';

/** CEC §7.5.1 (ref L27495): paged final (showDetail 0) or per-attempt (1) results, windows of at most 30 days. */
export const queryCallResults = defineEndpoint({
  section: '7.5.1',
  name: 'queryCallResults',
  summary: 'Querying outbound call results',
  method: 'POST',
  path: '/rest/isales/v1/openapi/campaigns/{vdnId}/callresult/{campaignId}',
  auth: 'C2',
  envelope: isalesEnvelope,
  params: campaignParams,
  body: looseObject({ sessionId: 'String ≤32', customField: 'String', pageSize: '≤500 (showDetail 0) / ≤100 (1)', pageNum: 'Integer', showDetail: '0 final, 1 every attempt', beginTime: 'YYYY-MM-DD', endTime: 'YYYY-MM-DD' }),
  response: Type.Object({ totalCount: Type.Integer(), data: Type.Array(Type.Object({ campaignId: Type.String(), callStatus: Type.Integer() }, { additionalProperties: true })) }),
  errors: ['0200001', '02000003', '02000006', '02000007', '0200007', '0200008', '0200009', '0200010', '0200011'],
  async handler({ params, auth, body, services }) {
    const vdnId = isalesTenant(auth, params.vdnId);
    const r = new FieldReader((body ?? {}) as Record<string, unknown>);
    const sessionId = r.text('sessionId', { max: 32 });
    const customField = r.text('customField', { max: 200 });
    const pageSize = r.int('pageSize', { min: 1, max: 500 });
    const pageNum = r.int('pageNum', { min: 1, max: 1_000_000 });
    const showDetail = r.int('showDetail', { min: 0, max: 1 });
    const beginTime = r.text('beginTime', { max: 10 });
    const endTime = r.text('endTime', { max: 10 });
    if (r.rejection) orFail(r.rejection);
    const page = orFail(await resultsOf(services.outbound.deps, vdnId, params.campaignId, { sessionId, customField, pageSize, pageNum, showDetail, beginTime, endTime }));
    return { resultDesc: 'Query Success!', ...page };
  },
});

/** CEC §7.5.2 (ref L27682): one attempt by its call id, with ringing, answer and release times. */
export const getCallResultDetail = defineEndpoint({
  section: '7.5.2',
  name: 'queryCallResultDetail',
  summary: 'Querying details about a single outbound call result',
  method: 'GET',
  path: '/rest/isales/v1/openapi/campaigns/{vdnId}/callresultdetail/{callId}',
  auth: 'C2',
  envelope: isalesEnvelope,
  params: Type.Object({ vdnId: isalesVdnIdSchema, callId: Type.String({ minLength: 1, maxLength: 64 }) }),
  response: Type.Object({ data: Type.Object({ callId: Type.String(), callStatus: Type.Integer() }, { additionalProperties: true }) }),
  errors: ['0200001', '0200007'],
  async handler({ params, auth, services }) {
    const vdnId = isalesTenant(auth, params.vdnId);
    return { data: orFail(await resultDetail(services.outbound.deps, vdnId, params.callId)) };
  },
});
