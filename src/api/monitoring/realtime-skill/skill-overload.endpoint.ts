import { Type } from '@sinclair/typebox';
import { cmsCompatEnvelope } from '../../../http/envelope/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { cmsKeyAliases } from '../cms-request.ts';
import { cmsEngine, distinctIds, skillIdsSchema, vdnBody } from '../realtime-request.ts';

/**
 * CEC §12.3.1.2.8 (ref L56569–L56692): per skill, the calls its agents answered from other queues
 * (`queueId`: the call's main queue) while those calls waited in several queues at once (an IVR
 * route with `alsoSkillIds`, decision 0853), in the current 5-minute window (decision 0808).
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
  async handler({ body, auth, services }) {
    const engine = await cmsEngine(services, auth, body);
    const now = engine.now();
    return { resultDesc: distinctIds(body.skillIds).map((skillId) => ({ skillId, overloadDetails: services.cti.multiQueue.read(engine.vdnId, skillId, now) })) };
  },
});
