import { Type } from '@sinclair/typebox';
import { cmsCompatEnvelope } from '../../../http/envelope/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { cmsKeyAliases } from '../cms-request.ts';
import { cmsEngine, distinctIds, skillIdsSchema, vdnBody } from '../realtime-request.ts';
import { skillStatus, SkillStatusSchema } from './skill-views.ts';

/**
 * CEC §12.3.1.2.2 (ref L55698–L55840): per skill queue, the queued calls, the longest wait and its
 * call, the signed-in and available agents and the queue's capacity.
 */
export const totalSkillStatus = defineEndpoint({
  section: '12.3.1.2.2',
  name: 'skill/totalskillstatusex3',
  summary: 'Querying extended information about skill queues in batches',
  method: 'POST',
  path: '/rest/cmsapp/v1/openapi/skill/totalskillstatusex3',
  auth: 'C2-any',
  envelope: cmsCompatEnvelope,
  keyAliases: cmsKeyAliases,
  body: vdnBody({ skillIds: skillIdsSchema }),
  response: Type.Object({ resultDesc: Type.Array(SkillStatusSchema) }),
  errors: ['0100002', '0101003'],
  async handler({ body, auth, services }) {
    const engine = await cmsEngine(services, auth, body);
    return { resultDesc: distinctIds(body.skillIds).map((skillId) => skillStatus(engine, skillId)) };
  },
});
