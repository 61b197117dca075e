import { Type } from '@sinclair/typebox';
import { cmsEnvelope } from '../../../http/envelope/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { cmsKeyAliases } from '../cms-request.ts';
import { cmsEngine, distinctIds, skillIdsSchema, vdnBody } from '../realtime-request.ts';
import { serviceQuality, ServiceQualitySchema } from './skill-views.ts';

/**
 * CEC §12.3.1.2.11 (ref L56949–L57045): answered-within-15/20 s and lost counters of the current
 * 5 minutes per skill queue ("last 5 minutes" once in the table is the same window, decision 0808).
 */
export const serviceQualityOfSkills = defineEndpoint({
  section: '12.3.1.2.11',
  name: 'skill/servicequality',
  summary: 'Querying service quality for skill queues in batches',
  method: 'POST',
  path: '/rest/cmsapp/v1/openapi/skill/servicequality',
  auth: 'C2-any',
  envelope: cmsEnvelope,
  keyAliases: cmsKeyAliases,
  body: vdnBody({ skillIds: skillIdsSchema }),
  response: Type.Object({ resultDesc: Type.Array(ServiceQualitySchema) }),
  errors: ['0100002', '0101003'],
  async handler({ body, auth, services }) {
    const engine = await cmsEngine(services, auth, body);
    const stats = services.cti.realtime;
    return { resultDesc: distinctIds(body.skillIds).map((skillId) => serviceQuality(skillId, stats.skill(engine.vdnId, skillId))) };
  },
});
