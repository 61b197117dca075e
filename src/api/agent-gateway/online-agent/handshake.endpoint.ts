import { gatewayEnvelope } from '../../../http/envelope/index.ts';
import { header } from '../../../http/auth/index.ts';
import { CecError } from '../../../http/cec-error.ts';
import { touch } from '../../../engine/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { signedInEngine } from '../agent-context.ts';
import { AgentIdParams, NoResult } from '../gateway-schemas.ts';
import { announceGuid } from '../guid-headers.ts';

/**
 * CEC §6.1.1.3 handshake: the push-mode heartbeat (every 30 s; two minutes without one sign the
 * agent out, ref L7106). A `service_token` header, when sent, must be ≤50 characters without
 * special characters (100-001) and replaces the stored one (the page refreshes it every minute).
 */
export const handshake = defineEndpoint({
  section: '6.1.1.3',
  name: 'handShake',
  summary: 'Heartbeat of an agent in push mode',
  method: 'POST',
  path: '/agentgateway/resource/onlineagent/{agentid}/handshake',
  auth: 'C4',
  envelope: gatewayEnvelope,
  params: AgentIdParams,
  response: NoResult,
  errors: ['100-001', '100-006'],
  async handler({ request, reply }) {
    const { engine, agent } = signedInEngine(request);
    const token = header(request, 'service_token');
    if (token !== undefined && (token.length > 50 || !/^[A-Za-z0-9_.-]*$/.test(token))) throw new CecError('100-001', 'The service_token is invalid.');
    engine.run(() => {
      touch(engine, agent);
      if (token && agent.options.eventMode === 'push') agent.options.serviceToken = token;
    });
    announceGuid(reply, agent.guid);
    return { message: 'success' };
  },
});
