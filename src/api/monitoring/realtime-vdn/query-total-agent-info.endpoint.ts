import { Type } from '@sinclair/typebox';
import { cmsCompatEnvelope } from '../../../http/envelope/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { cmsKeyAliases } from '../cms-request.ts';
import { staticConfiguration, vdnAgentList } from './vdn-agent-list.ts';
import { VdnBody, vdnErrors } from './vdn-request.ts';
import { StaticConfItem } from './query-agent-static-conf-info.endpoint.ts';

/**
 * CEC §12.3.1.1.15 querytotalagentinfo (ref L55284–L55375): the static configuration of every
 * agent of the VDN, without paging. Success is 0100000 like everywhere else (the table's
 * "010000" is a typo, note 08 A-5); `rights` has all 128 bits of Table 12-353 (Table 12-391 is
 * cut at bit 26, A-22).
 */
export const queryTotalAgentInfo = defineEndpoint({
  section: '12.3.1.1.15',
  name: 'vdn/querytotalagentinfo',
  summary: 'Querying static configuration information about all agents in a specified VDN (not supported by CTI 3.6)',
  method: 'POST',
  path: '/rest/cmsapp/v1/openapi/vdn/querytotalagentinfo',
  auth: 'C2-any',
  envelope: cmsCompatEnvelope,
  keyAliases: cmsKeyAliases,
  body: VdnBody,
  response: Type.Object({ resultDesc: Type.Array(StaticConfItem) }),
  errors: vdnErrors,
  async handler({ body, auth, services }) {
    const { resultDesc } = await vdnAgentList(services, auth, body, staticConfiguration);
    return { resultDesc };
  },
});
