import { Type } from '@sinclair/typebox';
import { gatewayEnvelope } from '../../../http/envelope/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { signedInEngine } from '../agent-context.ts';
import { flowControlled } from '../flow-control.ts';
import { queryFailure } from '../gateway-errors.ts';
import { AgentIdParams } from '../gateway-schemas.ts';

/**
 * Pre-2.5 inbound numbers (docs/extensions.md): the access codes of the agent's VDN with where
 * each routes (device type 1 skill queue, 3 IVR flow, as 5.3.1 reports them). A VDN without
 * access codes is 600-004, the code 5.2.10 uses for a VDN without IVR flows.
 */
export const legacyInnoInfo = flowControlled(defineEndpoint({
  section: 'ext.legacy.innoinfo',
  name: 'innoinfo',
  summary: 'Access codes of the VDN (pre-2.5 client route)',
  method: 'GET',
  path: '/agentgateway/resource/queuedevice/{agentid}/innoinfo',
  auth: 'C4',
  envelope: gatewayEnvelope,
  params: AgentIdParams,
  response: Type.Object({
    result: Type.Array(Type.Object({ accessCode: Type.String(), extCode: Type.String(), deviceType: Type.Integer(), deviceId: Type.Integer(), mediaType: Type.Integer() })),
  }),
  errors: ['100-006', '100-007', '600-004'],
  handler({ request }) {
    const { engine } = signedInEngine(request);
    const routes = [...engine.config.routes].sort((a, b) => (a.accessCode + a.extCode).localeCompare(b.accessCode + b.extCode));
    if (routes.length === 0) throw queryFailure('600-004', `VDN ${engine.vdnId} has no access code`);
    return {
      message: 'success',
      result: routes.map((r) => ({ accessCode: r.accessCode, extCode: r.extCode, deviceType: r.deviceType, deviceId: r.deviceId, mediaType: r.mediaTypeId })),
    };
  },
}));
