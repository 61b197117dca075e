import { Type } from '@sinclair/typebox';
import { gatewayEnvelope } from '../../../http/envelope/index.ts';
import { innerHelp } from '../../../engine/index.ts';
import { CecError } from '../../../http/cec-error.ts';
import { limits } from '../../../app/limits.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { runCommand, signedInEngine } from '../agent-context.ts';
import { AgentIdParams } from '../gateway-schemas.ts';

/**
 * CEC §6.1.2.5 innerhelp (Table 6-124): asks a colleague (devicetype 2, the default) or a skill
 * (devicetype 1) for help, two-party (mode 1) or three-party (mode 2). The result is the
 * consultation's call id; its progress comes as events. No call in conversation: 200-018.
 */
export const innerHelpEndpoint = defineEndpoint({
  section: '6.1.2.5',
  name: 'innerHelp',
  summary: 'Asking for internal help',
  method: 'POST',
  path: '/agentgateway/resource/voicecall/{agentid}/innerhelp',
  auth: 'C4',
  envelope: gatewayEnvelope,
  params: AgentIdParams,
  body: Type.Object({
    dstaddress: Type.String({ pattern: '^[0-9]{1,24}$' }),
    devicetype: Type.Optional(Type.Integer({ minimum: 1, maximum: 2 })),
    mode: Type.Optional(Type.Integer({ minimum: 1, maximum: 2 })),
    callappdata: Type.Optional(Type.String()),
    holdflag: Type.Optional(Type.Boolean()),
  }),
  response: Type.Object({ result: Type.String({ description: 'call id of the consultation' }) }),
  errors: ['000-002', '100-006', '100-007', '200-018'],
  keyAliases: { callappdata: ['callAppData', 'calldata'], dstaddress: ['dstAddress'] },
  async handler({ body, services, request }) {
    if (Buffer.byteLength(body.callappdata ?? '') > limits.callDataBytesMax) throw new CecError('000-002', 'The call-associated data exceeds 16 KB.');
    const { engine, workNo } = signedInEngine(request);
    const call = await runCommand(services, engine, () =>
      innerHelp(engine, { workNo, dstAddress: body.dstaddress, deviceType: body.devicetype === 1 ? 1 : 2, mode: body.mode === 2 ? 2 : 1, callData: body.callappdata, holdFlag: body.holdflag ?? true }),
    );
    return { message: '', result: call.callId };
  },
});
