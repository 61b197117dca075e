import { Type } from '@sinclair/typebox';
import { limits } from '../../app/limits.ts';
import { returnCodeEnvelope } from '../../http/envelope/index.ts';
import { deleteSkills } from '../../services/skills/skill-service.ts';
import { defineEndpoint } from '../define-endpoint.ts';
import { tenantOf } from './require-tenant.ts';
import { configFailure, describeSkillRejection } from './skill-errors.ts';

/**
 * CEC §5.2.2 (ref L4179–4250): deletes up to 10 skill queues of the token's tenant, given as one
 * string separated by `,`, `;` or `-`. All or none: an unknown id, or a queue still routed to,
 * refuses the whole request (decision 0202).
 */
export const deleteSkill = defineEndpoint({
  section: '5.2.2',
  name: 'skill/deleteSkill',
  summary: 'Delete skill queues',
  method: 'POST',
  path: '/apiaccess/rest/cc-management/v1/skill/deleteSkill',
  auth: 'C1',
  envelope: returnCodeEnvelope,
  body: Type.Object({
    skillIds: Type.String({ maxLength: 1000, description: 'ids separated by commas, semicolons or hyphens; at most 10' }),
  }),
  response: Type.Object({}),
  async handler({ body, auth, services }) {
    const vdnId = tenantOf(auth, returnCodeEnvelope);
    const deleted = await deleteSkills(services, vdnId, body.skillIds, limits.deleteSkillIdsMax);
    if (!deleted.ok) throw configFailure(describeSkillRejection(deleted.rejection));
    return { description: 'Success' };
  },
});
