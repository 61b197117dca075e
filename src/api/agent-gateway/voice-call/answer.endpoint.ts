import { Type } from '@sinclair/typebox';
import { gatewayEnvelope } from '../../../http/envelope/index.ts';
import { answer, answerChat, hasRingingChat } from '../../../engine/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { commandReply } from '../agent-context.ts';
import { AgentIdParams, EmptyResult } from '../gateway-schemas.ts';
import { gatewayCallId } from '../call-id-param.ts';

/** CEC §6.1.2.3 answer?callid=: answers the ringing call (the one named, for multimedia). */
export const answerCall = defineEndpoint({
  section: '6.1.2.3',
  name: 'answer',
  summary: 'Answering a call',
  method: 'PUT',
  path: '/agentgateway/resource/voicecall/{agentid}/answer?callid={callid}',
  auth: 'C4',
  envelope: gatewayEnvelope,
  params: AgentIdParams,
  query: Type.Object({ callid: Type.Optional(Type.String({ maxLength: 64 })) }),
  response: EmptyResult,
  errors: ['100-006', '100-007', '200-002'],
  async handler({ query, services, request }) {
    return commandReply(services, request, (engine, workNo, agent) => {
      const callId = gatewayCallId(engine, workNo, query.callid || undefined);
      // A ringing web chat (§6.1.5) is answered here too, by its callid or as the only ringing one.
      if (hasRingingChat(agent, callId) && (callId !== undefined || ![...agent.legs.values()].some((l) => l.state === 'alerting'))) return answerChat(engine, workNo, callId);
      return answer(engine, workNo, callId);
    });
  },
});
