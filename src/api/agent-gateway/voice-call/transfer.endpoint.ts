import { Type } from '@sinclair/typebox';
import { gatewayEnvelope } from '../../../http/envelope/index.ts';
import { cancelTransfer, transfer } from '../../../engine/index.ts';
import { CecError } from '../../../http/cec-error.ts';
import { limits } from '../../../app/limits.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { runCommand, signedInEngine, commandReply } from '../agent-context.ts';
import { AgentIdParams, EmptyResult } from '../gateway-schemas.ts';

/**
 * CEC §6.1.2.11 transfer (Table 6-143): `devicetype` 1 skill, 2 agent, 3 IVR flow access code,
 * 4 system access code, 5 number; `mode` as the table allows per device type (else 000-002);
 * `address` ≤ 24 characters; `caller` 0–24 digits; `mediaability` 0–2; `holdflag` (three-party
 * transfer); `skillId` for an agent target. No call in conversation: 200-012. How the transfer
 * ends comes as events (Talking, Connect_Fail, Call_Release, SuccTransResult, Conference, ReturnFromIvr).
 */
export const transferCall = defineEndpoint({
  section: '6.1.2.11',
  name: 'transfer',
  summary: 'Transferring a call',
  method: 'POST',
  path: '/agentgateway/resource/voicecall/{agentid}/transfer',
  auth: 'C4',
  envelope: gatewayEnvelope,
  params: AgentIdParams,
  body: Type.Object({
    devicetype: Type.Integer({ minimum: 1, maximum: 5 }),
    address: Type.String({ minLength: 1, maxLength: 24 }),
    mode: Type.Integer({ minimum: 0, maximum: 4 }),
    callappdata: Type.Optional(Type.String()),
    caller: Type.Optional(Type.String({ pattern: '^[0-9]{0,24}$' })),
    mediaability: Type.Optional(Type.Integer({ minimum: 0, maximum: 2 })),
    holdflag: Type.Optional(Type.Boolean()),
    skillId: Type.Optional(Type.Integer({ minimum: 0 })),
  }),
  response: EmptyResult,
  errors: ['000-002', '100-006', '100-007', '200-012'],
  keyAliases: { callappdata: ['callAppData', 'calldata'] },
  async handler({ body, services, request }) {
    if (Buffer.byteLength(body.callappdata ?? '') > limits.callDataBytesMax) throw new CecError('000-002', 'The call-associated data exceeds 16 KB.');
    const { engine, workNo } = signedInEngine(request);
    await runCommand(services, engine, () =>
      transfer(engine, {
        workNo,
        deviceType: body.devicetype,
        address: body.address,
        mode: body.mode,
        callData: body.callappdata,
        caller: body.caller,
        holdFlag: body.holdflag ?? true,
        skillId: body.skillId,
      }),
    );
    return { message: 'success', result: {} };
  },
});

/** CEC §6.1.2.12 canceltransfer: takes back a talk-forwarding or three-party transfer; none: 200-012. */
export const cancelTransferCall = defineEndpoint({
  section: '6.1.2.12',
  name: 'cancelTransfer',
  summary: 'Canceling transfer',
  method: 'POST',
  path: '/agentgateway/resource/voicecall/{agentid}/canceltransfer',
  auth: 'C4',
  envelope: gatewayEnvelope,
  params: AgentIdParams,
  response: EmptyResult,
  errors: ['100-006', '100-007', '200-012'],
  async handler({ services, request }) {
    return commandReply(services, request, (engine, workNo) => cancelTransfer(engine, workNo));
  },
});
