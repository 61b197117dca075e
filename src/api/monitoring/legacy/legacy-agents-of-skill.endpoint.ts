import { Type } from '@sinclair/typebox';
import { cmsLegacyEnvelope } from '../../../http/envelope/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { cmsKeyAliases } from '../cms-request.ts';
import { agentsOfConfiguredSkill } from '../realtime-skill/agents-of-skill.endpoint.ts';
import { modernPayload, modernPayloadSchema, renamed, renamedSchema } from './legacy-mapping.ts';

/**
 * Table 12-724's names for 12.3.1.2.10's fields. The phone is `phonenum` in the example and
 * `phonenummer` in the table: both are sent (note 08 A-34).
 */
const names = {
  workNo: 'workno',
  groupId: 'groupid',
  mediaType: 'mediatype',
  vdnId: 'vdnid',
  phoneNumber: ['phonenum', 'phonenummer'],
  currentStateTime: 'currentstatetime',
  loginDate: 'logindate',
};

/**
 * CEC §12.3.8.13.5 (ref L65568–L65684): the pre-8.13 form of 12.3.1.2.10, the agents signed in to
 * a skill queue, with the status of Table 12-725 (the same mapping as Table 12-443).
 */
export const legacyAgentsOfConfiguredSkill = defineEndpoint({
  section: '12.3.8.13.5',
  name: 'agentgroup/agentbyconfiguredskill',
  summary: 'Querying details about agents in configured skill queues (earlier than 8.13.0)',
  method: 'POST',
  path: '/rest/cmsapp/v1/openapi/agentgroup/agentbyconfiguredskill',
  auth: 'C2-any',
  envelope: cmsLegacyEnvelope,
  keyAliases: cmsKeyAliases,
  body: agentsOfConfiguredSkill.body!,
  response: Type.Object({ resultDatas: renamedSchema(modernPayloadSchema(agentsOfConfiguredSkill), names) }),
  errors: agentsOfConfiguredSkill.errors!,
  async handler(ctx) {
    return { resultDatas: renamed(await modernPayload(agentsOfConfiguredSkill, ctx), names) };
  },
});
