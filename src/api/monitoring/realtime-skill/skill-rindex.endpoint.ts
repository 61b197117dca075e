import { Type } from '@sinclair/typebox';
import { cmsEnvelope } from '../../../http/envelope/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { cmsKeyAliases } from '../cms-request.ts';
import { cmsEngine, distinctIds, skillIdsSchema, vdnBody } from '../realtime-request.ts';
import { SkillIndexIdsSchema, skillIndicatorValue, type SkillIndicatorId } from './skill-indicators.ts';
import { skillLive } from './skill-live.ts';

/**
 * CEC §12.3.1.2.12 (ref L57047–L57260): the values of up to 12 real-time indicators of Table 12-687
 * per skill queue, in the order asked; ids and values are strings as in the example (note 08 A-46).
 */
export const skillRealtimeIndicators = defineEndpoint({
  section: '12.3.1.2.12',
  name: 'skill/rindex',
  summary: 'Obtaining real-time monitoring indicators by skill queue',
  method: 'POST',
  path: '/rest/cmsapp/v1/openapi/skill/rindex',
  auth: 'C2-any',
  envelope: cmsEnvelope,
  keyAliases: cmsKeyAliases,
  body: vdnBody({ skillIds: skillIdsSchema, indexIds: SkillIndexIdsSchema }),
  response: Type.Object({ resultDesc: Type.Array(Type.Object({ id: Type.String(), idxs: Type.Array(Type.Object({ id: Type.String(), val: Type.String() })) })) }),
  errors: ['0100002', '0101003'],
  async handler({ body, auth, services }) {
    const engine = await cmsEngine(services, auth, body);
    const indexIds = [...new Set(body.indexIds as SkillIndicatorId[])];
    const now = engine.now();
    return {
      resultDesc: distinctIds(body.skillIds).map((skillId) => {
        const live = skillLive(engine, services.cti.realtime, skillId);
        return { id: String(skillId), idxs: indexIds.map((id) => ({ id, val: skillIndicatorValue(id, live, now) })) };
      }),
    };
  },
});
