import { Type } from '@sinclair/typebox';
import { CecError } from '../../http/cec-error.ts';
import { knowledgeInterface } from './knowledge-request.ts';

/** The largest page of 9.2.3 (the reference gives none; decision 0900). */
export const searchPageMax = 100;

const Ms = Type.Integer({ minimum: 0, maximum: 253_402_300_799_999 });

/**
 * CEC §9.2.3 advancedSearch / advancedSearchByAKSK (ref L32010–32178): a page of the visible
 * categories and entries matching `keyword`, ranked by relevance (full-text, decision 0900), in
 * the subtree of `code`, of one `coluKngType`, modified within [startTime, endTime].
 */
export const advancedSearchEndpoints = knowledgeInterface({
  section: '9.2.3',
  name: 'advancedSearch',
  summary: 'Querying the knowledge list',
  path: '/rest/ccikbs/v1/columnkngapi/advancedSearch',
  body: {
    keyword: Type.String({ minLength: 1, maxLength: 200 }),
    offset: Type.Integer({ minimum: 0, maximum: 1_000_000 }),
    limit: Type.Integer({ minimum: 1, maximum: searchPageMax }),
    code: Type.Optional(Type.String({ pattern: '^([0-9]{3})*$', maxLength: 60 })),
    coluKngType: Type.Optional(Type.Union([Type.Literal('1'), Type.Literal('2'), Type.Literal('3')])),
    startTime: Type.Optional(Ms),
    endTime: Type.Optional(Ms),
  },
  response: Type.Object({ data: Type.Object({ total: Type.Integer(), results: Type.Array(Type.Record(Type.String(), Type.Unknown())) }) }),
  async handler({ body, services }, tenant) {
    if (body.startTime !== undefined && body.endTime !== undefined && body.startTime > body.endTime) throw new CecError('1', 'startTime is after endTime');
    const query = { keyword: body.keyword, code: body.code || undefined, coluKngType: body.coluKngType === undefined ? undefined : Number(body.coluKngType), startTime: body.startTime, endTime: body.endTime };
    const data = await services.knowledge.searchView(tenant.vdnId, tenant.tenantId, query, { offset: body.offset, limit: body.limit });
    return { description: 'success', data };
  },
});
