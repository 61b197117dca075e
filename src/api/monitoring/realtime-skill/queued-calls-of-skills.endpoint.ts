import { Type } from '@sinclair/typebox';
import { waitingCalls } from '../../../engine/index.ts';
import { cmsEnvelope } from '../../../http/envelope/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { cmsKeyAliases } from '../cms-request.ts';
import { cmsEngine, distinctIds, skillIdsSchema, vdnBody } from '../realtime-request.ts';
import { queuedCallProperties, QueuedCallPropertiesSchema } from './queued-calls.ts';

/** CEC §12.3.1.2.7 (ref L56443–L56567): per skill queue, the full properties of each waiting call, in service order. */
export const queuedCallsOfSkills = defineEndpoint({
  section: '12.3.1.2.7',
  name: 'skill/batchmultiskill',
  summary: 'Querying all calls queuing in a skill queue in batches',
  method: 'POST',
  path: '/rest/cmsapp/v1/openapi/skill/batchmultiskill',
  auth: 'C2-any',
  envelope: cmsEnvelope,
  keyAliases: cmsKeyAliases,
  body: vdnBody({ skillIds: skillIdsSchema }),
  response: Type.Object({ resultDesc: Type.Array(Type.Object({ skillId: Type.Integer(), callPropertyExs: Type.Array(QueuedCallPropertiesSchema) })) }),
  errors: ['0100002', '0101003'],
  async handler({ body, auth, services }) {
    const engine = await cmsEngine(services, auth, body);
    const now = engine.now();
    return { resultDesc: distinctIds(body.skillIds).map((skillId) => ({ skillId, callPropertyExs: waitingCalls(engine, skillId).map((call) => queuedCallProperties(call, skillId, now)) })) };
  },
});
