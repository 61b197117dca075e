import { Type } from '@sinclair/typebox';
import { returnCodeEnvelope } from '../../http/envelope/index.ts';
import { createSkill as createSkillService } from '../../services/skills/skill-service.ts';
import { defineEndpoint } from '../define-endpoint.ts';
import { tenantOf } from './require-tenant.ts';
import { configFailure, describeSkillRejection } from './skill-errors.ts';
import { maxAgentWrapupTimeSchema, maxWaitNumSchema, maxWaitTimeSchema, SkillParamInput, skillDescriptionSchema, skillKeyAliases, skillNameSchema } from './skill-schemas.ts';

/**
 * CEC §5.2.1 (ref L4042–4177): creates one skill queue of the token's tenant. Success is
 * `{"returnCode":"0","skillId":"5","description":"Create Skill successfully"}`, the id as a string.
 */
export const createSkill = defineEndpoint({
  section: '5.2.1',
  name: 'skill/createSkill',
  summary: 'Create a skill queue',
  method: 'POST',
  path: '/apiaccess/rest/cc-management/v1/skill/createSkill',
  auth: 'C1',
  envelope: returnCodeEnvelope,
  body: Type.Object({
    mediaTypeId: Type.Integer({ description: '5 voice, 53 multimedia, 19 video, 2 voice click-to-dial, 18 video click-to-dial' }),
    description: skillDescriptionSchema,
    name: skillNameSchema,
    maxWaitTime: maxWaitTimeSchema,
    maxWaitNum: maxWaitNumSchema,
    maxAgentWrapupTime: maxAgentWrapupTimeSchema,
    skillParam: SkillParamInput,
  }),
  response: Type.Object({ skillId: Type.String() }),
  keyAliases: skillKeyAliases,
  async handler({ body, auth, services }) {
    const vdnId = tenantOf(auth, returnCodeEnvelope);
    const created = await createSkillService(services, vdnId, body);
    if (!created.ok) throw configFailure(describeSkillRejection(created.rejection));
    return { skillId: String(created.value.skillId), description: 'Create Skill successfully' };
  },
});
