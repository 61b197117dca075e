import { Type } from '@sinclair/typebox';
import { gatewayEnvelope } from '../../../http/envelope/index.ts';
import { CecError } from '../../../http/cec-error.ts';
import { rotateGuidIfDue, touch } from '../../../engine/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { agentContext } from '../agent-context.ts';
import { AgentIdParams } from '../gateway-schemas.ts';
import { announceGuid } from '../guid-headers.ts';

const EventSchema = Type.Object({ eventType: Type.String(), workNo: Type.String(), content: Type.Unknown() });

/**
 * CEC §6.1.4.1 (ref L13596–13711): one event per response, the oldest first; with none queued the
 * request is held up to 10 s and answered as soon as one arrives, or with `"event": null`
 * (decision 0005). Each poll keeps the session alive and, in dynamic GUID mode, may carry a new
 * GUID in `Set-GUID`. A push-mode agent may not poll (000-001).
 */
export const pollEvents = defineEndpoint({
  section: '6.1.4.1',
  name: 'getAgentEvent',
  summary: 'Obtaining events of one agent in polling mode',
  method: 'GET',
  path: '/agentgateway/resource/agentevent/{agentid}?calldata={calldata}',
  auth: 'C4',
  envelope: gatewayEnvelope,
  params: AgentIdParams,
  query: Type.Object({ calldata: Type.Optional(Type.String()) }),
  response: Type.Object({ event: Type.Union([EventSchema, Type.Null()]) }),
  errors: ['000-001', '000-003', '100-006'],
  async handler({ services, request, reply }) {
    const { engine, agent, workNo } = agentContext(request);
    if (engine && agent) {
      if (agent.options.eventMode === 'push') throw new CecError('000-001', 'The agent signed in for pushed events; polling is not allowed.');
      const rotated = engine.run(() => {
        touch(engine, agent);
        return rotateGuidIfDue(engine, agent);
      });
      if (rotated) {
        // The new GUID is durable before a client hears of it, so that a new owner knows it (decision 1720).
        await services.cti.records.flushed();
        announceGuid(reply, rotated);
      }
    }
    const event = await services.cti.hub.poll(workNo);
    return { message: '', event };
  },
});
