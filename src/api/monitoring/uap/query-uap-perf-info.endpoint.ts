import { Type } from '@sinclair/typebox';
import { cmsEnvelope } from '../../../http/envelope/index.ts';
import { uapPerfRecord } from '../../../services/system-indicators/uap-perf-record.ts';
import { uapOffices } from '../../../telephony/sim/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { clusterIndicators } from '../../../services/system-indicators/node-indicators.ts';
import { ccIdSchema, cmsFailure, cmsKeyAliases } from '../cms-request.ts';
import { checkCcId } from '../system/system-request.ts';
import { uapErrors, uapId, uapKey } from './uap-request.ts';

/**
 * CEC §12.3.6.1 (ref L63121–L63337): the trunk measurements of the latest complete 5-minute
 * period, one record per office (Table 12-652), global AK/SK only. `ofcNo` null or empty means
 * every office; an office the UAP does not have is 0101002 (decision 0840). Before the first
 * period has closed the UAP has no record yet: its list is empty.
 */
export const queryUapPerfInfo = defineEndpoint({
  section: '12.3.6.1',
  name: 'uap/queryUapPerfInfo',
  summary: 'Querying UAP performance information',
  method: 'POST',
  path: '/rest/cmsapp/v1/openapi/uap/queryUapPerfInfo',
  auth: 'C2-global',
  envelope: cmsEnvelope,
  keyAliases: cmsKeyAliases,
  body: Type.Object({
    ofcNo: Type.Optional(Type.Union([Type.Null(), Type.Array(Type.Integer({ minimum: 0, maximum: 65535 }), { maxItems: 1000 })])),
    ccId: Type.Optional(ccIdSchema),
  }),
  response: Type.Object({ resultDesc: Type.Record(Type.String(), Type.Array(Type.Record(Type.String(), Type.String()))) }),
  errors: uapErrors,
  async handler({ body, services }) {
    checkCcId(services, body.ccId);
    const wanted = body.ofcNo?.length ? new Set(body.ofcNo) : undefined;
    if (wanted && [...wanted].some((n) => !uapOffices.some((o) => o.ofcNo === n))) throw cmsFailure('numberNotOnUap', 'The inbound office number does not exist on the UAP.');
    // Every node measures the calls of the VDNs it owns: the offices' counts add up (decision 1732).
    const { view } = await clusterIndicators(services);
    const records = view
      .latestOffices()
      .filter((s) => !wanted || wanted.has(s.ofcNo))
      .map((s) => uapPerfRecord(s, String(uapId)));
    return { resultDesc: { [uapKey(services)]: records } };
  },
});
