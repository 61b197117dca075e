import { Type } from '@sinclair/typebox';
import { gatewayEnvelope } from '../../../http/envelope/index.ts';
import { previewCallout } from '../../../engine/index.ts';
import { CecError } from '../../../http/cec-error.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { runCommand, signedInEngine } from '../agent-context.ts';
import { AgentIdParams } from '../gateway-schemas.ts';

/**
 * CEC §6.1.2.2 previewCallout (Table 6-113): dials a number of the agent's preview task.
 * `called` malformed: 200-001; not a number of the task or another control id: 200-036. The
 * result is the call id (ref L9705).
 */
export const previewCalloutEndpoint = defineEndpoint({
  section: '6.1.2.2',
  name: 'previewCallout',
  summary: 'Making a previewed outbound call',
  method: 'PUT',
  path: '/agentgateway/resource/voicecall/{agentid}/previewCallout',
  auth: 'C4',
  envelope: gatewayEnvelope,
  params: AgentIdParams,
  body: Type.Object({ called: Type.String(), callcontrolid: Type.String({ pattern: '^[0-9]{1,19}$' }) }),
  response: Type.Object({ result: Type.String({ description: 'call id' }) }),
  errors: ['000-002', '100-006', '100-007', '100-009', '200-001', '200-036'],
  keyAliases: { callcontrolid: ['callControlId', 'controlid'] },
  async handler({ body, services, request }) {
    if (!/^[0-9*#]{1,24}$/.test(body.called)) throw new CecError('200-001', 'The outbound number is incorrect.');
    const { engine, workNo } = signedInEngine(request);
    const call = await runCommand(services, engine, () => previewCallout(engine, { workNo, called: body.called, controlId: body.callcontrolid }));
    return { message: '', result: call.callId };
  },
});
