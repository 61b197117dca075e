import { Type } from '@sinclair/typebox';
import { cmsCompatEnvelope } from '../../../http/envelope/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { cmsKeyAliases } from '../cms-request.ts';
import { agentIdSchema, cmsEngine, vdnBody } from '../realtime-request.ts';
import { agentAsked } from './agent-request.ts';

/**
 * CEC §12.3.1.3.5 (ref L57769–L57855): the calls waiting in the agent's private queue. OpenCEC's
 * ACD has no private queues (a transfer to an agent rings it or fails), so the list is empty.
 */
export const agentPrivateCalls = defineEndpoint({
  section: '12.3.1.3.5',
  name: 'agent/agentprivatecall',
  summary: 'Querying private calls of a specified agent',
  method: 'POST',
  path: '/rest/cmsapp/v1/openapi/agent/agentprivatecall',
  auth: 'C2-any',
  envelope: cmsCompatEnvelope,
  keyAliases: cmsKeyAliases,
  body: vdnBody({ agentId: agentIdSchema }),
  response: Type.Object({ resultDesc: Type.Array(Type.String()) }),
  errors: ['0100002', '0101003'],
  gaps: 'The engine has no private queues: the list is always empty',
  async handler({ body, auth, services }) {
    agentAsked(await cmsEngine(services, auth, body), body.agentId);
    return { resultDesc: [] };
  },
});
