import { Type } from '@sinclair/typebox';
import { bareEnvelope } from '../../http/envelope/index.ts';
import { listSoftphoneAgents } from '../../services/agent-accounts/index.ts';
import { defineEndpoint } from '../define-endpoint.ts';
import { tenantOf } from './agent-errors.ts';
import { softphoneItem } from './agent-views.ts';

/**
 * CEC §5.1.9 (ref L3524–3628): the agent sign-in service address, the softphone registrar, and
 * every agent of the tenant with its SIP and CTI passwords. The reply is a bare object; the ports
 * are numbers as in the example (ref L3611–3627), though the table types them as strings.
 * "Excluding business accounts" means the agents are listed without their business account
 * (5.1.10 adds it); both examples list the same agents (decision 0106).
 */
export const querySysInfoEndpoint = defineEndpoint({
  section: '5.1.9',
  name: 'querySysInfo',
  summary: 'Querying softphone information of all agents, excluding business accounts',
  method: 'GET',
  path: '/apiaccess/CC-Management/v1/querySysInfo',
  auth: 'C1',
  envelope: bareEnvelope,
  response: Type.Object({
    servicePort: Type.Integer({ description: 'Agent sign-in service port' }),
    serviceIp: Type.String({ description: 'Agent sign-in service address' }),
    sipServiceIp: Type.String({ description: 'Softphone registration address' }),
    sipServicePort: Type.Integer({ description: 'Softphone registration port' }),
    agents: Type.Array(Type.Object({ workNo: Type.Integer(), password: Type.String(), sipAccount: Type.String(), sipPwd: Type.String() })),
  }),
  async handler({ auth, services }) {
    const agents = await listSoftphoneAgents(services, tenantOf(auth, bareEnvelope));
    const { settings } = services;
    return {
      servicePort: settings.servicePort,
      serviceIp: settings.serviceHost,
      sipServiceIp: settings.sipHost,
      sipServicePort: settings.sipPort,
      agents: agents.map(softphoneItem),
    };
  },
});
