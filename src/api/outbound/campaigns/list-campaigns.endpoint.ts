import { Type } from '@sinclair/typebox';
import { isalesEnvelope } from '../../../http/envelope/index.ts';
import { listCampaigns as pageOfCampaigns } from '../../../services/outbound/campaigns/campaign-service.ts';
import { FieldReader, parseIsalesDateTime, reject } from '../../../domain/outbound/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { isalesTenant, isalesVdnParams } from '../isales-request.ts';
import { looseObject, orFail } from './campaign-request.ts';

/** Table 7-104 (ref L23653–23663): status and deviceType are mandatory, 0 meaning all. */
function listFilter(query: Record<string, unknown>) {
  const r = new FieldReader(query);
  const name = r.text('name', { max: 30 });
  const status = r.int('status', { min: 0, max: 4, required: true });
  const deviceType = r.int('deviceType', { min: 0, max: 6, required: true });
  const beginTime = r.text('beginTime', { max: 20 });
  const endTime = r.text('endTime', { max: 20 });
  const cclId = r.int('cclId', { min: 0, max: 2_147_483_647 });
  // curPage below 1 reads as 1; rowsPerPage defaults to 10, at most 100 (ref L23661–23662).
  const curPage = Math.max(1, Number.parseInt(String(query.curPage ?? '1'), 10) || 1);
  const rows = r.int('rowsPerPage', { min: 1, max: 100 }) ?? 10;
  if (r.rejection) return r.rejection;
  if (status === 1 || deviceType === 4) return reject('invalidValue', 'status must be 0, 2, 3 or 4 and deviceType 0, 1, 2, 3, 5 or 6');
  const fromMs = beginTime ? parseIsalesDateTime(beginTime) : undefined;
  const toMs = endTime ? parseIsalesDateTime(endTime) : undefined;
  if ((beginTime && fromMs === undefined) || (endTime && toMs === undefined)) return reject('invalidValue', 'beginTime and endTime must be in yyyy-MM-dd HH:mm:ss format');
  const filter = {
    ...(name ? { name } : {}),
    // Status 2 lists the campaigns that run or wait for their begin time (decision 0701).
    ...(status ? { statuses: status === 2 ? [1, 2] : [status] } : {}),
    ...(deviceType ? { deviceTypes: [deviceType] } : {}),
    ...(fromMs !== undefined ? { fromMs } : {}),
    ...(toMs !== undefined ? { toMs } : {}),
    ...(cclId !== undefined ? { cclId } : {}),
  };
  return { filter, curPage, rows };
}

/** CEC §7.1.7 (ref L23628): a page of the tenant's campaigns with the per-class counts (example ref L23746). */
export const listCampaigns = defineEndpoint({
  section: '7.1.7',
  name: 'queryCampaigns',
  summary: 'Querying all outbound campaigns',
  method: 'GET',
  path: '/rest/isales/v1/openapi/campaigns/{vdnId}',
  auth: 'C2',
  envelope: isalesEnvelope,
  params: isalesVdnParams,
  query: looseObject({ name: 'String ≤30', status: '0 all, 2, 3, 4', deviceType: '0 all, 1, 2, 3, 5, 6', beginTime: 'yyyy-MM-dd HH:mm:ss', endTime: 'yyyy-MM-dd HH:mm:ss', curPage: 'Integer', rowsPerPage: '1–100', cclId: 'Integer' }),
  response: Type.Object({ curPage: Type.Integer(), totalSize: Type.Integer(), rowsPerPage: Type.Integer(), data: Type.Array(Type.Object({}, { additionalProperties: true })), curSkillQueueCount: Type.Integer(), curlvrCount: Type.Integer() }),
  errors: ['0200001', '02000001', '02000003', '02000006', '02000007', '0200006'],
  async handler({ params, auth, query, services }) {
    const vdnId = isalesTenant(auth, params.vdnId);
    const { filter, curPage, rows } = orFail(listFilter(query as Record<string, unknown>));
    return pageOfCampaigns(services.outbound.deps, vdnId, filter, curPage, rows);
  },
});
