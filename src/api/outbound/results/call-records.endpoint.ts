import { Type } from '@sinclair/typebox';
import { isalesEnvelope } from '../../../http/envelope/index.ts';
import { dialogueOf } from '../../../services/outbound/results/result-query.ts';
import { FieldReader } from '../../../domain/outbound/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { isalesTenant, isalesVdnParams } from '../isales-request.ts';
import { looseObject, orFail } from '../campaigns/campaign-request.ts';

const response = Type.Object({ recordList: Type.Array(Type.Object({ interNo: Type.String() }, { additionalProperties: true })) });

/** CEC §7.5.3 (ref L27815): the dialogue of an automatic or intelligent IVR call (example ref L27920). */
export const queryCallRecordV1 = defineEndpoint({
  section: '7.5.3',
  name: 'callRecord',
  summary: 'Querying call records of automatic and intelligent outbound calls',
  method: 'POST',
  path: '/rest/isales/v1/openapi/campaigns/{vdnId}/callRecord',
  auth: 'C2',
  envelope: isalesEnvelope,
  params: isalesVdnParams,
  body: looseObject({ callId: 'call id of the IVR call' }),
  response,
  errors: ['0200001', '02000001'],
  async handler({ params, auth, body, services }) {
    const vdnId = isalesTenant(auth, params.vdnId);
    const r = new FieldReader((body ?? {}) as Record<string, unknown>);
    const callId = r.text('callId', { max: 64, required: true });
    if (r.rejection) orFail(r.rejection);
    return { resultDesc: 'success', recordList: await dialogueOf(services.outbound.deps, vdnId, callId!) };
  },
});

/** CEC §7.5.4 (ref L27955): the same, paged by `page` 1–1000 and `limit` 1–100. */
export const queryCallRecordV2 = defineEndpoint({
  section: '7.5.4',
  name: 'callRecordV2',
  summary: 'Querying call records of automatic and intelligent outbound calls (V2)',
  method: 'POST',
  path: '/rest/isales/v2/openapi/campaigns/{vdnId}/callRecord',
  auth: 'C2',
  envelope: isalesEnvelope,
  params: isalesVdnParams,
  body: looseObject({ callId: 'call id of the IVR call', page: '1–1000', limit: '1–100' }),
  response,
  errors: ['0200001', '02000001', '02000006', '02000007'],
  async handler({ params, auth, body, services }) {
    const vdnId = isalesTenant(auth, params.vdnId);
    const r = new FieldReader((body ?? {}) as Record<string, unknown>);
    const callId = r.text('callId', { max: 64, required: true });
    const page = r.int('page', { min: 1, max: 1000, required: true });
    const limit = r.int('limit', { min: 1, max: 100, required: true });
    if (r.rejection) orFail(r.rejection);
    return { resultDesc: 'success', recordList: await dialogueOf(services.outbound.deps, vdnId, callId!, page, limit) };
  },
});
