import { Type, type TSchema } from '@sinclair/typebox';
import { SqmKind, type Sentence } from '../../domain/ccsqm/config-types.ts';
import { idList, pageOf, containsText } from '../../domain/ccsqm/paging.ts';
import { createCategory, createSentence, deleteCategory, deleteSentence, moveToCategory, renameCategory, updateSentence } from '../../services/ccsqm/sentences.ts';
import { sqmModules } from './sqm-modules.ts';
import { sqmEndpoint, type SqmEndpointSpec } from './sqm-endpoint.ts';
import { id, name, opt, page, restrictedLimit, text } from './sqm-schemas.ts';

/** CEC §12.2.2 sentencemanagement (ref L43093–44261): module code 0403000, `x-UserId` optional. */
const base = '/CCSQM/rest/ccisqm/v1/sentencemanage';
const envelope = sqmModules.sentence;
const corpus = Type.Object({ id: opt(Type.String({ maxLength: 64 })), name: Type.String({ minLength: 1, maxLength: 1024 }) });
const tag = Type.Object({
  tag_type: Type.Union([Type.Literal('keyword'), Type.Literal('dialogue_act'), Type.Literal('regular_exp')]),
  // The table says pos and neg cannot coexist; every example has both (note 07 §8.4 item 42): both are accepted.
  pos_sentences: opt(Type.Union([Type.Array(corpus, { maxItems: 500 }), Type.Null()])),
  neg_sentences: opt(Type.Union([Type.Array(corpus, { maxItems: 500 }), Type.Null()])),
});
const tagList = Type.Array(tag, { minItems: 1, maxItems: 3 });
const sentenceView = (sentenceId: string, s: Sentence) => ({ category_id: s.category_id, sentence_id: sentenceId, sentence_name: s.sentence_name });

/** Renaming a category of sentences (12.2.2.7) or of sensitive words (12.2.3.10): same body, same reply. */
export function renameCategoryEndpoint(spec: Pick<SqmEndpointSpec<TSchema>, 'section' | 'name' | 'summary' | 'path' | 'envelope' | 'userId'>, kind: typeof SqmKind.sentenceCategory | typeof SqmKind.sensitiveCategory) {
  return sqmEndpoint({
    ...spec,
    body: Type.Object({ category_id: id(), name: name(64) }),
    async handler({ body, deps, vdnId }) {
      await renameCategory(deps, vdnId, kind, body.category_id, body.name);
      return { id: body.category_id, statusCode: 200 };
    },
  });
}

export const sentenceEndpoints = [
  sqmEndpoint({
    section: '12.2.2.1', name: 'createSentenceCategory', summary: 'Creating a sentence category',
    path: `${base}/createSentenceCategory`, envelope, userId: 'optional',
    body: Type.Object({ name: name(64) }),
    async handler({ body, deps, vdnId }) {
      return { category_id: await createCategory(deps, vdnId, SqmKind.sentenceCategory, body.name), statusCode: 200 };
    },
  }),
  sqmEndpoint({
    section: '12.2.2.2', name: 'moveSentenceToCategory', summary: 'Moving sentences to a category',
    path: `${base}/moveSentenceToCategory`, envelope, userId: 'optional',
    // The table prints `sentencelds` (OCR of sentenceIds, note 07 §8.4 item 24); the l/I rule covers it.
    body: Type.Object({ sentenceIds: Type.Union([Type.String({ minLength: 1, maxLength: 20000 }), Type.Array(Type.String(), { minItems: 1 })]), category_id: id() }),
    async handler({ body, deps, vdnId }) {
      await moveToCategory(deps, vdnId, SqmKind.sentence, idList(body.sentenceIds), body.category_id);
    },
  }),
  sqmEndpoint({
    section: '12.2.2.3', name: 'deleteSentence', summary: 'Deleting a sentence',
    path: `${base}/deleteSentence`, envelope, userId: 'optional',
    body: Type.Object({ sentence_id: id() }),
    async handler({ body, deps, vdnId }) {
      await deleteSentence(deps, vdnId, body.sentence_id);
    },
  }),
  sqmEndpoint({
    section: '12.2.2.4', name: 'querySentence', summary: 'Querying sentences (a page, or one sentence with its tags)',
    path: `${base}/querySentence`, envelope, userId: 'optional',
    body: Type.Object({ category_id: opt(Type.String({ maxLength: 64 })), keyword: opt(text(128)), page: opt(page()), limit: opt(restrictedLimit()), sentence_id: opt(Type.String({ maxLength: 64 })) }),
    async handler({ body, docs }) {
      if (body.sentence_id) {
        // The detail form (ref L43499–43569) needs no page or limit.
        const doc = await docs.require<Sentence>(SqmKind.sentence, body.sentence_id, 'sentence');
        return { ...sentenceView(doc.id, doc.body), tagDataList: doc.body.tags };
      }
      if (body.page === undefined || body.limit === undefined) throw envelope.fail('invalid', 'Incorrect request. page and limit are mandatory.');
      const all = (await docs.list<Sentence>(SqmKind.sentence, body.category_id || undefined)).filter((d) => containsText(d.body.sentence_name, body.keyword));
      return { paging: { total: all.length }, data: pageOf(all, body.page, body.limit).map((d) => ({ ...sentenceView(d.id, d.body), tags: null })) };
    },
  }),
  sqmEndpoint({
    section: '12.2.2.5', name: 'querySentenceByCategoryId', summary: 'Querying the sentences of a category',
    path: `${base}/querySentenceByCategoryId`, envelope, userId: 'optional',
    body: Type.Object({ category_id: id(), page: page(), limit: restrictedLimit() }),
    async handler({ body, docs }) {
      await docs.require(SqmKind.sentenceCategory, body.category_id, 'category');
      const all = await docs.list<Sentence>(SqmKind.sentence, body.category_id);
      return { paging: { total: all.length }, data: pageOf(all, body.page, body.limit).map((d) => ({ sentence_id: d.id, sentence_name: d.body.sentence_name, category_id: d.body.category_id })) };
    },
  }),
  sqmEndpoint({
    section: '12.2.2.6', name: 'updateSentence', summary: 'Updating a sentence',
    path: `${base}/updateSentence`, envelope, userId: 'optional',
    body: Type.Object({ sentence_id: id(), category_id: id(), sentence_name: name(128), tagDataList: tagList, deleteTagDataList: opt(Type.Unknown()) }),
    async handler({ body, deps, vdnId }) {
      await updateSentence(deps, vdnId, body);
      // The table calls `id` a category id, the example carries the sentence id (note 07 §8.4 item 43).
      return { id: body.sentence_id, statusCode: 200 };
    },
  }),
  renameCategoryEndpoint({ section: '12.2.2.7', name: 'updateSentenceCategory', summary: 'Renaming a sentence category', path: `${base}/updateSentenceCategory`, envelope, userId: 'optional' }, SqmKind.sentenceCategory),
  sqmEndpoint({
    section: '12.2.2.8', name: 'deleteSentenceCategory', summary: 'Deleting a sentence category',
    path: `${base}/deleteSentenceCategory`, envelope, userId: 'optional',
    body: Type.Object({ category_id: id() }),
    async handler({ body, deps, vdnId }) {
      await deleteCategory(deps, vdnId, SqmKind.sentenceCategory, body.category_id);
    },
  }),
  sqmEndpoint({
    section: '12.2.2.9', name: 'querySentenceCategory', summary: 'Querying sentence categories',
    path: `${base}/querySentenceCategory`, envelope, userId: 'optional',
    async handler({ docs }) {
      return { data: (await docs.list<{ name: string }>(SqmKind.sentenceCategory)).map((d) => ({ category_id: d.id, name: d.body.name })) };
    },
  }),
  sqmEndpoint({
    section: '12.2.2.10', name: 'createSentence', summary: 'Creating a sentence',
    path: `${base}/createSentence`, envelope, userId: 'optional',
    body: Type.Object({ category_id: id(), sentence_name: name(128), tagDataList: tagList }),
    async handler({ body, deps, vdnId }) {
      const sentenceId = await createSentence(deps, vdnId, body);
      return { sentence_id: sentenceId, id: sentenceId, statusCode: 200 };
    },
  }),
];
