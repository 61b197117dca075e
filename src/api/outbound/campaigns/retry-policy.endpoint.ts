import { Type } from '@sinclair/typebox';
import { isalesEnvelope } from '../../../http/envelope/index.ts';
import { getRetryPolicy as readRetryPolicy, setRetryPolicy as writeRetryPolicy } from '../../../services/outbound/campaigns/campaign-policies.ts';
import { intField } from '../../../domain/outbound/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { isalesTenant } from '../isales-request.ts';
import { campaignDeps, campaignParams, looseObject, orFail } from './campaign-request.ts';

/** CEC §7.1.10 (ref L23985): the four combinations of policyType and policyJson.type (examples ref L24104–24135). */
export const setRetryPolicy = defineEndpoint({
  section: '7.1.10',
  name: 'setRetryPolicy',
  summary: 'Setting the retry policy of an outbound campaign',
  method: 'POST',
  path: '/rest/isales/v1/openapi/campaigns/{vdnId}/retryPolicy/{campaignId}',
  auth: 'C2',
  envelope: isalesEnvelope,
  params: campaignParams,
  body: looseObject({ policyType: '0 global, 1 number type matching', policyJson: 'JSON string (Table 7-117)', noRetryPolicy: 'List<String>' }),
  // The reference prints the missing-campaign code as "0200-01" (ref L24081): it is 0200007 (note 04 §6.1).
  errors: ['0200001', '02000001', '02000006', '02000007', '02000009', '0200007'],
  async handler({ params, auth, body, services }) {
    const vdnId = isalesTenant(auth, params.vdnId);
    const record = body as Record<string, unknown>;
    const policyType = orFail(intField(record, 'policyType', { min: 0, max: 1, required: true }))!;
    orFail(await writeRetryPolicy(campaignDeps(services), vdnId, params.campaignId, { policyType, policyJson: record.policyJson, noRetryPolicy: record.noRetryPolicy }));
  },
});

/** CEC §7.1.11 (ref L24149): `data` with the policy's JSON strings (example ref L24276). */
export const getRetryPolicy = defineEndpoint({
  section: '7.1.11',
  name: 'queryRetryPolicy',
  summary: 'Querying the retry policy of an outbound campaign',
  method: 'GET',
  path: '/rest/isales/v1/openapi/campaigns/{vdnId}/retryPolicy/{campaignId}',
  auth: 'C2',
  envelope: isalesEnvelope,
  params: campaignParams,
  response: Type.Object({ data: Type.Object({ retryPolicyId: Type.String(), policyType: Type.Integer(), policyJson: Type.String() }, { additionalProperties: true }) }),
  errors: ['0200001', '0200007'],
  async handler({ params, auth, services }) {
    const vdnId = isalesTenant(auth, params.vdnId);
    return { data: orFail(await readRetryPolicy(services.outbound.deps, vdnId, params.campaignId)) };
  },
});
