import { Type } from '@sinclair/typebox';
import { resultCodeEnvelope } from '../../http/envelope/index.ts';
import { deleteAgentAccount } from '../../services/agent-accounts/index.ts';
import { defineEndpoint } from '../define-endpoint.ts';
import { tenantOf, unwrap } from './agent-errors.ts';
import { userAccountSchema } from './agent-schemas.ts';

/** CEC §5.1.2 (ref L2844–2921): deletes an agent account, whatever the agent's state. */
export const deleteAgentAccountEndpoint = defineEndpoint({
  section: '5.1.2',
  name: 'agentAccount/delete',
  summary: 'Deleting a specified agent account',
  method: 'POST',
  path: '/apiaccess/rest/cc-management/v1/agentAccount/delete',
  auth: 'C1',
  envelope: resultCodeEnvelope,
  body: Type.Object({ userAccount: userAccountSchema('Agent account: 6 to 50 characters, no blank characters') }),
  response: Type.Object({}),
  errors: ['1'],
  async handler({ body, auth, services }) {
    unwrap(await deleteAgentAccount(services, tenantOf(auth, resultCodeEnvelope), body.userAccount));
    return { resultMessage: 'delete AgentAccount success' };
  },
});
