import { Type } from '@sinclair/typebox';
import { returnCodeEnvelope } from '../../http/envelope/index.ts';
import { findAgentBySignInAccount } from '../../services/agent-accounts/index.ts';
import { defineEndpoint } from '../define-endpoint.ts';
import { gatewayStatus } from '../../domain/agent/index.ts';
import { statusView } from '../agent-gateway/agent-status-view.ts';
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
  async handler({ body, auth, services }) {
    const outcome = await findAgentBySignInAccount(services, tenantOf(auth, returnCodeEnvelope), body.accountCode);
    if (!outcome.ok) throw rejectionError(outcome.rejection, { data: { workNo: '' } });
    const agent = outcome.value;
    // CEC §5.1.12 Table 5-40 (ref L3890): "Agent status. The default value is 0." A signed-in agent
    // reports its live CC-Gateway status (Table 6-452, decision 0108); others keep the default.
    const engine = await services.cti.registry.ifRunning(agent.vdnId);
    const live = engine?.agents.get(agent.workNo);
    const agentStatus = live ? String(gatewayStatus(statusView(live))) : '0';
    return { data: { workNo: agent.workNo, agentType: agent.agentType, agentStatus }, description: 'query success' };
  },
});
