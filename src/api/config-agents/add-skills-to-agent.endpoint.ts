import { Type } from '@sinclair/typebox';
import { resultCodeEnvelope } from '../../http/envelope/index.ts';
import { bindAgentsToSkill } from '../../services/agent-accounts/index.ts';
import { defineEndpoint } from '../define-endpoint.ts';
import { tenantOf, unwrap } from './agent-errors.ts';
import { userAccountsSchema, weightSchema } from './agent-schemas.ts';

/** CEC §5.1.5 (ref L3183–3266): binds agents to a skill queue with the given weights. */
export const addSkillsToAgentEndpoint = defineEndpoint({
  section: '5.1.5',
  name: 'addSkillsToAgent',
  summary: 'Binding an agent to a skill queue',
  method: 'POST',
  path: '/apiaccess/rest/cc-management/v1/agentAccount/addSkillsToAgent',
  auth: 'C1',
  envelope: resultCodeEnvelope,
  body: Type.Object({
    userAccounts: userAccountsSchema('Agent accounts to bind, each at most 50 characters'),
    skillId: Type.Integer({ minimum: 1, description: 'Skill queue ID' }),
    agentWeight: weightSchema('Agent weight; larger is higher priority; at least 1'),
    skillWeight: weightSchema('Skill queue weight; at least 1'),
  }),
  response: Type.Object({}),
  errors: ['1'],
  async handler({ body, auth, services }) {
    unwrap(await bindAgentsToSkill(services, tenantOf(auth, resultCodeEnvelope), body));
    return { resultMessage: 'success' };
  },
});
