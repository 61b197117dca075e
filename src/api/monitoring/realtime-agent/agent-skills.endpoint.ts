import { Type } from '@sinclair/typebox';
import { cmsCompatEnvelope } from '../../../http/envelope/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { cmsKeyAliases } from '../cms-request.ts';
import { agentIdsSchema, cmsEngine, vdnBody } from '../realtime-request.ts';
import { agentsAsked } from './agent-request.ts';

/** CEC §12.3.1.3.1 (ref L57264–L57405): each agent's configured skills and whether it is signed in to each. */
export const agentSkills = defineEndpoint({
  section: '12.3.1.3.1',
  name: 'agentgroup/siteagentcallandskillinfobyagentids',
  summary: 'Querying skill queues to which agents sign in in batches',
  method: 'POST',
  path: '/rest/cmsapp/v1/openapi/agentgroup/siteagentcallandskillinfobyagentids',
  auth: 'C2-any',
  envelope: cmsCompatEnvelope,
  keyAliases: cmsKeyAliases,
  body: vdnBody({ agentIds: agentIdsSchema(6000) }),
  response: Type.Object({ resultDesc: Type.Array(Type.Object({ skills: Type.Array(Type.Object({ skillId: Type.Integer(), isLogin: Type.Integer({ description: '1 signed in, 0 not' }) })), agentId: Type.Integer() })) }),
  errors: ['0100002', '0101003'],
  async handler({ body, auth, services }) {
    const engine = await cmsEngine(services, auth, body);
    return {
      resultDesc: agentsAsked(engine, body.agentIds).map((view) => ({
        skills: [...view.config.skills].sort((a, b) => a.skillId - b.skillId).map(({ skillId }) => ({ skillId, isLogin: view.runtime?.signedInSkills.has(skillId) ? 1 : 0 })),
        agentId: view.workNo,
      })),
    };
  },
});
