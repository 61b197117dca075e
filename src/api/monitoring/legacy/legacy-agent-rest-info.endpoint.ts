import { Type } from '@sinclair/typebox';
import { cmsLegacyEnvelope } from '../../../http/envelope/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { cmsKeyAliases } from '../cms-request.ts';
import { vdnBody } from '../realtime-request.ts';
import { agentRestInfos } from '../realtime-agent/agent-rest-infos.endpoint.ts';
import { modernPayload, modernPayloadSchema, renamed, renamedSchema } from './legacy-mapping.ts';

const names = { allowRestNum: 'allowrestnum', onRestNum: 'onrestnum', waitRestNum: 'waitrestnum', agentsRestDetails: 'agentsrestdetails' };
const detailNames = { agentName: 'agentname', workNo: 'workno', cantRestReason: 'cantrestreason', beginTime: 'begintime', restDuration: 'restduration' };

/**
 * CEC §12.3.8.13.3 (ref L65289–L65417): the pre-8.13 form of 12.3.1.3.8 over every agent of the
 * VDN (no paging), lowercase names in envelope G. The example's JSON is not valid (L65366); the
 * table's structure (an array of details) is followed.
 */
export const legacyAgentRestInfo = defineEndpoint({
  section: '12.3.8.13.3',
  name: 'agentgroup/agentrestinfo',
  summary: 'Querying the agent information in rest state (earlier than 8.13.0)',
  method: 'POST',
  path: '/rest/cmsapp/v1/openapi/agentgroup/agentrestinfo',
  auth: 'C2-any',
  envelope: cmsLegacyEnvelope,
  keyAliases: cmsKeyAliases,
  body: vdnBody({}),
  response: Type.Object({ resultDatas: renamedSchema(modernPayloadSchema(agentRestInfos), names, { agentsRestDetails: detailNames }) }),
  errors: agentRestInfos.errors!,
  async handler(ctx) {
    const { ccId, vdn } = ctx.body;
    return { resultDatas: renamed(await modernPayload(agentRestInfos, ctx, { ccId, vdn }), names, { agentsRestDetails: detailNames }) };
  },
});
