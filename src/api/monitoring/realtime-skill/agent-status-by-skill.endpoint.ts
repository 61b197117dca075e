import { Type } from '@sinclair/typebox';
import { countAgentStates } from '../../../domain/monitoring/index.ts';
import type { AgentRuntime } from '../../../engine/index.ts';
import { cmsCompatEnvelope } from '../../../http/envelope/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { countedAgent } from '../agent-live.ts';
import { cmsKeyAliases } from '../cms-request.ts';
import { AgentStateCountsSchema } from '../agent-state-counts-schema.ts';
import { cmsEngine, skillIdsSchema, vdnBody } from '../realtime-request.ts';

/**
 * CEC §12.3.1.2.9 (ref L56694–L56829): one object counting the agents of the given skills by state.
 * With `isSkillAllMatch` "true" an agent counts only when the skills it is signed in to are exactly
 * the given ones; otherwise when it is signed in to any of them. Each agent counts once (note 08 §5.2).
 */
export const agentStatusBySkill = defineEndpoint({
  section: '12.3.1.2.9',
  name: 'skill/agentstatusbyskill',
  summary: 'Querying the number of agents in each state in a skill group',
  method: 'POST',
  path: '/rest/cmsapp/v1/openapi/skill/agentstatusbyskill',
  auth: 'C2-any',
  envelope: cmsCompatEnvelope,
  keyAliases: cmsKeyAliases,
  body: vdnBody({ skillIds: skillIdsSchema, isSkillAllMatch: Type.Optional(Type.Union([Type.Literal('true'), Type.Literal('false'), Type.Boolean()], { description: '"true": the agent’s skills must equal the given set' })) }),
  response: Type.Object({ resultDesc: AgentStateCountsSchema }),
  errors: ['0100002', '0101003'],
  async handler({ body, auth, services }) {
    const engine = await cmsEngine(services, auth, body);
    const wanted = new Set(body.skillIds);
    const allMatch = String(body.isSkillAllMatch ?? 'false') === 'true';
    const agents = new Map<number, AgentRuntime>();
    for (const skillId of wanted) {
      for (const workNo of engine.signedInBySkill.get(skillId) ?? []) {
        const agent = engine.agents.get(workNo);
        if (!agent || agents.has(workNo)) continue;
        if (allMatch && !sameSkills(agent.signedInSkills, wanted)) continue;
        agents.set(workNo, agent);
      }
    }
    return { resultDesc: countAgentStates([...agents.values()].map((agent) => countedAgent(engine, agent))) };
  },
});

function sameSkills(signedIn: ReadonlySet<number>, wanted: ReadonlySet<number>): boolean {
  if (signedIn.size !== wanted.size) return false;
  for (const id of signedIn) if (!wanted.has(id)) return false;
  return true;
}
