import { Type } from '@sinclair/typebox';
import { gatewayEnvelope } from '../../../http/envelope/index.ts';
import { callout } from '../../../engine/index.ts';
import { CecError } from '../../../http/cec-error.ts';
import { limits } from '../../../app/limits.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { runCommand, signedInEngine } from '../agent-context.ts';
import { AgentIdParams } from '../gateway-schemas.ts';

/**
 * CEC §6.1.2.1 callout (Table 6-109): the agent calls a customer; `result` is the call id at once,
 * and the call's progress arrives as events. `called`: 1–24 digits, * or # (else 200-001).
 */
export const calloutEndpoint = defineEndpoint({
  section: '6.1.2.1',
  name: 'callout',
  summary: 'Making an outbound call',
  method: 'PUT',
  path: '/agentgateway/resource/voicecall/{agentid}/callout',
  auth: 'C4',
  envelope: gatewayEnvelope,
  params: AgentIdParams,
  body: Type.Object({
    called: Type.String(),
    caller: Type.Optional(Type.String({ maxLength: 24 })),
    skillid: Type.Optional(Type.Integer()),
    callappdata: Type.Optional(Type.String()),
    mediaability: Type.Optional(Type.Integer({ minimum: 0, maximum: 2 })),
  }),
  response: Type.Object({ result: Type.String({ description: 'call id' }) }),
  errors: ['000-002', '100-006', '100-007', '200-001'],
  keyAliases: { callappdata: ['callAppData', 'calldata'], skillid: ['skillId'] },
  async handler({ body, services, request }) {
    if (!/^[0-9*#]{1,24}$/.test(body.called)) throw new CecError('200-001', 'The outbound number is incorrect.');
    if (body.caller && !/^[0-9*#]{1,24}$/.test(body.caller)) throw new CecError('000-002', 'The calling number is invalid.');
    if (Buffer.byteLength(body.callappdata ?? '') > limits.callDataBytesMax) throw new CecError('000-002', 'The call-associated data exceeds 16 KB.');
    const { engine, workNo } = signedInEngine(request);
    const call = await runCommand(services, engine, () =>
      callout(engine, { workNo, called: body.called, caller: body.caller, skillId: body.skillid, callData: body.callappdata }),
    );
    return { message: '', result: call.callId };
  },
});
