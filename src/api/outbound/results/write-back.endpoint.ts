import { Type } from '@sinclair/typebox';
import { isalesEnvelope } from '../../../http/envelope/index.ts';
import { writeBackBusinessResult } from '../../../services/outbound/results/business-write-back.ts';
import { FieldReader } from '../../../domain/outbound/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { isalesTenant, isalesVdnIdSchema } from '../isales-request.ts';
import { campaignDeps, looseObject, orFail } from '../campaigns/campaign-request.ts';

/** CEC §7.7.1 (ref L28241): the business result of a connected record; busiPolicy may dial it again. */
export const writeBackBusiResult = defineEndpoint({
  section: '7.7.1',
  name: 'callBusiResult',
  summary: 'Writing back business results',
  method: 'POST',
  path: '/rest/isales/v1/openapi/campaigns/{vdnId}/callBusiResult/{dataId}',
  auth: 'C2',
  envelope: isalesEnvelope,
  params: Type.Object({ vdnId: isalesVdnIdSchema, dataId: Type.String({ pattern: '^[0-9]{1,32}$' }) }),
  // The table prints "busiResult Desc" (ref L28292): the space is a misprint.
  body: looseObject({ busiResult: 'String ≤50', subStatus: 'String ≤50', busiResultDesc: 'String', workNo: 'agent for the retry' }),
  keyAliases: { busiResultDesc: ['busiResult Desc'] },
  errors: ['0200001', '02000001', '02000003', '0200033', '0200034', '0200999'],
  async handler({ params, auth, body, services }) {
    const vdnId = isalesTenant(auth, params.vdnId);
    const r = new FieldReader((body ?? {}) as Record<string, unknown>);
    const busiResult = r.text('busiResult', { max: 50, required: true });
    const subStatus = r.text('subStatus', { max: 50 });
    const busiResultDesc = r.text('busiResultDesc', { max: 1024 });
    const workNo = r.text('workNo', { max: 20, pattern: /^\d+$/ });
    if (r.rejection) orFail(r.rejection);
    orFail(await writeBackBusinessResult(campaignDeps(services), vdnId, params.dataId, { busiResult: busiResult!, subStatus, busiResultDesc, workNo }, services.outbound.businessResultCheck));
    return { resultDesc: 'The business result is written back successfully.' };
  },
});
