import { Type } from '@sinclair/typebox';
import { gatewayEnvelope } from '../../../http/envelope/index.ts';
import { phoneHangUp, phonePickUp, reject, requestCall, snatchPickup } from '../../../engine/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { commandReply } from '../agent-context.ts';
import { AgentIdParams, EmptyResult } from '../gateway-schemas.ts';
import { gatewayCallId } from '../call-id-param.ts';

const base = '/agentgateway/resource/voicecall/{agentid}';

/**
 * CEC §6.1.2.22 reject {callid?, mode} (Table 6-179): mode 1 the call goes back to its queue and
 * the agent is busy; mode 2 the call is released and the agent is idle. No ringing call: 200-002;
 * not the call named: 200-037.
 */
export const rejectCall = defineEndpoint({
  section: '6.1.2.22',
  name: 'reject',
  summary: 'Rejecting an inbound call',
  method: 'POST',
  path: `${base}/reject`,
  auth: 'C4',
  envelope: gatewayEnvelope,
  params: AgentIdParams,
  body: Type.Object({ callid: Type.Optional(Type.String({ maxLength: 64 })), mode: Type.Integer({ minimum: 1, maximum: 2 }) }),
  response: EmptyResult,
  errors: ['000-002', '100-006', '100-007', '200-002', '200-037', '200-038', '200-039'],
  keyAliases: { callid: ['callId'] },
  async handler({ body, services, request }) {
    return commandReply(services, request, (engine, workNo) => reject(engine, workNo, { callId: gatewayCallId(engine, workNo, body.callid || undefined), mode: body.mode === 2 ? 2 : 1 }));
  },
});

/**
 * CEC §6.1.2.20 requestcall/{callid}/{skilltype}?skillId: pulls a call waiting in a public queue.
 * skilltype must be 0 and skillId given (note 02 §8.5 item 6), else 000-002; a call that is not
 * waiting there, or an agent with a call: 100-007.
 */
export const requestAppointedCall = defineEndpoint({
  section: '6.1.2.20',
  name: 'requestAppointedCall',
  summary: 'Requesting a specified call',
  method: 'POST',
  path: `${base}/requestcall/{callid}/{skilltype}?skillId={skillId}`,
  auth: 'C4',
  envelope: gatewayEnvelope,
  params: Type.Composite([AgentIdParams, Type.Object({ callid: Type.String({ minLength: 1, maxLength: 64 }), skilltype: Type.String({ pattern: '^0$' }) })]),
  query: Type.Object({ skillId: Type.Integer({ minimum: 0 }) }),
  response: EmptyResult,
  errors: ['000-002', '100-006', '100-007'],
  async handler({ params, query, services, request }) {
    return commandReply(services, request, (engine, workNo) => requestCall(engine, workNo, gatewayCallId(engine, workNo, params.callid), query.skillId));
  },
});

/**
 * CEC §6.1.2.21 snatchpickup?destWorkNo (Table 6-174): takes over the call ringing for agent
 * `destWorkNo` (101–59999, else 000-002). The picker not idle: 100-009; nothing to pick up: 100-007.
 */
export const snatchPickupCall = defineEndpoint({
  section: '6.1.2.21',
  name: 'snatchPickup',
  summary: 'Picking up a call for other agents',
  method: 'PUT',
  path: `${base}/snatchpickup?destWorkNo={destWorkNo}`,
  auth: 'C4',
  envelope: gatewayEnvelope,
  params: AgentIdParams,
  query: Type.Object({ destWorkNo: Type.Integer({ minimum: 101, maximum: 59999 }) }),
  response: EmptyResult,
  errors: ['000-002', '100-006', '100-007', '100-009'],
  async handler({ query, services, request }) {
    return commandReply(services, request, (engine, workNo) => snatchPickup(engine, workNo, query.destWorkNo));
  },
});

/** CEC §6.1.2.23 phonepickup: the ringing phone goes off-hook (decision 0410). A phone not ringing: 100-007. */
export const phonePickupCall = defineEndpoint({
  section: '6.1.2.23',
  name: 'phonepickup',
  summary: 'Taking the phone off the hook',
  method: 'POST',
  path: `${base}/phonepickup`,
  auth: 'C4',
  envelope: gatewayEnvelope,
  params: AgentIdParams,
  response: EmptyResult,
  errors: ['100-006', '100-007'],
  async handler({ services, request }) {
    return commandReply(services, request, (engine, workNo) => phonePickUp(engine, workNo));
  },
});

/** CEC §6.1.2.24 phonehangup: the ringing phone is turned down (PhoneRelease, No_Answer). Not ringing: 100-007. */
export const phoneHangupCall = defineEndpoint({
  section: '6.1.2.24',
  name: 'phonehangup',
  summary: 'Rejecting a call',
  method: 'POST',
  path: `${base}/phonehangup`,
  auth: 'C4',
  envelope: gatewayEnvelope,
  params: AgentIdParams,
  response: EmptyResult,
  errors: ['100-006', '100-007'],
  async handler({ services, request }) {
    return commandReply(services, request, (engine, workNo) => phoneHangUp(engine, workNo));
  },
});
