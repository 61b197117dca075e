import { Type } from '@sinclair/typebox';
import { gatewayEnvelope } from '../../../http/envelope/index.ts';
import { tenantRestReasons } from '../../../services/monitoring/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { signedInEngine } from '../agent-context.ts';
import { flowControlled } from '../flow-control.ts';
import { AgentIdParams } from '../gateway-schemas.ts';

/**
 * Pre-2.5 `agentgroup/{id}/restreason` (docs/extensions.md): the signed-in agent's tenant's rest
 * reason codes, the same catalogue CC-CMS 12.3.1.1.10 reads (tenant `settings.restReasons`,
 * decision 0802), so a toolbar can offer them before it calls 6.1.1.12 `sayrest`.
 */
export const legacyRestReason = flowControlled(defineEndpoint({
  section: 'ext.legacy.restreason',
  name: 'restreason',
  summary: "Rest reason codes of the agent's VDN (pre-2.5 client route)",
  method: 'GET',
  path: '/agentgateway/resource/agentgroup/{agentid}/restreason',
  auth: 'C4',
  envelope: gatewayEnvelope,
  params: AgentIdParams,
  response: Type.Object({ result: Type.Array(Type.Object({ restReasonId: Type.Integer(), restReason: Type.String() })) }),
  errors: ['100-006', '100-007'],
  async handler({ request, services }) {
    const { engine } = signedInEngine(request);
    return { message: 'success', result: await tenantRestReasons(services.repos, engine.vdnId) };
  },
}));
