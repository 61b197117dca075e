import { Type } from '@sinclair/typebox';
import { cmsLegacyEnvelope } from '../../../http/envelope/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { cmsKeyAliases } from '../cms-request.ts';
import { agentByWorkNo } from '../realtime-agent/agent-by-work-no.endpoint.ts';
import { modernPayload, modernPayloadSchema, renamed, renamedSchema } from './legacy-mapping.ts';

/** Table 12-706's names for the fields of 12.3.1.3.7 (`citStatus` and `status` unchanged). */
const names = { workNo: 'workno', vdnId: 'vdnid', phoneNumber: 'phonenumber', loginDate: 'logindate', currentStateTime: 'currentstatetime', mediaType: 'mediatype' };

/**
 * CEC §12.3.8.13.1 (ref L65100–L65201): the pre-8.13 form of 12.3.1.3.7, one agent's details
 * under lowercase names in envelope G. The status table (Table 12-706) is 12.3.1.3.7's, whose
 * "CTT platform" and "SGSN and MME" are misprints (note 08 §2.11.7).
 */
export const legacyAgentByWorkNo = defineEndpoint({
  section: '12.3.8.13.1',
  name: 'agentgroup/agentbyworkno',
  summary: 'Querying details of a specified agent (earlier than 8.13.0)',
  method: 'POST',
  path: '/rest/cmsapp/v1/openapi/agentgroup/agentbyworkno',
  auth: 'C2-any',
  envelope: cmsLegacyEnvelope,
  keyAliases: cmsKeyAliases,
  body: agentByWorkNo.body!,
  response: Type.Object({ resultDatas: renamedSchema(modernPayloadSchema(agentByWorkNo), names) }),
  errors: agentByWorkNo.errors!,
  async handler(ctx) {
    return { resultDatas: renamed(await modernPayload(agentByWorkNo, ctx), names) };
  },
});
