import { Type } from '@sinclair/typebox';
import { bareEnvelope } from '../../http/envelope/index.ts';
import { listSoftphoneAgents } from '../../services/agent-accounts/index.ts';
import { defineEndpoint } from '../define-endpoint.ts';
import { tenantOf } from './agent-errors.ts';
import { softphoneWithAccountItem } from './agent-views.ts';

/**
 * CEC §5.1.10 (ref L3630–3731): the softphone registrar and every agent of the tenant with its
 * SIP credentials and, when it has one, its bound business account (`accountCode`). A bare object;
 * the port is a number as in the example (ref L3706–3722).
 */
export const queryAgentInfoEndpoint = defineEndpoint({
  section: '5.1.10',
  name: 'queryAgentInfo',
  summary: 'Querying softphone information of all agents, including business accounts',
  method: 'GET',
  path: '/apiaccess/CC-Management/v1/queryAgentInfo',
  auth: 'C1',
  envelope: bareEnvelope,
  response: Type.Object({
    sipServiceIp: Type.String({ description: 'Softphone registration address' }),
    sipServicePort: Type.Integer({ description: 'Softphone registration port' }),
    agents: Type.Array(
      Type.Object({ workNo: Type.Integer(), accountCode: Type.Optional(Type.String()), sipAccount: Type.String(), sipPwd: Type.String() }),
    ),
  }),
  async handler({ auth, services }) {
    const agents = await listSoftphoneAgents(services, tenantOf(auth, bareEnvelope));
    return { sipServiceIp: services.settings.sipHost, sipServicePort: services.settings.sipPort, agents: agents.map(softphoneWithAccountItem) };
  },
});
