import { Type } from '@sinclair/typebox';
import { gatewayEnvelope } from '../../../http/envelope/index.ts';
import { gatewayStatus } from '../../../domain/agent/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { flowControlled } from '../flow-control.ts';
import { signedInEngine } from '../agent-context.ts';
import { AgentIdParams } from '../gateway-schemas.ts';
import { statusView } from '../agent-status-view.ts';

/** CEC §6.1.1.21 agentstatus: `{agentState (Table 6-452), isWorking}`; isWorking while talking. */
export const agentStatus = flowControlled(defineEndpoint({
  section: '6.1.1.21',
  name: 'getAgentStatus',
  summary: "Querying an agent's status",
  method: 'GET',
  path: '/agentgateway/resource/onlineagent/{agentid}/agentstatus',
  auth: 'C4',
  envelope: gatewayEnvelope,
  params: AgentIdParams,
  response: Type.Object({ result: Type.Object({ agentState: Type.Integer(), isWorking: Type.Boolean() }) }),
  errors: ['000-002', '100-006'],
  handler({ request }) {
    const { agent } = signedInEngine(request);
    const view = statusView(agent);
    return { message: '', result: { agentState: gatewayStatus(view), isWorking: view.activity === 'talking' || view.activity === 'held' } };
  },
}));
