import { Type } from '@sinclair/typebox';
import { cmsEnvelope } from '../../../http/envelope/index.ts';
import { defineEndpoint } from '../../define-endpoint.ts';
import { cmsKeyAliases, cmsTenant } from '../cms-request.ts';
import { VdnBody, vdnErrors } from './vdn-request.ts';

const Item = Type.Object({ id: Type.Integer({ description: 'Skill queue ID' }), mediaType: Type.Integer({ description: 'Table 12-695' }), name: Type.String() });

/** CEC §12.3.1.1.9 configures/skills (ref L54620–L54699): the skill queues of the VDN, by ID, in envelope B. */
export const configuredSkills = defineEndpoint({
  section: '12.3.1.1.9',
  name: 'configures/skills',
  summary: 'Querying information about each skill queue in a specified VDN',
  method: 'POST',
  path: '/rest/cmsapp/v1/openapi/configures/skills',
  auth: 'C2-any',
  envelope: cmsEnvelope,
  keyAliases: cmsKeyAliases,
  body: VdnBody,
  response: Type.Object({ resultDesc: Type.Array(Item) }),
  errors: vdnErrors,
  async handler({ body, auth, services }) {
    const vdnId = await cmsTenant(services, auth, body);
    const skills = [...(await services.repos.skills.listAll(vdnId))].sort((a, b) => a.skillId - b.skillId);
    return { resultDesc: skills.map((s) => ({ id: s.skillId, mediaType: s.mediaTypeId, name: s.name })) };
  },
});
