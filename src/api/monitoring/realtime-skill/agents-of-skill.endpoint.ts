import { Type } from '@sinclair/typebox';
import { cmsAgentStatus } from '../../../domain/monitoring/index.ts';
import { agentCtiState, agentsSignedInTo, stateSinceMs } from '../../../engine/index.ts';
import { cmsEnvelope } from '../../../http/envelope/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { cmsKeyAliases } from '../cms-request.ts';
import { cmsEngine, secondsSince, skillIdSchema, vdnBody } from '../realtime-request.ts';

/** OpenCEC has no agent groups (12.3.1.1.6 reports -1, "currently always -1"). */
const noGroup = -1;
/** Media type of the agents' calls: voice (Table 12-695 MEDIA_TYPE_PHONE). */
const voice = 5;

/**
 * CEC §12.3.1.2.10 (ref L56831–L56947): the agents signed in to one skill queue, ascending, with
 * their CMS status (Table 12-443), CTI status, phone, time in state and sign-in time.
 */
export const agentsOfConfiguredSkill = defineEndpoint({
  section: '12.3.1.2.10',
  name: 'skill/agentbyconfigedskill',
  summary: 'Querying details about signed-in agents in a skill queue',
  method: 'POST',
  path: '/rest/cmsapp/v1/openapi/skill/agentbyconfigedskill',
  auth: 'C2-any',
  envelope: cmsEnvelope,
  keyAliases: cmsKeyAliases,
  body: vdnBody({ skillId: skillIdSchema }),
  response: Type.Object({
    resultDesc: Type.Array(
      Type.Object({
        workNo: Type.Integer(),
        name: Type.String(),
        status: Type.Integer({ description: 'CMS status, Table 12-443' }),
        ctiStatus: Type.Integer({ description: 'CTI status, §12.3.8.3' }),
        groupId: Type.Integer(),
        mediaType: Type.Integer(),
        vdnId: Type.Integer(),
        phoneNumber: Type.String(),
        currentStateTime: Type.Integer({ description: 'Seconds' }),
        loginDate: Type.Integer({ description: 'Epoch ms' }),
      }),
    ),
  }),
  errors: ['0100002', '0101003'],
  async handler({ body, auth, services }) {
    const engine = await cmsEngine(services, auth, body);
    const now = engine.now();
    return {
      resultDesc: agentsSignedInTo(engine, body.skillId).map((agent) => {
        const cti = agentCtiState(agent);
        return {
          workNo: agent.workNo,
          name: agent.config.userName,
          status: cmsAgentStatus(cti),
          ctiStatus: cti,
          groupId: noGroup,
          mediaType: voice,
          vdnId: engine.vdnId,
          phoneNumber: agent.options.phonenum,
          currentStateTime: secondsSince(stateSinceMs(agent), now),
          loginDate: agent.loginTimeMs,
        };
      }),
    };
  },
});
