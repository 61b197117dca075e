import { Type } from '@sinclair/typebox';
import { gatewayEnvelope } from '../../../http/envelope/index.ts';
import { currentCallLeg, isChatOf } from '../../../engine/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { signedInEngine } from '../agent-context.ts';
import { flowControlled } from '../flow-control.ts';
import { queryFailure } from '../gateway-errors.ts';
import { AgentIdParams } from '../gateway-schemas.ts';
import { isTrue } from './call-data-schemas.ts';
import { gatewayCallId } from '../call-id-param.ts';

/**
 * CEC §6.1.3.2 appdata (ref L12343–12429): the call-associated data of the agent's current call,
 * or of the call named by `callId` (mandatory for multimedia, where an agent has several), Base64
 * encoded when `isEncodeResult=true` (any other value means false). An agent without that call
 * gets 100-007, the interface's documented failure (decision 0602).
 */
export const queryCallAppData = flowControlled(defineEndpoint({
  section: '6.1.3.2',
  name: 'queryCallAppData',
  summary: 'Querying call-associated data',
  method: 'GET',
  path: '/agentgateway/resource/calldata/{agentid}/appdata?isEncodeResult={isEncodeResult}&callId={callId}',
  auth: 'C4',
  envelope: gatewayEnvelope,
  params: AgentIdParams,
  query: Type.Object({
    isEncodeResult: Type.Optional(Type.String({ description: 'true: Base64-encode the data' })),
    callId: Type.Optional(Type.String({ maxLength: 64 })),
  }),
  response: Type.Object({ result: Type.String({ description: 'The call-associated data' }) }),
  errors: ['000-002', '100-006', '100-007'],
  handler({ query, request }) {
    const { engine, agent } = signedInEngine(request);
    const callId = gatewayCallId(engine, agent.workNo, query.callId?.trim()) || currentCallLeg(agent)?.callId;
    // A chat the agent holds is a multimedia session of the agent's, named by its callid (ref L12343 Table).
    const call = callId && (agent.legs.has(callId) || isChatOf(engine, agent.workNo, callId)) ? engine.calls.get(callId) : undefined;
    if (!call) throw queryFailure('100-007', callId ? `the agent has no call ${callId}` : 'the agent has no call');
    const data = call.callData;
    return { message: '', result: isTrue(query.isEncodeResult) ? Buffer.from(data, 'utf8').toString('base64') : data };
  },
}));
