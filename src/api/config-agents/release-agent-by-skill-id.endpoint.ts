import { Type } from '@sinclair/typebox';
import { resultCodeEnvelope } from '../../http/envelope/index.ts';
import { unbindAgentsFromSkill } from '../../services/agent-accounts/index.ts';
import { defineEndpoint } from '../define-endpoint.ts';
import { tenantOf, unwrap } from './agent-errors.ts';
import { userAccountsSchema } from './agent-schemas.ts';

/**
 * CEC §5.1.6 (ref L3268–3341): unbinds agents from a skill queue; an empty `userAccounts` unbinds
 * every agent bound to it.
 */
export const releaseAgentBySkillIdEndpoint = defineEndpoint({
  section: '5.1.6',
  name: 'releaseAgentBySkillId',
  summary: 'Unbinding an agent from a skill queue',
  method: 'POST',
  path: '/apiaccess/rest/cc-management/v1/agentAccount/releaseAgentBySkillId',
  auth: 'C1',
  envelope: resultCodeEnvelope,
  body: Type.Object({
    skillId: Type.Integer({ minimum: 1, description: 'Skill queue ID' }),
    userAccounts: userAccountsSchema('Agent accounts to unbind; an empty array unbinds all agents of the skill queue'),
  }),
  response: Type.Object({}),
  errors: ['1'],
  async handler({ body, auth, services }) {
    unwrap(await unbindAgentsFromSkill(services, tenantOf(auth, resultCodeEnvelope), body));
    return { resultMessage: 'success' };
  },
});
