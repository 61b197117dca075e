import { Type } from '@sinclair/typebox';
import { returnCodeEnvelope } from '../../http/envelope/index.ts';
import { modifySkill as modifySkillService } from '../../services/skills/skill-service.ts';
import { defineEndpoint } from '../define-endpoint.ts';
import { tenantOf } from './require-tenant.ts';
import { configFailure, describeSkillRejection } from './skill-errors.ts';
import { maxAgentWrapupTimeSchema, maxWaitNumSchema, maxWaitTimeSchema, SkillParamInput, skillDescriptionSchema, skillKeyAliases, skillNameSchema } from './skill-schemas.ts';

/**
 * CEC §5.2.3 (ref L4252–4350): changes the fields given of one skill queue of the token's tenant;
 * a new `skillParam` replaces the old one whole. `name` and `mediaTypeId` are not in Table 5-51
 * and cannot change (decision 0201).
 */
export const modifySkill = defineEndpoint({
  section: '5.2.3',
  name: 'skill/modifySkill',
  summary: 'Modify a skill queue',
  method: 'POST',
  path: '/apiaccess/rest/cc-management/v1/skill/modifySkill',
  auth: 'C1',
  envelope: returnCodeEnvelope,
  body: Type.Object({
    skillId: Type.Integer({ minimum: 1 }),
    description: Type.Optional(skillDescriptionSchema),
    maxWaitTime: Type.Optional(maxWaitTimeSchema),
    maxWaitNum: Type.Optional(maxWaitNumSchema),
    maxAgentWrapupTime: Type.Optional(maxAgentWrapupTimeSchema),
    skillParam: Type.Optional(SkillParamInput),
    name: Type.Optional(skillNameSchema),
    mediaTypeId: Type.Optional(Type.Integer({ description: 'cannot change; accepted when equal to the current value' })),
  }),
  response: Type.Object({}),
  keyAliases: skillKeyAliases,
  async handler({ body, auth, services }) {
    const vdnId = tenantOf(auth, returnCodeEnvelope);
    const { skillId, ...changes } = body;
    const modified = await modifySkillService(services, vdnId, skillId, changes);
    if (!modified.ok) throw configFailure(describeSkillRejection(modified.rejection));
    return { description: 'Update Skill successfully' };
  },
});
