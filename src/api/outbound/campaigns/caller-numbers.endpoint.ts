import { isalesEnvelope } from '../../../http/envelope/index.ts';
import { addCallerNos, deleteCallerNos } from '../../../services/outbound/campaigns/campaign-policies.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { isalesTenant } from '../isales-request.ts';
import { campaignDeps, campaignParams, looseList, looseObject, orFail } from './campaign-request.ts';

const errors = ['0200001', '02000001', '02000003', '02000006', '02000007', '02000009', '02000011', '0200007'];

/** CEC §7.1.15 (ref L24695): up to 100 calling numbers with priorities. */
export const addCallerNo = defineEndpoint({
  section: '7.1.15',
  name: 'addCallerNo',
  summary: 'Adding calling numbers',
  method: 'POST',
  path: '/rest/isales/v1/openapi/campaigns/{vdnId}/callerNo/{campaignId}',
  auth: 'C2',
  envelope: isalesEnvelope,
  params: campaignParams,
  body: looseObject({ callerNo: looseList(looseObject({ accessCode: 'digits ≤24', priority: '1–5' }), 'calling numbers (≤100)') }),
  errors,
  async handler({ params, auth, body, services }) {
    const vdnId = isalesTenant(auth, params.vdnId);
    orFail(await addCallerNos(campaignDeps(services), vdnId, params.campaignId, body as Record<string, unknown>));
    return { resultDesc: 'create callerNo success' };
  },
});

/** CEC §7.1.16 (ref L24816): DELETE with a JSON body; at least one calling number stays. */
export const deleteCallerNo = defineEndpoint({
  section: '7.1.16',
  name: 'deleteCallerNo',
  summary: 'Deleting calling numbers',
  method: 'DELETE',
  path: '/rest/isales/v1/openapi/campaigns/{vdnId}/callerNo/{campaignId}',
  auth: 'C2',
  envelope: isalesEnvelope,
  params: campaignParams,
  body: looseObject({ callerNo: looseList(looseObject({ accessCode: 'digits ≤24' }), 'calling numbers (≤100)') }),
  errors,
  async handler({ params, auth, body, services }) {
    const vdnId = isalesTenant(auth, params.vdnId);
    const removed = orFail(await deleteCallerNos(campaignDeps(services), vdnId, params.campaignId, (body ?? {}) as Record<string, unknown>));
    // CEC §7.1.16 example (ref L24924): "delete callerNo success.num:1".
    return { resultDesc: `delete callerNo success.num:${removed}` };
  },
});
