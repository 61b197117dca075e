import { Type } from '@sinclair/typebox';
import { limits } from '../../app/limits.ts';
import { resolvePage } from '../../domain/config/paging.ts';
import { returnCodeEnvelope } from '../../http/envelope/index.ts';
import { querySkills as querySkillsService } from '../../services/skills/skill-query.ts';
import { defineEndpoint } from '../define-endpoint.ts';
import { tenantOf } from './require-tenant.ts';
import { configFailure, describePagingRejection, describeSkillQueryRejection } from './skill-errors.ts';
import { skillNameSchema, SkillView } from './skill-schemas.ts';

const optionalInteger = (description: string) => Type.Optional(Type.Union([Type.Null(), Type.Integer()], { description }));

/**
 * CEC §5.2.4 (ref L4352–4493): the token's tenant's skill queues, one page of them with the total.
 * Table 5-54 types `limit`, `offset` and `mediaTypeId` as strings and the example sends
 * `"limit":"10","offset":0`: both forms are accepted.
 */
export const querySkills = defineEndpoint({
  section: '5.2.4',
  name: 'skill/querySkills',
  summary: 'Query skill queues',
  method: 'POST',
  path: '/apiaccess/rest/cc-management/v1/skill/querySkills',
  auth: 'C1',
  envelope: returnCodeEnvelope,
  body: Type.Object({
    name: Type.Optional(skillNameSchema),
    mediaTypeId: optionalInteger('5, 53, 19, 2 or 18'),
    limit: optionalInteger('page size, at most 100 (absent or 0: 100; larger values read as 100)'),
    offset: optionalInteger('record offset = limit × (page − 1); negative reads as 0'),
    skillIds: Type.Optional(Type.Array(Type.String({ maxLength: 64 }), { maxItems: limits.pageSizeMax, description: 'skill ids; empty means all' })),
  }),
  response: Type.Object({ total: Type.Integer(), data: Type.Array(SkillView) }),
  async handler({ body, auth, services }) {
    const vdnId = tenantOf(auth, returnCodeEnvelope);
    const page = resolvePage(body ?? {}, limits.pageSizeMax);
    if (!page.ok) throw configFailure(describePagingRejection(page.rejection));
    const query = { name: body?.name, mediaTypeId: body?.mediaTypeId ?? undefined, skillIds: body?.skillIds };
    const result = await querySkillsService(services, vdnId, query, page.value);
    if (!result.ok) throw configFailure(describeSkillQueryRejection(result.rejection));
    return { total: result.value.total, data: result.value.data, description: 'success' };
  },
});
