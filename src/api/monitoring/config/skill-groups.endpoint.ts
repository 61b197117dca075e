import { Type } from '@sinclair/typebox';
import { cmsEnvelope } from '../../../http/envelope/index.ts';
import { skillGroups } from '../../../services/cms-config/config-views.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { ccIdSchema, cmsTenant, vdnIdSchema } from '../cms-request.ts';
import { configErrors } from './config-schemas.ts';

/**
 * CEC §12.3.3.5 (ref L61742–L61836): the skill groups of a VDN with their skill and agent powers.
 * The groups the tenant file names (`settings.skillGroups`, decision 0852), or, when it names
 * none, the distinct sets of the agents' skill bindings (decision 0820).
 */
export const querySkillGroups = defineEndpoint({
  section: '12.3.3.5',
  name: 'skillgroups',
  summary: 'Querying skill groups in a specified VDN',
  method: 'GET',
  path: '/rest/cmsapp/v1/openapi/skillgroups/{ccld}/{vdnId}',
  auth: 'C2-any',
  envelope: cmsEnvelope,
  params: Type.Object({ ccld: ccIdSchema, vdnId: vdnIdSchema }),
  response: Type.Object({
    resultDesc: Type.Array(
      Type.Object({
        id: Type.Integer(),
        skills: Type.Array(Type.Object({ skillId: Type.Integer(), skillPower: Type.Integer(), agentPower: Type.Integer() })),
        groupName: Type.String(),
      }),
    ),
  }),
  errors: configErrors,
  async handler({ params, auth, services }) {
    const vdnId = await cmsTenant(services, auth, { ccId: params.ccld, vdn: params.vdnId });
    return { resultDesc: await skillGroups(services.repos, vdnId) };
  },
});
