import { Type } from '@sinclair/typebox';
import { SqmKind, type SensitiveWord } from '../../domain/ccsqm/config-types.ts';
import { containsText, idList, pageOf } from '../../domain/ccsqm/paging.ts';
import { createCategory, deleteCategory, moveToCategory, sentenceRefs } from '../../services/ccsqm/sentences.ts';
import { createSensitiveWord, deleteSensitiveWord, updateSensitiveWord } from '../../services/ccsqm/sensitive-words.ts';
import type { Doc } from '../../services/ccsqm/documents.ts';
import { sqmModules } from './sqm-modules.ts';
import { sqmEndpoint } from './sqm-endpoint.ts';
import { renameCategoryEndpoint } from './sentences.endpoints.ts';
import { id, name, num, opt, page, restrictedLimit, text } from './sqm-schemas.ts';

/** CEC §12.2.3 sensitiveWordManage (ref L44262–45345): module code 0401000. */
const base = '/CCSQM/rest/ccisqm/v1/sensitiveWordManage';
const envelope = sqmModules.sensitiveWord;
const userId = 'mandatory' as const;
const exception = opt(Type.Union([Type.Null(), Type.Object({ customer: opt(Type.Array(Type.String(), { maxItems: 100 })), staff: opt(Type.Array(Type.String(), { maxItems: 100 })) })]));
const wordFields = { sw_name: name(128), score: opt(num({ minimum: -100, maximum: 100 })), category_id: id(), exception };
const row = (d: Doc<SensitiveWord>) => ({ sw_id: d.id, sw_name: d.body.sw_name, category_id: d.body.category_id });

export const sensitiveWordEndpoints = [
  sqmEndpoint({
    section: '12.2.3.1', name: 'deleteSensitiveWord', summary: 'Deleting a sensitive word',
    path: `${base}/deleteSensitiveWord`, envelope, userId,
    body: Type.Object({ sw_id: id() }),
    async handler({ body, deps, vdnId }) {
      await deleteSensitiveWord(deps, vdnId, body.sw_id);
      return { result: 'success' };
    },
  }),
  sqmEndpoint({
    section: '12.2.3.2', name: 'querySensitiveWordList', summary: 'Querying sensitive words',
    path: `${base}/querySensitiveWordList`, envelope, userId,
    body: Type.Object({ page: page(), limit: restrictedLimit(), keyword: opt(text(128)) }),
    async handler({ body, docs }) {
      const all = (await docs.list<SensitiveWord>(SqmKind.sensitiveWord)).filter((d) => containsText(d.body.sw_name, body.keyword));
      return { paging: { total: all.length }, data: pageOf(all, body.page, body.limit).map(row) };
    },
  }),
  sqmEndpoint({
    section: '12.2.3.3', name: 'deleteSensitiveCategory', summary: 'Deleting a sensitive-word category',
    path: `${base}/deleteSensitiveCategory`, envelope, userId,
    body: Type.Object({ category_id: id() }),
    async handler({ body, deps, vdnId }) {
      await deleteCategory(deps, vdnId, SqmKind.sensitiveCategory, body.category_id);
    },
  }),
  sqmEndpoint({
    section: '12.2.3.4', name: 'updateSensitiveWord', summary: 'Updating a sensitive word',
    path: `${base}/updateSensitiveWord`, envelope, userId,
    body: Type.Object({ sw_id: id(), ...wordFields }),
    async handler({ body, deps, vdnId }) {
      await updateSensitiveWord(deps, vdnId, body.sw_id, body);
      return { id: body.sw_id, statusCode: 200 };
    },
  }),
  sqmEndpoint({
    section: '12.2.3.5', name: 'querySensitiveCategoryList', summary: 'Querying sensitive-word categories',
    path: `${base}/querySensitiveCategoryList`, envelope, userId,
    async handler({ docs }) {
      // The table shows top-level fields, the example a `data` array (note 07 §8.4 item 45).
      return { data: (await docs.list<{ name: string }>(SqmKind.sensitiveCategory)).map((d) => ({ category_id: d.id, name: d.body.name })) };
    },
  }),
  sqmEndpoint({
    section: '12.2.3.6', name: 'querySensitiveWordsByCategoryId', summary: 'Querying the sensitive words of a category',
    path: `${base}/querySensitiveWordsByCategoryId`, envelope, userId,
    body: Type.Object({ category_id: id(), page: page(), limit: restrictedLimit() }),
    async handler({ body, docs }) {
      await docs.require(SqmKind.sensitiveCategory, body.category_id, 'category');
      const all = await docs.list<SensitiveWord>(SqmKind.sensitiveWord, body.category_id);
      return { paging: { total: all.length }, data: pageOf(all, body.page, body.limit).map(row) };
    },
  }),
  sqmEndpoint({
    section: '12.2.3.7', name: 'createSensitiveCategory', summary: 'Creating a sensitive-word category',
    path: `${base}/createSensitiveCategory`, envelope, userId,
    body: Type.Object({ name: name(64) }),
    async handler({ body, deps, vdnId }) {
      return { category_id: await createCategory(deps, vdnId, SqmKind.sensitiveCategory, body.name), name: body.name };
    },
  }),
  sqmEndpoint({
    section: '12.2.3.8', name: 'moveSensitiveWordToCategory', summary: 'Moving sensitive words to a category',
    path: `${base}/moveSensitiveWordToCategory`, envelope, userId,
    body: Type.Object({ category_id: id(), sensitiveWordIds: Type.Union([Type.String({ minLength: 1, maxLength: 20000 }), Type.Array(Type.String(), { minItems: 1 })]) }),
    async handler({ body, deps, vdnId }) {
      await moveToCategory(deps, vdnId, SqmKind.sensitiveWord, idList(body.sensitiveWordIds), body.category_id);
    },
  }),
  sqmEndpoint({
    section: '12.2.3.9', name: 'createSensitiveWord', summary: 'Creating a sensitive word',
    path: `${base}/createSensitiveWord`, envelope, userId,
    body: Type.Object(wordFields),
    async handler({ body, deps, vdnId }) {
      return { sw_id: await createSensitiveWord(deps, vdnId, body) };
    },
  }),
  renameCategoryEndpoint({ section: '12.2.3.10', name: 'updateSensitiveCategory', summary: 'Renaming a sensitive-word category', path: `${base}/updateSensitiveCategory`, envelope, userId }, SqmKind.sensitiveCategory),
  sqmEndpoint({
    section: '12.2.3.11', name: 'querySensitiveWordDetail', summary: 'Querying a sensitive word with its exception sentences',
    path: `${base}/querySensitiveWordDetail`, envelope, userId,
    body: Type.Object({ sw_id: id() }),
    async handler({ body, docs }) {
      const d = await docs.require<SensitiveWord>(SqmKind.sensitiveWord, body.sw_id, 'sensitive word');
      // Read back as a string (`"score": "-10"`, ref L45334); exceptions as the sentences they name.
      return { sw_id: d.id, sw_name: d.body.sw_name, score: String(d.body.score), exception: { customer: await sentenceRefs(docs, d.body.exception.customer), staff: await sentenceRefs(docs, d.body.exception.staff) }, category_id: d.body.category_id };
    },
  }),
];
