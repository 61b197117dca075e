import { Type } from '@sinclair/typebox';
import { gatewayEnvelope } from '../../../http/envelope/index.ts';
import { callInner } from '../../../engine/index.ts';
import { CecError } from '../../../http/cec-error.ts';
import { limits } from '../../../app/limits.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { runCommand, signedInEngine } from '../agent-context.ts';
import { AgentIdParams } from '../gateway-schemas.ts';

/**
 * CEC §6.1.2.4 callinner (Table 6-120): the agent calls a colleague by work number. `called`: 1–24
 * digits, * or # (else 000-002); `caller` 0–24 digits; `callappdata` ≤ 16 KB; `mediaability` is
 * ignored for internal calls (ref L9873). The result is the new call id (note 02 §8.5 item 34);
 * progress and failure (AgentEvent_Inside_Call_Fail) come as events.
 */
export const callInnerEndpoint = defineEndpoint({
  section: '6.1.2.4',
  name: 'callInner',
  summary: 'Making an internal call',
  method: 'PUT',
  path: '/agentgateway/resource/voicecall/{agentid}/callinner',
  auth: 'C4',
  envelope: gatewayEnvelope,
  params: AgentIdParams,
  body: Type.Object({
    called: Type.String({ pattern: '^[0-9*#]{1,24}$' }),
    caller: Type.Optional(Type.String({ pattern: '^[0-9]{0,24}$' })),
    skillid: Type.Optional(Type.String({ pattern: '^[0-9]{0,10}$' })),
    callappdata: Type.Optional(Type.String()),
    mediaability: Type.Optional(Type.Integer({ minimum: 0, maximum: 2 })),
  }),
  response: Type.Object({ result: Type.String({ description: 'call id' }) }),
  errors: ['000-002', '100-006', '100-007', '100-009', '200-018'],
  keyAliases: { callappdata: ['callAppData', 'calldata'], skillid: ['skillId'] },
  async handler({ body, services, request }) {
    if (Buffer.byteLength(body.callappdata ?? '') > limits.callDataBytesMax) throw new CecError('000-002', 'The call-associated data exceeds 16 KB.');
    const { engine, workNo } = signedInEngine(request);
    const skillId = body.skillid ? Number(body.skillid) : undefined;
    const call = await runCommand(services, engine, () => callInner(engine, { workNo, called: body.called, skillId, callData: body.callappdata }));
    return { message: 'success', result: call.callId };
  },
});
