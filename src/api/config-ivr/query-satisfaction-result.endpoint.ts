import { Type } from '@sinclair/typebox';
import { CecError } from '../../http/cec-error.ts';
import { returnCodeEnvelope } from '../../http/envelope/index.ts';
import { findSatisfactionEvaluation } from '../../services/satisfaction/index.ts';
import { defineEndpoint } from '../define-endpoint.ts';
import { tenantOf } from './tenant-of.ts';
import { satisfactionQueryFailureCode } from './voice-errors.ts';
import { longInteger } from '../../http/integer-bounds.ts';

/**
 * CEC §5.4.3 (ref L6417–6512): the satisfaction evaluation of one call within a time window. All
 * three fields are mandatory (Table 5-116); failures answer returnCode "-1" with the cause
 * (Table 5-117, ref L6459); success keeps the documented description " query Success", leading
 * space included (ref L6510).
 */
export const querySatisfactionResult = defineEndpoint({
  section: '5.4.3',
  name: 'satisfaction/query',
  summary: 'Query the satisfaction survey result of a call',
  method: 'POST',
  path: '/apiaccess/rest/cc-management/v1/satisfaction/query',
  auth: 'C1',
  envelope: returnCodeEnvelope,
  invalidParameterCode: satisfactionQueryFailureCode,
  body: Type.Object({
    callId: Type.String({ minLength: 1, maxLength: 128, description: 'call ID' }),
    beginTime: longInteger({ minimum: 0, description: 'evaluation window start, epoch ms' }),
    endTime: longInteger({ minimum: 0, description: 'evaluation window end, epoch ms' }),
  }),
  response: Type.Object({
    satisfactionEvaluations: Type.Object(
      {
        channel: Type.Optional(Type.String({ description: 'audio, MSG or WEB' })),
        evaluationValue: Type.Optional(Type.String({ description: '1–5 (very dissatisfied … very satisfied), -1 no reply, -2 invalid reply' })),
        evaluationTime: Type.Optional(Type.Integer({ description: 'epoch ms' })),
      },
      { description: 'empty when the call has no evaluation in the window' },
    ),
  }),
  errors: [satisfactionQueryFailureCode],
  async handler({ body, auth, services }) {
    const vdnId = tenantOf(auth, returnCodeEnvelope);
    if (body.beginTime > body.endTime) throw new CecError(satisfactionQueryFailureCode, 'beginTime must not be later than endTime');
    const evaluation = await findSatisfactionEvaluation(services.repos, vdnId, body.callId.trim(), body.beginTime, body.endTime);
    return { satisfactionEvaluations: evaluation, description: ' query Success' };
  },
});
