import { Type } from '@sinclair/typebox';
import { heldCallsMax, type TenantEngine } from '../../../engine/index.ts';
import { cmsCompatEnvelope } from '../../../http/envelope/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { cmsKeyAliases } from '../cms-request.ts';
import { cmsEngine, distinctIds, skillIdsSchema, vdnBody } from '../realtime-request.ts';

/** OpenCEC limits no conversation; the reference's example reports a day (ref L56187). */
const maxTalkTimeSeconds = 86_400;

/**
 * The limits the engine applies to a skill queue, in the example's key order (decision 0809):
 * queue capacity and wait from the skill's configuration (5.2.1), the hold limit and ring timeout
 * of the engine, and the skill's rest quota (tenant file `settings.rest`, decision 0850) or, without
 * one, every agent of the skill, since then nothing limits their rests.
 */
function skillConfigInfo(engine: TenantEngine, skillId: number): Record<string, unknown> {
  const skill = engine.config.skills.get(skillId);
  let agents = 0;
  if (skill) for (const agent of engine.config.agents.values()) if (agent.skills.some((s) => s.skillId === skillId)) agents += 1;
  return {
    skillId,
    maxHoldCallNum: skill ? heldCallsMax : 0,
    maxTalkTime: skill ? maxTalkTimeSeconds : 0,
    maxAgentWrapupTime: skill?.maxAgentWrapupTimeSeconds ?? 0,
    maxWaitTime: skill?.maxWaitTimeSeconds ?? 0,
    maxRestAgentNum: engine.config.restPolicy?.maxRestingBySkill.get(skillId) ?? agents,
    maxCallNum: skill?.maxWaitNum ?? 0,
    maxAnswerWaitTime: skill ? Math.round(engine.settings.ringTimeoutMs / 1000) : 0,
  };
}

/** CEC §12.3.1.2.5 (ref L56088–L56228): the configured limits of skill queues. */
export const skillConfigInfos = defineEndpoint({
  section: '12.3.1.2.5',
  name: 'skill/skillcfginfo',
  summary: 'Querying information about skill queue configurations in batches',
  method: 'POST',
  path: '/rest/cmsapp/v1/openapi/skill/skillcfginfo',
  auth: 'C2-any',
  envelope: cmsCompatEnvelope,
  keyAliases: cmsKeyAliases,
  body: vdnBody({ skillIds: skillIdsSchema }),
  response: Type.Object({
    resultDesc: Type.Array(
      Type.Object({
        skillId: Type.Integer(),
        maxHoldCallNum: Type.Integer(),
        maxTalkTime: Type.Integer({ description: 'Seconds' }),
        maxAgentWrapupTime: Type.Integer({ description: 'Seconds' }),
        maxWaitTime: Type.Integer({ description: 'Seconds' }),
        maxRestAgentNum: Type.Integer(),
        maxCallNum: Type.Integer(),
        maxAnswerWaitTime: Type.Integer({ description: 'Ring timeout, seconds' }),
      }),
    ),
  }),
  errors: ['0100002', '0101003'],
  async handler({ body, auth, services }) {
    const engine = await cmsEngine(services, auth, body);
    return { resultDesc: distinctIds(body.skillIds).map((skillId) => skillConfigInfo(engine, skillId)) };
  },
});
