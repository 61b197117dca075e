import { Type } from '@sinclair/typebox';
import { gatewayEnvelope } from '../../../http/envelope/index.ts';
import { fail, transferChat } from '../../../engine/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { runCommand, signedInEngine } from '../agent-context.ts';
import { AgentIdParams } from '../gateway-schemas.ts';

/**
 * CEC §6.1.5.3 transfer (ref L14017–14121): hands a chat to a skill queue (1), an agent (2) or an
 * access code (4: a skill's route, or `bot` for the chatbot when one is plugged in), blind (0) or
 * release-after-transfer (2). Events: AgentEvent_Connect_Fail when the target agent cannot take it,
 * otherwise (AgentEvent_SuccTransResult in mode 2 and) AgentEvent_Call_Release; in mode 2 to an
 * agent both wait for the target's answer, and a target that does not answer is {result 1}.
 */
export const transferMediaCall = defineEndpoint({
  section: '6.1.5.3',
  name: 'mediacall/transfer',
  summary: 'Transferring a multimedia session',
  method: 'POST',
  path: '/agentgateway/resource/mediacall/{agentid}/transfer',
  auth: 'C4',
  envelope: gatewayEnvelope,
  params: AgentIdParams,
  body: Type.Object({
    callid: Type.String({ maxLength: 64 }),
    caller: Type.Optional(Type.String({ maxLength: 64 })),
    devicetype: Type.Union([Type.Integer(), Type.String({ maxLength: 8 })]),
    mode: Type.Union([Type.Integer(), Type.String({ maxLength: 8 })]),
    address: Type.Optional(Type.String({ maxLength: 24 })),
    calldata: Type.Optional(Type.String({ maxLength: 65_536 })),
    skillId: Type.Optional(Type.Union([Type.Integer(), Type.String({ maxLength: 8 })])),
  }),
  response: Type.Object({}),
  errors: ['100-006', '106-013', '106-014', '106-004', '106-010', '106-006', '106-009', '106-012', '106-005'],
  gaps: 'mode 2 to a skill queue or an access code reports success (AgentEvent_SuccTransResult) once the chat is queued, not when an agent of the queue answers (to an agent it waits for the answer); caller, calldata and skillId are checked but not carried to the target',
  async handler({ body, services, request }) {
    const { engine, workNo } = signedInEngine(request);
    await runCommand(services, engine, () => {
      const deviceType = Number(body.devicetype);
      const mode = Number(body.mode);
      if (!body.callid) return fail('ChatCallIdEmpty', 'callid is empty');
      if (!Number.isInteger(deviceType) || !Number.isInteger(mode) || Math.abs(deviceType) > 32_767 || Math.abs(mode) > 32_767) return fail('ChatShortRange', 'devicetype and mode are short integers');
      if (body.calldata !== undefined && Buffer.byteLength(body.calldata, 'utf8') > 2048) return fail('ChatTransferDataTooLong', 'calldata exceeds 2048 bytes');
      return transferChat(engine, workNo, body.callid, { deviceType, mode, address: body.address ?? '' });
    });
    return { message: 'success' };
  },
});
