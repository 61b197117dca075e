import { Type } from '@sinclair/typebox';
import { gatewayEnvelope } from '../../../http/envelope/index.ts';
import { confJoin } from '../../../engine/index.ts';
import { CecError } from '../../../http/cec-error.ts';
import { limits } from '../../../app/limits.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { commandReply } from '../agent-context.ts';
import { AgentIdParams, EmptyResult } from '../gateway-schemas.ts';
import { gatewayCallId } from '../call-id-param.ts';

/**
 * CEC §6.1.2.14 confjoin {callid, callappdata} (Table 6-153): the agent's current call joins the
 * held call `callid` in a three-party conversation (AgentEvent_Conference). `callid` names no call
 * of the agent or there is no other call: 200-010; the call named is not on hold: 200-011.
 */
export const confJoinCall = defineEndpoint({
  section: '6.1.2.14',
  name: 'confJoin',
  summary: 'Making a three-party call',
  method: 'POST',
  path: '/agentgateway/resource/voicecall/{agentid}/confjoin',
  auth: 'C4',
  envelope: gatewayEnvelope,
  params: AgentIdParams,
  body: Type.Object({ callid: Type.String({ minLength: 1, maxLength: 64 }), callappdata: Type.Optional(Type.String()) }),
  response: EmptyResult,
  errors: ['000-002', '100-006', '100-007', '200-010', '200-011'],
  keyAliases: { callappdata: ['callAppData', 'calldata'], callid: ['callId'] },
  async handler({ body, services, request }) {
    if (Buffer.byteLength(body.callappdata ?? '') > limits.callDataBytesMax) throw new CecError('000-002', 'The call-associated data exceeds 16 KB.');
    return commandReply(services, request, (engine, workNo) => confJoin(engine, workNo, gatewayCallId(engine, workNo, body.callid), body.callappdata || undefined));
  },
});
