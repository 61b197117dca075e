import { Type } from '@sinclair/typebox';
import { limits } from '../../../app/limits.ts';
import { gatewayEnvelope } from '../../../http/envelope/index.ts';
import { currentCallLeg, fail, ok, type Result, type TenantEngine } from '../../../engine/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { runCommand, signedInEngine } from '../agent-context.ts';
import { flowControlled } from '../flow-control.ts';
import { queryFailure } from '../gateway-errors.ts';
import { AgentIdParams, EmptyResult } from '../gateway-schemas.ts';
import { gatewayCallId } from '../call-id-param.ts';

const base64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=|[A-Za-z0-9+/]{2,3})?$/;

/**
 * The data to store: Base64-decoded when the client says it encoded it (Table 6-210
 * isDataEncoded), then at most 16 KB of original content (ref L12478). Null when it is invalid.
 */
function callDataOf(raw: string, encoded: boolean): string | null {
  let data = raw;
  if (encoded) {
    const compact = raw.replace(/\s+/g, '');
    if (!base64.test(compact)) return null;
    data = Buffer.from(compact, 'base64').toString('utf8');
  }
  return Buffer.byteLength(data, 'utf8') <= limits.callDataBytesMax ? data : null;
}

/** Writes the data on the agent's call: the one named, or its current one (no call: 400-001). */
function setCallData(engine: TenantEngine, workNo: number, callId: string | undefined, data: string): Result<null> {
  const agent = engine.agents.get(workNo);
  if (!agent) return fail('NotSignedIn', 'the agent has not signed in');
  const id = callId || currentCallLeg(agent)?.callId;
  const call = id && agent.legs.has(id) ? engine.calls.get(id) : undefined;
  if (!call) return fail('NoCallData', id ? `the agent has no call ${id}` : 'the agent has no call');
  call.callData = data;
  return ok(null);
}

/**
 * CEC §6.1.3.3 setcalldataex (ref L12430–12534): sets the call-associated data of the agent's
 * call, which every later reader sees (appdata, callinfo, the events that carry it). Only the
 * length of the data would be logged: the request body is never logged (Table 6-210 NOTE). Like
 * every calldata interface it is under flow control (ref L12083, note 02 §2.3).
 */
export const setCallAppDataEx = flowControlled(defineEndpoint({
  section: '6.1.3.3',
  name: 'setCallAppDataEx',
  summary: 'Configuring call-associated data (extended)',
  method: 'PUT',
  path: '/agentgateway/resource/calldata/{agentid}/setcalldataex',
  auth: 'C4',
  envelope: gatewayEnvelope,
  params: AgentIdParams,
  body: Type.Object({
    callid: Type.Optional(Type.String({ maxLength: 64 })),
    calldata: Type.Optional(Type.String({ description: 'At most 16 KB of original content' })),
    isDataEncoded: Type.Optional(Type.Boolean({ default: false })),
  }),
  response: EmptyResult,
  errors: ['000-002', '100-006', '100-007', '400-001'],
  async handler({ body, request, services }) {
    const { engine, workNo } = signedInEngine(request);
    const data = callDataOf(body.calldata ?? '', body.isDataEncoded === true);
    if (data === null) throw queryFailure('000-002', body.isDataEncoded ? 'calldata is not valid Base64 of at most 16 KB' : 'calldata exceeds 16 KB');
    await runCommand(services, engine, () => setCallData(engine, workNo, gatewayCallId(engine, workNo, body.callid?.trim()), data));
    return { message: 'success', result: {} };
  },
}));
