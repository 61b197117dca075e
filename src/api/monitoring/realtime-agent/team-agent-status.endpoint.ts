import { Type } from '@sinclair/typebox';
import { countAgentStates } from '../../../domain/monitoring/index.ts';
import { cmsCompatEnvelope } from '../../../http/envelope/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { countedAgent } from '../agent-live.ts';
import { AgentStateCountsSchema } from '../agent-state-counts-schema.ts';
import { cmsKeyAliases } from '../cms-request.ts';
import { agentIdsSchema, cmsEngine, vdnBody } from '../realtime-request.ts';
import { agentsAsked } from './agent-request.ts';

/** CEC §12.3.1.3.6 (ref L57857–L57985): the given agents counted by state (decision 0810); no `callOut` here. */
export const teamAgentStatus = defineEndpoint({
  section: '12.3.1.3.6',
  name: 'agentgroup/teamagentstatusinfo',
  summary: 'Querying the number of agents in the agent state in batches',
  method: 'POST',
  path: '/rest/cmsapp/v1/openapi/agentgroup/teamagentstatusinfo',
  auth: 'C2-any',
  envelope: cmsCompatEnvelope,
  keyAliases: cmsKeyAliases,
  body: vdnBody({ agentIds: agentIdsSchema(6000) }),
  response: Type.Object({ resultDesc: AgentStateCountsSchema }),
  errors: ['0100002', '0101003'],
  async handler({ body, auth, services }) {
    const engine = await cmsEngine(services, auth, body);
    const signedIn = agentsAsked(engine, body.agentIds).flatMap((view) => (view.runtime ? [countedAgent(engine, view.runtime)] : []));
    const { callOut: _callOut, ...counts } = countAgentStates(signedIn);
    return { resultDesc: counts };
  },
});
