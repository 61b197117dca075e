import { Type } from '@sinclair/typebox';
import { callFeature } from '../../../domain/monitoring/index.ts';
import { callsInIvrFlow } from '../../../engine/index.ts';
import { cmsCompatEnvelope } from '../../../http/envelope/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { ccIdSchema, cmsFailure, cmsKeyAliases, vdnIdSchema } from '../cms-request.ts';
import { cmsEngine, vdnErrors } from './vdn-request.ts';

const Item = Type.Object({
  callId: Type.String(),
  customerLevel: Type.Integer({ description: 'Customer level (the call priority), larger is more important' }),
  requestType: Type.Integer({ description: 'Call feature, Table 12-699' }),
});

/**
 * CEC §12.3.1.1.7 (ref L54424–L54502, heading lost in the reference): the calls an IVR flow of
 * the VDN is processing now, oldest first. The flow must exist ("Enter the ID of an existing IVR
 * flow", ref L54441): another ID is 0100002. The reference lost this section's URL with its
 * heading; the path is externally sourced, from the public Huawei CEC documentation of the same
 * chapter (`vdn/queryivrstatusinfo`, BMS queryivrdevicestatus; note 08 A-2).
 */
export const queryIvrStatusInfo = defineEndpoint({
  section: '12.3.1.1.7',
  name: 'vdn/queryivrstatusinfo',
  summary: 'Querying IVR status details in a specified VDN',
  method: 'POST',
  path: '/rest/cmsapp/v1/openapi/vdn/queryivrstatusinfo',
  auth: 'C2-any',
  envelope: cmsCompatEnvelope,
  keyAliases: cmsKeyAliases,
  body: Type.Object({ ccId: ccIdSchema, vdn: vdnIdSchema, flowId: Type.Integer({ minimum: 1, maximum: 1500, description: 'An existing IVR flow' }) }),
  response: Type.Object({ resultDesc: Type.Array(Item) }),
  errors: vdnErrors,
  async handler({ body, auth, services }) {
    const engine = await cmsEngine(services, auth, body);
    if (!engine.config.ivrFlows.has(body.flowId)) throw cmsFailure('invalidParameter', 'flowId does not exist');
    const resultDesc = callsInIvrFlow(engine, body.flowId).map((call) => ({ callId: call.callId, customerLevel: call.priority, requestType: callFeature(call.feature) }));
    return { resultDesc };
  },
});
