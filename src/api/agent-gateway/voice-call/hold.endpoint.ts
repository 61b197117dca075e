import { Type } from '@sinclair/typebox';
import { gatewayEnvelope } from '../../../http/envelope/index.ts';
import { connectHold, getHold, hold } from '../../../engine/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { commandReply } from '../agent-context.ts';
import { AgentIdParams, EmptyResult } from '../gateway-schemas.ts';
import { gatewayCallId } from '../call-id-param.ts';

const base = '/agentgateway/resource/voicecall/{agentid}';

/** CEC §6.1.2.8 hold: holds the call in conversation (AgentEvent_Hold). No call: 200-013; not in conversation: 200-014. */
export const holdCall = defineEndpoint({
  section: '6.1.2.8',
  name: 'hold',
  summary: 'Holding a call',
  method: 'POST',
  path: `${base}/hold`,
  auth: 'C4',
  envelope: gatewayEnvelope,
  params: AgentIdParams,
  response: EmptyResult,
  errors: ['100-006', '100-007', '200-013', '200-014'],
  async handler({ services, request }) {
    return commandReply(services, request, (engine, workNo) => hold(engine, workNo));
  },
});

/**
 * CEC §6.1.2.9 connecthold/{callid}: joins the agent's current call with the held call named and
 * leaves both (note 02 §8.5 item 30): a consultative transfer completes. The held call must be on
 * hold (else 200-013) and another call in conversation (else 200-014).
 */
export const connectHoldCall = defineEndpoint({
  section: '6.1.2.9',
  name: 'connectHold',
  summary: 'Connecting the held call with the current call',
  method: 'POST',
  path: `${base}/connecthold/{callid}`,
  auth: 'C4',
  envelope: gatewayEnvelope,
  params: Type.Composite([AgentIdParams, Type.Object({ callid: Type.String({ minLength: 1, maxLength: 64 }) })]),
  response: EmptyResult,
  errors: ['100-006', '100-007', '200-013', '200-014'],
  async handler({ params, services, request }) {
    return commandReply(services, request, (engine, workNo) => connectHold(engine, workNo, gatewayCallId(engine, workNo, params.callid)));
  },
});

/** CEC §6.1.2.10 gethold?callid: retrieves the held call named, else the one held last (AgentEvent_Talking). */
export const getHoldCall = defineEndpoint({
  section: '6.1.2.10',
  name: 'getHold',
  summary: 'Unholding a call',
  method: 'POST',
  path: `${base}/gethold?callid={callid}`,
  auth: 'C4',
  envelope: gatewayEnvelope,
  params: AgentIdParams,
  query: Type.Object({ callid: Type.Optional(Type.String({ maxLength: 64 })) }),
  response: EmptyResult,
  errors: ['100-006', '100-007', '200-015', '200-016'],
  async handler({ query, services, request }) {
    return commandReply(services, request, (engine, workNo) => getHold(engine, workNo, gatewayCallId(engine, workNo, query.callid || undefined)));
  },
});
