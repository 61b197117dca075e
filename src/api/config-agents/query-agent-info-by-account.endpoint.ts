import { Type } from '@sinclair/typebox';
import { returnCodeEnvelope } from '../../http/envelope/index.ts';
import { findAgentBySignInAccount } from '../../services/agent-accounts/index.ts';
import { defineEndpoint } from '../define-endpoint.ts';
import { rejectionError, tenantOf } from './agent-errors.ts';

/**
 * CEC §5.1.12 (ref L3845–3959): maps a sign-in account to the agent's work number and type. The
 * bearer token is optional here; the body's `username`/`password` authenticate instead (the
 * C1-or-credentials guard). "When data fails to be returned, an empty string is returned for the
 * workNo parameter" (ref L3887), so a failure carries `data: {workNo: ""}`.
 */
export const queryAgentInfoByAccountEndpoint = defineEndpoint({
  section: '5.1.12',
  name: 'queryAgentInfoByAccount',
  summary: 'Querying agent information by sign-in account',
  method: 'POST',
  path: '/apiaccess/rest/CC-Management/v1/queryAgentInfoByAccount',
  auth: 'C1-or-credentials',
  envelope: returnCodeEnvelope,
  body: Type.Object({
    accountCode: Type.String({ minLength: 1, maxLength: 64, description: 'Sign-in account' }),
    password: Type.Optional(Type.String({ maxLength: 64, description: 'Password of the authentication user' })),
    username: Type.Optional(Type.String({ maxLength: 64, description: 'Authentication user name' })),
  }),
  response: Type.Object({ data: Type.Object({ workNo: Type.Integer(), agentType: Type.Integer(), agentStatus: Type.String() }) }),
  errors: ['1'],
  gaps: 'agentStatus is the documented default "0" until the CTI engine reports live agent states.',
  async handler({ body, auth, services }) {
    const outcome = await findAgentBySignInAccount(services, tenantOf(auth, returnCodeEnvelope), body.accountCode);
    if (!outcome.ok) throw rejectionError(outcome.rejection, { data: { workNo: '' } });
    const agent = outcome.value;
    // CEC §5.1.12 Table 5-40 (ref L3890): "Agent status. The default value is 0."
    return { data: { workNo: agent.workNo, agentType: agent.agentType, agentStatus: '0' }, description: 'query success' };
  },
});
