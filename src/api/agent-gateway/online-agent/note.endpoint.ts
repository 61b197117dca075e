import { Type } from '@sinclair/typebox';
import { noteContentBytesMax, noteRecipientsMax, sendNote } from '../../../engine/index.ts';
import { CecError } from '../../../http/cec-error.ts';
import { gatewayEnvelope } from '../../../http/envelope/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { runCommand, signedInEngine } from '../agent-context.ts';
import { AgentIdParams } from '../gateway-schemas.ts';

/**
 * Table 6-18 (ref L7207–7208): up to 100 recipient agent IDs (101–59999, the range of every agent
 * ID of the gateway) and 0–1023 bytes of content. A single ID sent without the array is accepted.
 */
const NoteBody = Type.Object({
  agentIds: Type.Array(Type.Integer({ minimum: 101, maximum: 59999 }), { minItems: 1, maxItems: noteRecipientsMax }),
  content: Type.String(),
});

/**
 * CEC §6.1.1.4 sendnoteletex (ref L7163–7256): signed-in recipients of the sender's VDN receive
 * AgentOther_Note `{sender, content}` (decision 0502); the others are skipped, as the trigger
 * "if the agent who receives the note signs in" (ref L7221) implies. The reply's `result` is null,
 * as in the example. A parameter that breaks Table 6-18 is 100-001, the code the section lists.
 */
export const sendNoteletEx = defineEndpoint({
  section: '6.1.1.4',
  name: 'sendNoteletEx',
  summary: 'Sending notes to other agents',
  method: 'POST',
  path: '/agentgateway/resource/onlineagent/{agentid}/sendnoteletex',
  auth: 'C4',
  envelope: gatewayEnvelope,
  params: AgentIdParams,
  body: NoteBody,
  response: Type.Object({ result: Type.Null() }),
  errors: ['100-001', '100-006', '100-007'],
  invalidParameterCode: '100-001',
  async handler({ body, services, request }) {
    if (Buffer.byteLength(body.content, 'utf8') > noteContentBytesMax) throw new CecError('100-001', `The note content exceeds ${noteContentBytesMax} bytes.`);
    const { engine, workNo } = signedInEngine(request);
    await runCommand(services, engine, () => sendNote(engine, workNo, body.agentIds, body.content));
    return { message: 'success', result: null };
  },
});
