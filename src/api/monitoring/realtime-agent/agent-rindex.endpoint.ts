import { Type } from '@sinclair/typebox';
import type { VdnAgentView } from '../../../engine/index.ts';
import { cmsEnvelope } from '../../../http/envelope/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { cmsKeyAliases } from '../cms-request.ts';
import { agentIdsSchema, cmsEngine, secondsSince, vdnBody } from '../realtime-request.ts';
import { agentsAsked } from './agent-request.ts';

/**
 * The real-time agent indicators of Table 12-690 (ref L64454–L64461), with the value types of the
 * example (ref L58508–L58576): the phone a string ("" when not signed in), status and duration
 * numbers, the skills an array: those signed in to, or the configured ones when not signed in.
 */
const agentIndicators = {
  IDX_AGENT_PHONE: (v: VdnAgentView) => v.runtime?.options.phonenum ?? '',
  IDX_AGENT_CURRENT_STATE: (v: VdnAgentView) => v.ctiState,
  IDX_DURATION_AGENT_CURRENT_STATE: (v: VdnAgentView, nowMs: number) => secondsSince(v.stateSinceMs, nowMs),
  IDX_AGENT_LOGIN_SKILLS: (v: VdnAgentView) => (v.runtime ? [...v.runtime.signedInSkills] : v.config.skills.map((s) => s.skillId)).sort((a, b) => a - b),
} as const;

type AgentIndicatorId = keyof typeof agentIndicators;
const ids = Object.keys(agentIndicators) as AgentIndicatorId[];

/** CEC §12.3.1.3.11 (ref L58435–L58577): up to 4 indicators of Table 12-690 for up to 100 agents. */
export const agentRealtimeIndicators = defineEndpoint({
  section: '12.3.1.3.11',
  name: 'agentgroup/rindex',
  summary: 'Obtaining real-time monitoring indicators by agent',
  method: 'POST',
  path: '/rest/cmsapp/v1/openapi/agentgroup/rindex',
  auth: 'C2-any',
  envelope: cmsEnvelope,
  keyAliases: cmsKeyAliases,
  body: vdnBody({ agentIds: agentIdsSchema(100), indexIds: Type.Array(Type.Union(ids.map((id) => Type.Literal(id))), { minItems: 1, maxItems: 4, description: 'Indicator codes of Table 12-690' }) }),
  response: Type.Object({
    resultDesc: Type.Array(Type.Object({ idxs: Type.Array(Type.Object({ val: Type.Union([Type.String(), Type.Integer(), Type.Array(Type.Integer())]), id: Type.String() })), id: Type.Integer() })),
  }),
  errors: ['0100002', '0101003'],
  async handler({ body, auth, services }) {
    const engine = await cmsEngine(services, auth, body);
    const wanted = [...new Set(body.indexIds as AgentIndicatorId[])];
    const now = engine.now();
    return { resultDesc: agentsAsked(engine, body.agentIds).map((view) => ({ idxs: wanted.map((id) => ({ val: agentIndicators[id](view, now), id })), id: view.workNo })) };
  },
});
