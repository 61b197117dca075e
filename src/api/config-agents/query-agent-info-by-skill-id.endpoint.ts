import { Type } from '@sinclair/typebox';
import { resultCodeEnvelope } from '../../http/envelope/index.ts';
import { listAgentsOfSkill } from '../../services/agent-accounts/index.ts';
import { defineEndpoint } from '../define-endpoint.ts';
import { tenantOf, unwrap } from './agent-errors.ts';
import { pageNumSchema } from './agent-schemas.ts';
import { agentOfSkillItem } from './agent-views.ts';

/**
 * CEC §5.1.7 (ref L3343–3443): a page of the agents configured on a skill queue and their count.
 * The success reply has no message (example ref L3424–3442: `{data, count, resultCode}`).
 */
export const queryAgentInfoBySkillIdEndpoint = defineEndpoint({
  section: '5.1.7',
  name: 'queryAgentInfoBySkillId',
  summary: 'Querying agent information by skill queue ID',
  method: 'POST',
  path: '/apiaccess/rest/cc-management/v1/agentAccount/queryAgentInfoBySkillId',
  auth: 'C1',
  envelope: resultCodeEnvelope,
  body: Type.Object({
    skillId: Type.Integer({ minimum: 1, description: 'Skill queue ID' }),
    pageSize: Type.Integer({ minimum: 1, description: 'Page size, at most 100' }),
    pageNum: pageNumSchema,
  }),
  response: Type.Object({
    data: Type.Array(
      Type.Object({
        workNo: Type.Integer(),
        accountCode: Type.String(),
        agentType: Type.Integer(),
        agentWeight: Type.Integer(),
        accountName: Type.String(),
        sipAccount: Type.String(),
        skillWeight: Type.Integer(),
        userAccount: Type.String(),
      }),
    ),
    count: Type.Integer(),
  }),
  errors: ['1'],
  async handler({ body, auth, services }) {
    const { agents, count } = unwrap(await listAgentsOfSkill(services, tenantOf(auth, resultCodeEnvelope), body));
    return { data: agents.map(agentOfSkillItem), count };
  },
});
