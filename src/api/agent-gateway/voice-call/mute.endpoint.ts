import { gatewayEnvelope } from '../../../http/envelope/index.ts';
import { beginMute, endMute } from '../../../engine/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { commandReply } from '../agent-context.ts';
import { AgentIdParams, EmptyResult } from '../gateway-schemas.ts';

/** CEC §6.1.2.6 beginmute: mutes the call in conversation (no event). Nothing to mute: 200-003; already muted: 200-004. */
export const beginMuteCall = defineEndpoint({
  section: '6.1.2.6',
  name: 'beginMute',
  summary: 'Muting a call',
  method: 'POST',
  path: '/agentgateway/resource/voicecall/{agentid}/beginmute',
  auth: 'C4',
  envelope: gatewayEnvelope,
  params: AgentIdParams,
  response: EmptyResult,
  errors: ['100-006', '100-007', '200-003', '200-004'],
  async handler({ services, request }) {
    return commandReply(services, request, (engine, workNo) => beginMute(engine, workNo));
  },
});

/** CEC §6.1.2.7 endmute: unmutes. Nothing in conversation: 200-007; not muted: 200-008. */
export const endMuteCall = defineEndpoint({
  section: '6.1.2.7',
  name: 'endMute',
  summary: 'Unmuting a muted call',
  method: 'POST',
  path: '/agentgateway/resource/voicecall/{agentid}/endmute',
  auth: 'C4',
  envelope: gatewayEnvelope,
  params: AgentIdParams,
  response: EmptyResult,
  errors: ['100-006', '100-007', '200-007', '200-008'],
  async handler({ services, request }) {
    return commandReply(services, request, (engine, workNo) => endMute(engine, workNo));
  },
});
