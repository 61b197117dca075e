import { Type } from '@sinclair/typebox';
import { resultCodeEnvelope } from '../../http/envelope/index.ts';
import { updateAgentAccount } from '../../services/agent-accounts/index.ts';
import { defineEndpoint } from '../define-endpoint.ts';
import { tenantOf, unwrap } from './agent-errors.ts';
import { accountPasswordSchema, agentTypeSchema, ccRoleIdSchema, emailSchema, phoneSchema, skillEntrySchema, userAccountSchema } from './agent-schemas.ts';

/**
 * CEC §5.1.3 (ref L2923–3032): changes the fields sent of the agent named by userAccount; `skills`
 * replaces the agent's skill set; a password change needs the current password.
 */
export const updateAgentAccountEndpoint = defineEndpoint({
  section: '5.1.3',
  name: 'agentAccount/update',
  summary: 'Modifying information about an agent account',
  method: 'POST',
  path: '/apiaccess/rest/cc-management/v1/agentAccount/update',
  auth: 'C1',
  envelope: resultCodeEnvelope,
  body: Type.Object({
    userAccount: userAccountSchema('Agent account that selects the agent; it cannot be modified', 1),
    userName: Type.Optional(Type.String({ maxLength: 20, description: 'Agent name: at most 20 bytes, none of "[]=;<>' })),
    email: Type.Optional(emailSchema),
    phone: Type.Optional(phoneSchema),
    agentType: Type.Optional(agentTypeSchema),
    ccRoleId: Type.Optional(ccRoleIdSchema),
    skills: Type.Optional(Type.Array(skillEntrySchema, { description: 'Replaces the skill set; skillId, agentWeight and skillWeight are mandatory' })),
    oldPassWord: Type.Optional(Type.String({ maxLength: 64, description: 'Current password; mandatory to change the password' })),
    newPassWord: Type.Optional(accountPasswordSchema('New password (rules of 5.1.1); once within 24 hours')),
  }),
  response: Type.Object({}),
  errors: ['1'],
  async handler({ body, auth, services }) {
    unwrap(await updateAgentAccount(services, tenantOf(auth, resultCodeEnvelope), body));
    return { resultMessage: 'edit success' };
  },
});
