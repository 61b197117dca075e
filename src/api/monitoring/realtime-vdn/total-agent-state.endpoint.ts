import { Type } from '@sinclair/typebox';
import { cmsCompatEnvelope } from '../../../http/envelope/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { cmsKeyAliases } from '../cms-request.ts';
import { vdnAgentList } from './vdn-agent-list.ts';
import { VdnBody, vdnErrors } from './vdn-request.ts';
import { AgentStateItem } from './total-agent-dynamic-info.endpoint.ts';

/**
 * CEC §12.3.1.1.16 (ref L55381–L55455, heading lost in the reference): the CTI status of every
 * agent of the VDN, without paging. The reference lost this section's URL with its heading; the
 * path is externally sourced, from the public Huawei CEC documentation of the same chapter
 * (`vdn/totalagentstate`, BMS totalagentdynamicinfo; note 08 A-2).
 */
export const totalAgentState = defineEndpoint({
  section: '12.3.1.1.16',
  name: 'vdn/totalagentstate',
  summary: 'Querying information about all agents in a specified VDN (not supported by CTI 3.6)',
  method: 'POST',
  path: '/rest/cmsapp/v1/openapi/vdn/totalagentstate',
  auth: 'C2-any',
  envelope: cmsCompatEnvelope,
  keyAliases: cmsKeyAliases,
  body: VdnBody,
  response: Type.Object({ resultDesc: Type.Array(AgentStateItem) }),
  errors: vdnErrors,
  async handler({ body, auth, services }) {
    const { resultDesc } = await vdnAgentList(services, auth, body, (view) => ({ agentId: view.workNo, state: view.ctiState }));
    return { resultDesc };
  },
});
