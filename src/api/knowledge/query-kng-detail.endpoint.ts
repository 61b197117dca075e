import { Type } from '@sinclair/typebox';
import { CecError } from '../../http/cec-error.ts';
import { knowledgeInterface, knowledgeValue } from './knowledge-request.ts';

const openTypes = ['1', '2', '3', '4', '5'] as const;
const sortTypes = ['hit', 'modifyTime', 'clickNum', 'bidRankId'] as const;

/**
 * CEC §9.2.1 queryKngDetail / queryKngDetailByAKSK (ref L31648–31910): a visible node with its
 * rich-text content, attachments (`kngFiles`), related entries (`relaKngs`) and the previous and
 * next entries of its category by order (`pre`/`next`). Each open is counted (`clickNum`) and
 * logged with how it was opened: with openType 2 (search) `searchSortType` and `searchWord` are
 * mandatory, with 5 (associated) `openKng`.
 */
export const queryKngDetailEndpoints = knowledgeInterface({
  section: '9.2.1',
  name: 'queryKngDetail',
  summary: 'Querying knowledge details',
  path: '/rest/ccikbs/v1/columnkngapi/queryKngDetail',
  body: {
    coluKngId: Type.String({ minLength: 1, maxLength: 64 }),
    openType: Type.Union(openTypes.map((t) => Type.Literal(t))),
    openKng: Type.Optional(Type.String({ maxLength: 64 })),
    searchRank: Type.Optional(Type.String({ pattern: '^[0-9]{1,9}$' })),
    searchSortType: Type.Optional(Type.Union(sortTypes.map((t) => Type.Literal(t)))),
    searchWord: Type.Optional(Type.String({ maxLength: 200 })),
  },
  response: Type.Object({ data: Type.Record(Type.String(), Type.Unknown()) }),
  async handler({ body, services }, tenant) {
    const openType = Number(body.openType);
    if (openType === 2 && (!body.searchSortType || !body.searchWord)) throw new CecError('1', 'searchSortType and searchWord are mandatory when openType is 2');
    if (openType === 5 && !body.openKng) throw new CecError('1', 'openKng is mandatory when openType is 5');
    const data = knowledgeValue(
      await services.knowledge.detail(tenant.vdnId, tenant.tenantId, body.coluKngId, {
        openType,
        openKng: body.openKng || undefined,
        searchRank: openType === 2 ? Number(body.searchRank ?? '1') : undefined,
        searchSortType: body.searchSortType,
        searchWord: body.searchWord,
      }),
    );
    return { description: 'success', data };
  },
});
