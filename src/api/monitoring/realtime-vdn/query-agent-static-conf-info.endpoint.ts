import { Type } from '@sinclair/typebox';
import { cmsCompatEnvelope } from '../../../http/envelope/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { cmsKeyAliases } from '../cms-request.ts';
import { staticConfiguration, vdnAgentList } from './vdn-agent-list.ts';
import { pagedVdnBody, vdnErrors } from './vdn-request.ts';

export const StaticConfItem = Type.Object({
  agentId: Type.Integer(),
  groupId: Type.Integer({ description: 'Agent group: always -1' }),
  rights: Type.String({ description: "Permission bits of Table 12-353, '1' granted, bit 1 first" }),
  name: Type.String(),
  realFlag: Type.Integer({ description: '1 common agent' }),
});

/**
 * CEC §12.3.1.1.6 queryagentstaticconfinfo (ref L54285–L54420): the static configuration of every
 * agent of the VDN, paged (limit ≤ 100). The response table points at Table 12-361 by mistake; its
 * items are those of Table 12-352 (note 08 A-6).
 */
export const queryAgentStaticConfInfo = defineEndpoint({
  section: '12.3.1.1.6',
  name: 'vdn/queryagentstaticconfinfo',
  summary: 'Querying information about static configurations of all agents in a specified VDN',
  method: 'POST',
  path: '/rest/cmsapp/v1/openapi/vdn/queryagentstaticconfinfo',
  auth: 'C2-any',
  envelope: cmsCompatEnvelope,
  keyAliases: cmsKeyAliases,
  body: pagedVdnBody(100),
  response: Type.Object({ resultDesc: Type.Array(StaticConfItem), count: Type.Integer() }),
  errors: vdnErrors,
  handler({ body, auth, services }) {
    return vdnAgentList(services, auth, body, staticConfiguration);
  },
});
