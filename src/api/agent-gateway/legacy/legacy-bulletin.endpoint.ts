import { Type } from '@sinclair/typebox';
import { noteContentBytesMax, noteRecipientsMax, sendNote } from '../../../engine/index.ts';
import { CecError } from '../../../http/cec-error.ts';
import { gatewayEnvelope } from '../../../http/envelope/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { runCommand, signedInEngine } from '../agent-context.ts';
import { AgentIdParams } from '../gateway-schemas.ts';

/**
 * Pre-2.5 bulletin (docs/extensions.md): a note to every other signed-in agent of the sender's
 * VDN, delivered as 6.1.1.4 delivers notes (AgentOther_Note `{sender, content}`), in groups of
 * the 6.1.1.4 recipient limit so that one bulletin reaches a tenant of any size.
 */
export const legacyNotifyBulletin = defineEndpoint({
  section: 'ext.legacy.notifybulletin',
  name: 'notifybulletin',
  summary: 'Bulletin to all signed-in agents of the VDN (pre-2.5 client route)',
  method: 'POST',
  path: '/agentgateway/resource/onlineagent/{agentid}/notifybulletin',
  auth: 'C4',
  envelope: gatewayEnvelope,
  params: AgentIdParams,
  body: Type.Object({ content: Type.String({ minLength: 1 }) }),
  response: Type.Object({ result: Type.Object({ delivered: Type.Integer({ description: 'agents that received it' }) }) }),
  errors: ['100-001', '100-006', '100-007'],
  invalidParameterCode: '100-001',
  async handler({ body, services, request }) {
    if (Buffer.byteLength(body.content, 'utf8') > noteContentBytesMax) throw new CecError('100-001', `The bulletin exceeds ${noteContentBytesMax} bytes.`);
    const { engine, workNo } = signedInEngine(request);
    const delivered = await runCommand(services, engine, () => {
      const others = [...engine.agents.keys()].filter((w) => w !== workNo).sort((a, b) => a - b);
      let count = 0;
      for (let i = 0; i < others.length; i += noteRecipientsMax) {
        const sent = sendNote(engine, workNo, others.slice(i, i + noteRecipientsMax), body.content);
        if (!sent.ok) return sent;
        count += sent.value.length;
      }
      return { ok: true as const, value: count };
    });
    return { message: 'success', result: { delivered } };
  },
});
