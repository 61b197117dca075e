import { Type } from '@sinclair/typebox';
import { cmsCompatEnvelope } from '../../../http/envelope/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { cmsKeyAliases } from '../cms-request.ts';
import { vdnAgentList } from './vdn-agent-list.ts';
import { pagedVdnBody, vdnErrors } from './vdn-request.ts';

export const AgentStateItem = Type.Object({ agentId: Type.Integer(), state: Type.Integer({ description: 'CTI status, §12.3.8.3' }) });

/** CEC §12.3.1.1.5 totalagentdynamicinfo (ref L54168–L54283): the CTI status of every agent of the VDN, paged (limit ≤ 100). */
export const totalAgentDynamicInfo = defineEndpoint({
  section: '12.3.1.1.5',
  name: 'vdn/totalagentdynamicinfo',
  summary: 'Querying information about the current status of all agents in a specified VDN',
  method: 'POST',
  path: '/rest/cmsapp/v1/openapi/vdn/totalagentdynamicinfo',
  auth: 'C2-any',
  envelope: cmsCompatEnvelope,
  keyAliases: cmsKeyAliases,
  body: pagedVdnBody(100),
  response: Type.Object({ resultDesc: Type.Array(AgentStateItem), count: Type.Integer() }),
  errors: vdnErrors,
  handler({ body, auth, services }) {
    return vdnAgentList(services, auth, body, (view) => ({ agentId: view.workNo, state: view.ctiState }));
  },
});
