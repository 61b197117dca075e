import { Type } from '@sinclair/typebox';
import { knowledgeInterface, knowledgeValue } from './knowledge-request.ts';

/**
 * CEC §9.2.2 queryColumnsBySuperCode / …ByAKSK (ref L31911–32009): the visible child categories of
 * a category (`0` is the root), in order, as `datas` (a list, unlike the other replies' `data`).
 * The body key is printed `beyondColuld` and `beyondCoulid`; both are accepted.
 */
export const queryColumnsEndpoints = knowledgeInterface({
  section: '9.2.2',
  name: 'queryColumnsBySuperCode',
  summary: 'Querying a category',
  path: '/rest/ccikbs/v1/columnkngapi/queryColumnsBySuperCode',
  body: { beyondColuId: Type.String({ minLength: 1, maxLength: 64 }) },
  keyAliases: { beyondColuId: ['beyondCoulid'] },
  response: Type.Object({ datas: Type.Array(Type.Record(Type.String(), Type.Unknown())) }),
  async handler({ body, services }, tenant) {
    return { description: 'success', datas: knowledgeValue(await services.knowledge.childCategories(tenant.vdnId, body.beyondColuId)) };
  },
});
