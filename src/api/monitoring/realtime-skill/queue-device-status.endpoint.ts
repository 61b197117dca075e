import { Type } from '@sinclair/typebox';
import { waitingCalls } from '../../../engine/index.ts';
import { cmsCompatEnvelope } from '../../../http/envelope/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { cmsKeyAliases } from '../cms-request.ts';
import { cmsEngine, skillIdSchema, vdnBody } from '../realtime-request.ts';
import { queuedCall, QueuedCallSchema } from './queued-calls.ts';

/** CEC §12.3.1.2.4 (ref L55992–L56086): the calls waiting in one skill queue, in the order the ACD serves them. */
export const queueDeviceStatus = defineEndpoint({
  section: '12.3.1.2.4',
  name: 'skill/queuedevicestatus',
  summary: 'Querying information about status of a specified skill queue',
  method: 'POST',
  path: '/rest/cmsapp/v1/openapi/skill/queuedevicestatus',
  auth: 'C2-any',
  envelope: cmsCompatEnvelope,
  keyAliases: cmsKeyAliases,
  body: vdnBody({ skillId: skillIdSchema }),
  response: Type.Object({ resultDesc: Type.Array(QueuedCallSchema) }),
  errors: ['0100002', '0101003'],
  async handler({ body, auth, services }) {
    const engine = await cmsEngine(services, auth, body);
    return { resultDesc: waitingCalls(engine, body.skillId).map(queuedCall) };
  },
});
