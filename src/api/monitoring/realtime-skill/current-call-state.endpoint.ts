import { Type } from '@sinclair/typebox';
import { cmsCompatEnvelope } from '../../../http/envelope/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { cmsKeyAliases } from '../cms-request.ts';
import { cmsEngine, distinctIds, skillIdsSchema, vdnBody } from '../realtime-request.ts';
import { currentCallState, CurrentCallStateSchema } from './skill-views.ts';

/** CEC §12.3.1.2.3 (ref L55842–L55990): the skill queues' call counters of the current 5 minutes (decision 0808). */
export const currentCallStateInfo = defineEndpoint({
  section: '12.3.1.2.3',
  name: 'skill/currentcallstateinfo',
  summary: 'Querying call statistics of skill queues in the current 5 minutes in batches',
  method: 'POST',
  path: '/rest/cmsapp/v1/openapi/skill/currentcallstateinfo',
  auth: 'C2-any',
  envelope: cmsCompatEnvelope,
  keyAliases: cmsKeyAliases,
  body: vdnBody({ skillIds: skillIdsSchema }),
  response: Type.Object({ resultDesc: Type.Array(CurrentCallStateSchema) }),
  errors: ['0100002', '0101003'],
  async handler({ body, auth, services }) {
    const engine = await cmsEngine(services, auth, body);
    const stats = services.cti.realtime;
    return { resultDesc: distinctIds(body.skillIds).map((skillId) => currentCallState(skillId, stats.skill(engine.vdnId, skillId))) };
  },
});
