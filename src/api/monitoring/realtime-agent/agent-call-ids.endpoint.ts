import { Type } from '@sinclair/typebox';
import { callIdsOf } from '../../../engine/index.ts';
import { cmsCompatEnvelope } from '../../../http/envelope/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { cmsKeyAliases } from '../cms-request.ts';
import { agentIdSchema, cmsEngine, vdnBody } from '../realtime-request.ts';
import { agentAsked } from './agent-request.ts';

/** CEC §12.3.1.3.3 (ref L57563–L57641): the ids of the calls the agent is on, most recent first. */
export const agentCallIds = defineEndpoint({
  section: '12.3.1.3.3',
  name: 'agent/queryagentcalls',
  summary: 'Querying the current call ID of a specified agent',
  method: 'POST',
  path: '/rest/cmsapp/v1/openapi/agent/queryagentcalls',
  auth: 'C2-any',
  envelope: cmsCompatEnvelope,
  keyAliases: cmsKeyAliases,
  body: vdnBody({ agentId: agentIdSchema }),
  response: Type.Object({ resultDesc: Type.Array(Type.String()) }),
  errors: ['0100002', '0101003'],
  async handler({ body, auth, services }) {
    const engine = await cmsEngine(services, auth, body);
    const view = agentAsked(engine, body.agentId);
    return { resultDesc: view.runtime ? callIdsOf(view.runtime) : [] };
  },
});
