import { Type } from '@sinclair/typebox';
import { gatewayEnvelope } from '../../../http/envelope/index.ts';
import { renewGuid } from '../../../engine/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { flowControlled } from '../flow-control.ts';
import { signedInEngine } from '../agent-context.ts';
import { AgentIdParams } from '../gateway-schemas.ts';
import { announceGuid } from '../guid-headers.ts';

/**
 * CEC §6.1.1.24 updateGuid: a refreshed page asks for a new GUID; the old one keeps working until
 * its GUIDTIMEOUT so that requests in flight do not fail.
 */
export const updateGuid = flowControlled(defineEndpoint({
  section: '6.1.1.24',
  name: 'updateGuid',
  summary: 'Updating the GUID',
  method: 'PUT',
  path: '/agentgateway/resource/onlineagent/{agentid}/updateGuid',
  auth: 'C4',
  envelope: gatewayEnvelope,
  params: AgentIdParams,
  response: Type.Object({ result: Type.Object({ guid: Type.String() }) }),
  errors: ['100-006'],
  async handler({ services, request, reply }) {
    const { engine, agent } = signedInEngine(request);
    const guid = engine.run(() => renewGuid(engine, agent));
    // The new GUID is durable before the client hears of it (decision 1720).
    await services.cti.records.flushed();
    announceGuid(reply, guid);
    return { message: 'success', result: { guid } };
  },
}));
