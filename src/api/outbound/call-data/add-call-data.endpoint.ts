import { Type } from '@sinclair/typebox';
import { isalesEnvelope } from '../../../http/envelope/index.ts';
import { addCallData } from '../../../services/outbound/call-data/call-data-service.ts';
import type { CampaignApiVersion } from '../../../domain/outbound/index.ts';
import type { ApiServices } from '../../services.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { isalesTenant } from '../isales-request.ts';
import { campaignDeps, campaignParams, looseList, looseObject, orFail } from '../campaigns/campaign-request.ts';

const record = {
  sessionId: 'String ≤32',
  caller: 'String ≤24',
  customField: 'String ≤200 (the batch id of 7.4.7)',
  recycleTime: 'yyyy-MM-dd HH:mm:ss',
  callData: 'String ≤1024',
};
const v1Body = looseObject({ callDataList: looseList(looseObject({ ...record, called: 'String ≤24 [0-9*#]' }), 'records (≤20)') });
const v2Body = looseObject({ callDataList: looseList(looseObject({ ...record, called: looseList(looseObject({ calledNo: 'String ≤24', delayTime: '0–86400 s', type: 'number type ≤20' }), 'numbers in calling order') }), 'records (≤20)') });

export function callDataDeps(services: ApiServices) {
  const o = services.outbound;
  return { ...campaignDeps(services), lastAddAtMs: o.lastAddAtMs, numberBlocked: o.numberBlocked };
}

function add(version: CampaignApiVersion) {
  return defineEndpoint({
    section: version === 'v1' ? '7.4.1' : '7.4.2',
    name: version === 'v1' ? 'addCallData' : 'addCallDataV2',
    summary: `Adding outbound numbers${version === 'v2' ? ' (V2)' : ''}`,
    method: 'POST',
    path: `/rest/isales/${version}/openapi/campaigns/{vdnId}/calldata/{campaignId}`,
    auth: 'C2',
    envelope: isalesEnvelope,
    params: campaignParams,
    body: version === 'v1' ? v1Body : v2Body,
    response: Type.Object({ returnObject: Type.Object({ totalSize: Type.Integer() }) }),
    errors: ['0200001', '02000001', '02000002', '02000003', '02000006', '02000007', '0200029', '0200018', '0200030', '0200007', '0200019', '0200024', '0200022', '0200020', '0200006'],
    async handler({ params, auth, body, services }) {
      const vdnId = isalesTenant(auth, params.vdnId);
      return { returnObject: orFail(await addCallData(callDataDeps(services), vdnId, params.campaignId, version, body as Record<string, unknown>)) };
    },
  });
}

/** CEC §7.4.1 (ref L26221): up to 20 records of one called number each. */
export const addCallDataV1 = add('v1');
/** CEC §7.4.2 (ref L26386): records with several typed numbers and delays. */
export const addCallDataV2 = add('v2');
