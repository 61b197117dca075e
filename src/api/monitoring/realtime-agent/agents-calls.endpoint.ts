import { Type } from '@sinclair/typebox';
import { callDirection } from '../../../domain/monitoring/index.ts';
import { isConference, privateCallIds, type AgentLeg, type AgentRuntime, type TenantEngine } from '../../../engine/index.ts';
import { cmsEnvelope } from '../../../http/envelope/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { cmsKeyAliases } from '../cms-request.ts';
import { agentIdsSchema, cmsEngine, vdnBody } from '../realtime-request.ts';
import { agentsAsked } from './agent-request.ts';

/** Call status of Table 12-470: 1 OCCUPY, 3 PRIVATE_QUEUE (listed after the legs), 4 ALERTING, 5 TALK, 6 HOLD, 8 MUTE, 9 TRITALK. */
function callStatus(engine: TenantEngine, agent: AgentRuntime, leg: AgentLeg): number {
  if (leg.state === 'occupied') return 1;
  if (leg.state === 'alerting') return 4;
  if (leg.state === 'held') return 6;
  const call = engine.calls.get(leg.callId);
  if (call && isConference(engine, call)) return 9;
  return agent.muted ? 8 : 5;
}

/** CEC §12.3.1.3.4 (ref L57643–L57767): per agent, its calls with status (Table 12-470), direction and media type. */
export const agentsCalls = defineEndpoint({
  section: '12.3.1.3.4',
  name: 'agentgroup/queryagentcalls',
  summary: 'Querying call information about all agents in batches',
  method: 'POST',
  path: '/rest/cmsapp/v1/openapi/agentgroup/queryagentcalls',
  auth: 'C2-any',
  envelope: cmsEnvelope,
  keyAliases: cmsKeyAliases,
  body: vdnBody({ agentIds: agentIdsSchema(3000) }),
  response: Type.Object({
    resultDesc: Type.Array(
      Type.Object({
        agentId: Type.Integer(),
        callList: Type.Array(Type.Object({ callId: Type.String(), callStatus: Type.Integer(), callInOut: Type.Integer({ description: '0 inbound, 1 outbound' }), mediaType: Type.Integer() })),
      }),
    ),
  }),
  errors: ['0100002', '0101003'],
  async handler({ body, auth, services }) {
    const engine = await cmsEngine(services, auth, body);
    return {
      resultDesc: agentsAsked(engine, body.agentIds).map(({ workNo, runtime }) => ({
        agentId: workNo,
        callList: runtime
          ? [
              ...[...runtime.legs.values()].map((leg) => {
                const call = engine.calls.get(leg.callId);
                return { callId: leg.callId, callStatus: callStatus(engine, runtime, leg), callInOut: call && callDirection(call.feature) === 'in' ? 0 : 1, mediaType: call?.mediaType ?? 5 };
              }),
              ...privateCallIds(engine, workNo).map((callId) => {
                const call = engine.calls.get(callId);
                return { callId, callStatus: 3, callInOut: call && callDirection(call.feature) === 'in' ? 0 : 1, mediaType: call?.mediaType ?? 5 };
              }),
            ]
          : [],
      })),
    };
  },
});
