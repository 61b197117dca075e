import { Type } from '@sinclair/typebox';
import { agentsSignedInTo } from '../../../engine/index.ts';
import { cmsCompatEnvelope } from '../../../http/envelope/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { cmsKeyAliases } from '../cms-request.ts';
import { cmsEngine, distinctIds, skillIdsSchema, vdnBody } from '../realtime-request.ts';

/** CEC §12.3.1.2.1 (ref L55579–L55696): the agents signed in to each skill queue, ascending. */
export const agentsInSkill = defineEndpoint({
  section: '12.3.1.2.1',
  name: 'realindex/agent/agentsinskill',
  summary: 'Querying signed-in agents in skill queues in batches',
  method: 'POST',
  path: '/rest/cmsapp/v1/openapi/realindex/agent/agentsinskill',
  auth: 'C2-any',
  envelope: cmsCompatEnvelope,
  keyAliases: cmsKeyAliases,
  body: vdnBody({ skillIds: skillIdsSchema }),
  response: Type.Object({ resultDesc: Type.Array(Type.Object({ skillId: Type.Integer(), agentIds: Type.Array(Type.Integer()) })) }),
  errors: ['0100002', '0101003'],
  async handler({ body, auth, services }) {
    const engine = await cmsEngine(services, auth, body);
    return { resultDesc: distinctIds(body.skillIds).map((skillId) => ({ skillId, agentIds: agentsSignedInTo(engine, skillId).map((a) => a.workNo) })) };
  },
});
