import { Type } from '@sinclair/typebox';
import type { TenantEngine } from '../../../engine/index.ts';
import { CecError } from '../../../http/cec-error.ts';
import { gatewayEnvelope } from '../../../http/envelope/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { signedInEngine } from '../agent-context.ts';
import { parseAgentId } from '../c4-guard.ts';
import { flowControlled } from '../flow-control.ts';
import { AgentIdParams } from '../gateway-schemas.ts';

/** Table 6-23 / 6-27 (ref L7310–7317): one configured skill queue. */
const SkillItem = Type.Object({
  name: Type.String(),
  id: Type.Integer(),
  mediatype: Type.Integer({ description: '1, 2, 4, 5, 15, 16, 17, 19, 51 or 53 (Table 6-23)' }),
});

const SkillList = Type.Object({ result: Type.Array(SkillItem) });

/** The skill queues bound to an agent (its configuration, not its sign-in), in skill-ID order. */
function configuredSkills(engine: TenantEngine, workNo: number): Array<{ name: string; id: number; mediatype: number }> {
  const account = engine.config.agents.get(workNo);
  if (!account) return [];
  const out: Array<{ name: string; id: number; mediatype: number }> = [];
  for (const binding of account.skills) {
    const skill = engine.config.skills.get(binding.skillId);
    if (skill) out.push({ name: skill.name, id: skill.skillId, mediatype: skill.mediaTypeId });
  }
  return out.sort((a, b) => a.id - b.id);
}

/** CEC §6.1.1.5 agentskills (ref L7257–7352): the signed-in agent's configured skill queues. */
export const queryAgentSkills = flowControlled(
  defineEndpoint({
    section: '6.1.1.5',
    name: 'queryAgentSkills',
    summary: 'Querying configured skill queues',
    method: 'GET',
    path: '/agentgateway/resource/onlineagent/{agentid}/agentskills',
    auth: 'C4',
    envelope: gatewayEnvelope,
    params: AgentIdParams,
    response: SkillList,
    errors: ['100-006', '100-007'],
    handler({ request }) {
      const { engine, workNo } = signedInEngine(request);
      return { message: 'success', result: configuredSkills(engine, workNo) };
    },
  }),
);

/**
 * CEC §6.1.1.6 agentskillsbyworkno/{workno} (ref L7353–7452): the configured skill queues of
 * another agent, which "must belong to the same VDN" (Table 6-24). An ID outside 101–59999, or of
 * no agent of the caller's VDN, is 000-002 (note 02 §5.9): another tenant's agents are not visible.
 * The target need not be signed in.
 */
export const queryAgentSkillsByWorkNo = flowControlled(
  defineEndpoint({
    section: '6.1.1.6',
    name: 'queryAgentSkillsByWorkNo',
    summary: 'Querying configured skill queues of a specified agent',
    method: 'GET',
    path: '/agentgateway/resource/onlineagent/{agentid}/agentskillsbyworkno/{workno}',
    auth: 'C4',
    envelope: gatewayEnvelope,
    params: Type.Composite([AgentIdParams, Type.Object({ workno: Type.String() })]),
    response: SkillList,
    errors: ['000-002', '100-006', '100-007'],
    handler({ params, request }) {
      const { engine } = signedInEngine(request);
      const target = parseAgentId(params.workno);
      if (target === undefined) throw new CecError('000-002', 'The workno must be an agent ID from 101 to 59999.');
      if (!engine.config.agents.has(target)) throw new CecError('000-002', `Agent ${target} is not an agent of your VDN.`);
      return { message: 'success', result: configuredSkills(engine, target) };
    },
  }),
);
