import { Type } from '@sinclair/typebox';
import { privateCallIds } from '../../../engine/index.ts';
import { cmsCompatEnvelope } from '../../../http/envelope/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { cmsKeyAliases } from '../cms-request.ts';
import { agentIdSchema, cmsEngine, vdnBody } from '../realtime-request.ts';
import { agentAsked } from './agent-request.ts';

/**
 * CEC §12.3.1.3.5 (ref L57769–L57855): the calls waiting in the agent's private queue, oldest
 * first: calls blind-transferred to it while it talked or wrapped up (decision 0851).
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
  async handler({ body, auth, services }) {
    const engine = await cmsEngine(services, auth, body);
    agentAsked(engine, body.agentId);
    return { resultDesc: [...privateCallIds(engine, body.agentId)] };
  },
});
