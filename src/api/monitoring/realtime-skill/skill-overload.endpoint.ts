import { Type } from '@sinclair/typebox';
import { cmsCompatEnvelope } from '../../../http/envelope/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { cmsKeyAliases } from '../cms-request.ts';
import { cmsEngine, distinctIds, skillIdsSchema, vdnBody } from '../realtime-request.ts';

/**
 * CEC §12.3.1.2.8 (ref L56569–L56692): per skill, the calls its agents answered from other queues
 * while those calls waited in several queues at once. OpenCEC's ACD queues a call in one skill at
 * a time (overflow moves it), so no call is ever answered "from another queue": every skill's list
 * is empty, truthfully.
 */
export const skillOverload = defineEndpoint({
  section: '12.3.1.2.8',
  name: 'skill/batchskilloverload',
  summary: 'Querying the number of calls that each queue answers from other queues in batches',
  method: 'POST',
  path: '/rest/cmsapp/v1/openapi/skill/batchskilloverload',
  auth: 'C2-any',
  envelope: cmsCompatEnvelope,
  keyAliases: cmsKeyAliases,
  body: vdnBody({ skillIds: skillIdsSchema }),
  response: Type.Object({
    resultDesc: Type.Array(Type.Object({ skillId: Type.Integer(), overloadDetails: Type.Array(Type.Object({ queueId: Type.Integer(), callNum: Type.Integer() })) })),
  }),
  errors: ['0100002', '0101003'],
  gaps: 'The engine has no multi-queue waiting, so overloadDetails is always empty',
  async handler({ body, auth, services }) {
    await cmsEngine(services, auth, body);
    return { resultDesc: distinctIds(body.skillIds).map((skillId) => ({ skillId, overloadDetails: [] })) };
  },
});
