import { Type } from '@sinclair/typebox';
import { touch } from '../../../engine/index.ts';
import { gatewayEnvelope } from '../../../http/envelope/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { signedInEngine } from '../agent-context.ts';
import { AgentIdParams } from '../gateway-schemas.ts';
import { announceGuid } from '../guid-headers.ts';

/**
 * Pre-2.5 heartbeat (docs/extensions.md): what historical clients call instead of 6.1.1.3
 * handshake, with the same effect (the session stays alive, the GUID is announced) and their
 * reply `{"retcode":"0","result":{"loginTime":…}}`.
 */
export const legacyHeartbeat = defineEndpoint({
  section: 'ext.legacy.heartbeat',
  name: 'heartbeat',
  summary: 'Heartbeat of a pre-2.5 agent client (as handshake)',
  method: 'PUT',
  path: '/agentgateway/resource/onlineagent/{agentid}/heartbeat',
  auth: 'C4',
  envelope: gatewayEnvelope,
  params: AgentIdParams,
  response: Type.Object({ result: Type.Object({ loginTime: Type.String({ description: 'epoch milliseconds' }) }) }),
  errors: ['100-006', '000-003'],
  handler({ request, reply }) {
    const { engine, agent } = signedInEngine(request);
    engine.run(() => touch(engine, agent));
    announceGuid(reply, agent.guid);
    return { message: 'success', result: { loginTime: String(agent.loginTimeMs) } };
  },
});
