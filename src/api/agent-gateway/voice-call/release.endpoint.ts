import { gatewayEnvelope } from '../../../http/envelope/index.ts';
import { releaseByAgent } from '../../../engine/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { commandReply } from '../agent-context.ts';
import { AgentIdParams, EmptyResult } from '../gateway-schemas.ts';

/**
 * CEC §6.1.2.16 release (and its legacy form DELETE /voicecall/{agentid}, ref L10938): hangs up the
 * agent's current call. Nothing to hang up: 200-017.
 */
export const releaseCall = defineEndpoint({
  section: '6.1.2.16',
  name: 'release',
  summary: 'Releasing the current call',
  method: 'DELETE',
  path: '/agentgateway/resource/voicecall/{agentid}/release',
  pathAliases: ['/agentgateway/resource/voicecall/{agentid}'],
  auth: 'C4',
  envelope: gatewayEnvelope,
  params: AgentIdParams,
  response: EmptyResult,
  errors: ['100-006', '100-007', '200-017'],
  async handler({ services, request }) {
    return commandReply(services, request, (engine, workNo) => releaseByAgent(engine, workNo));
  },
});
