import { Type } from '@sinclair/typebox';
import { gatewayEnvelope } from '../../../http/envelope/index.ts';
import { agentEndsChat, disconnectParty, isChatOf, releaseByAgent } from '../../../engine/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { commandReply } from '../agent-context.ts';
import { AgentIdParams, EmptyResult } from '../gateway-schemas.ts';
import { gatewayCallId } from '../call-id-param.ts';

/**
 * CEC §6.1.2.15 dropcall/{callid}: the agent hangs up the call named, held or not (Call_Release,
 * Customer_Release, PhoneRelease when it was its last). Not a call of the agent: 200-025.
 */
export const dropCall = defineEndpoint({
  section: '6.1.2.15',
  name: 'dropCall',
  summary: 'Disconnecting a call of a specified ID',
  method: 'POST',
  path: '/agentgateway/resource/voicecall/{agentid}/dropcall/{callid}',
  auth: 'C4',
  envelope: gatewayEnvelope,
  params: Type.Composite([AgentIdParams, Type.Object({ callid: Type.String({ minLength: 1, maxLength: 64 }) })]),
  response: EmptyResult,
  errors: ['100-006', '100-007', '200-025'],
  async handler({ params, services, request }) {
    return commandReply(services, request, (engine, workNo) => {
      // A web chat of the agent (§6.1.5) ends through the chat capability.
      if (isChatOf(engine, workNo, params.callid)) return agentEndsChat(engine, workNo, params.callid);
      return releaseByAgent(engine, workNo, gatewayCallId(engine, workNo, params.callid));
    });
  },
});

/**
 * CEC §6.1.2.17 disconnect/{number}: releases one party of the agent's last call: the customer, a
 * number, a colleague (by work number or softphone), or the agent itself (its softphone number).
 * Not a party of the last call: 200-023; a party of an older call: 200-024.
 */
export const disconnectNumber = defineEndpoint({
  section: '6.1.2.17',
  name: 'disconnect',
  summary: 'Releasing a connection of a specified number',
  method: 'POST',
  path: '/agentgateway/resource/voicecall/{agentid}/disconnect/{number}',
  auth: 'C4',
  envelope: gatewayEnvelope,
  params: Type.Composite([AgentIdParams, Type.Object({ number: Type.String({ pattern: '^[0-9*#]{1,24}$' }) })]),
  response: EmptyResult,
  errors: ['000-002', '100-006', '100-007', '200-023', '200-024'],
  async handler({ params, services, request }) {
    return commandReply(services, request, (engine, workNo) => disconnectParty(engine, workNo, params.number));
  },
});
