import { SqmKind, type Corpus, type Script, type Sentence, type SensitiveWord, type SilenceRule, type SpeedRule, type Tag, type TagType } from '../../domain/ccsqm/config-types.ts';
import { conflict, invalid } from '../../domain/ccsqm/failure.ts';
import { compileSafeRegex } from '../../domain/ccsqm/text-match.ts';
import { Documents } from './documents.ts';
import { markOutOfDate } from './tenant-settings.ts';
import { sqmWrite, type SqmDeps } from './sqm-deps.ts';

/** Sentence categories, sentences and their tag corpora (§12.2.2, note 07 §4.B.2). */

export interface TagInput {
  tag_type: TagType;
  pos_sentences?: Array<{ id?: string; name: string }> | null;
  neg_sentences?: Array<{ id?: string; name: string }> | null;
}

export function createCategory(deps: SqmDeps, vdnId: number, kind: typeof SqmKind.sentenceCategory | typeof SqmKind.sensitiveCategory, name: string): Promise<string> {
  return sqmWrite(deps, vdnId, async (repos) => {
    const docs = new Documents(repos, vdnId);
    await docs.uniqueName(kind, name);
    const id = deps.ids.next();
    await docs.put(kind, { id, name, body: { name }, nowMs: deps.clock.now() });
    return id;
  });
}

export function renameCategory(deps: SqmDeps, vdnId: number, kind: typeof SqmKind.sentenceCategory | typeof SqmKind.sensitiveCategory, id: string, name: string): Promise<void> {
  return sqmWrite(deps, vdnId, async (repos) => {
    const docs = new Documents(repos, vdnId);
    const doc = await docs.require<{ name: string }>(kind, id, 'category');
    await docs.uniqueName(kind, name, id);
    await docs.update(kind, doc, { name }, deps.clock.now(), { name });
  });
}

/** A category that still holds sentences or words is kept (note 07 §4.B.2, inferred: refuse). */
export function deleteCategory(deps: SqmDeps, vdnId: number, kind: typeof SqmKind.sentenceCategory | typeof SqmKind.sensitiveCategory, id: string): Promise<void> {
  const member = kind === SqmKind.sentenceCategory ? SqmKind.sentence : SqmKind.sensitiveWord;
  return sqmWrite(deps, vdnId, async (repos) => {
    const docs = new Documents(repos, vdnId);
    await docs.require(kind, id, 'category');
    if ((await docs.list(member, id)).length > 0) throw conflict('Business failure. The category is not empty.');
    await docs.remove(kind, id);
  });
}

/** Tags as stored: corpus ids kept when the sentence had them, new ids otherwise; regexes checked. */
function buildTags(deps: SqmDeps, input: readonly TagInput[], previous: readonly Tag[]): Tag[] {
  const known = new Set(previous.flatMap((t) => [...t.pos_sentences, ...t.neg_sentences].map((c) => c.id)));
  const corpora = (list: TagInput['pos_sentences']): Corpus[] =>
    (list ?? []).map((c) => ({ id: c.id !== undefined && known.has(String(c.id)) ? String(c.id) : deps.ids.next(), name: c.name }));
  return input.map((tag) => {
    const built: Tag = { tag_type: tag.tag_type, pos_sentences: corpora(tag.pos_sentences), neg_sentences: corpora(tag.neg_sentences) };
    if (tag.tag_type === 'regular_exp') for (const c of [...built.pos_sentences, ...built.neg_sentences]) compileSafeRegex(c.name);
    return built;
  });
}

export function createSentence(deps: SqmDeps, vdnId: number, input: { category_id: string; sentence_name: string; tagDataList: TagInput[] }): Promise<string> {
  return sqmWrite(deps, vdnId, async (repos) => {
    const docs = new Documents(repos, vdnId);
    await docs.require(SqmKind.sentenceCategory, input.category_id, 'category');
    await docs.uniqueName(SqmKind.sentence, input.sentence_name);
    const id = deps.ids.next();
    const body: Sentence = { sentence_name: input.sentence_name, category_id: input.category_id, tags: buildTags(deps, input.tagDataList, []) };
    await docs.put(SqmKind.sentence, { id, name: body.sentence_name, parentId: body.category_id, body, nowMs: deps.clock.now() });
    await markOutOfDate(docs, deps.clock.now());
    return id;
  });
}

/** Replaces the sentence's name, category and tags (12.2.2.6); omitted corpora are dropped. */
export function updateSentence(deps: SqmDeps, vdnId: number, input: { sentence_id: string; category_id: string; sentence_name: string; tagDataList: TagInput[] }): Promise<void> {
  return sqmWrite(deps, vdnId, async (repos) => {
    const docs = new Documents(repos, vdnId);
    const doc = await docs.require<Sentence>(SqmKind.sentence, input.sentence_id, 'sentence');
    await docs.require(SqmKind.sentenceCategory, input.category_id, 'category');
    await docs.uniqueName(SqmKind.sentence, input.sentence_name, doc.id);
    const body: Sentence = { sentence_name: input.sentence_name, category_id: input.category_id, tags: buildTags(deps, input.tagDataList, doc.body.tags) };
    await docs.update(SqmKind.sentence, doc, body, deps.clock.now(), { name: body.sentence_name, parentId: body.category_id });
    await markOutOfDate(docs, deps.clock.now());
  });
}

/** Where sentences are used: scripts and the exceptions of sensitive words, silence and speed rules. */
export async function sentenceUsers(docs: Documents): Promise<Set<string>> {
  const used = new Set<string>();
  for (const s of await docs.list<Script>(SqmKind.script)) s.body.sentences.forEach((id) => used.add(id));
  for (const w of await docs.list<SensitiveWord>(SqmKind.sensitiveWord)) [...w.body.exception.customer, ...w.body.exception.staff].forEach((id) => used.add(id));
  for (const r of await docs.list<SilenceRule>(SqmKind.silenceRule)) [...r.body.exception.before.staff, ...r.body.exception.before.customer, ...r.body.exception.after.staff].forEach((id) => used.add(id));
  for (const r of await docs.list<SpeedRule>(SqmKind.speedRule)) [...r.body.exception.under.customer, ...r.body.exception.over.customer].forEach((id) => used.add(id));
  return used;
}

/** A sentence still referenced is kept (note 07 §4.B.2, inferred: refuse). */
export function deleteSentence(deps: SqmDeps, vdnId: number, id: string): Promise<void> {
  return sqmWrite(deps, vdnId, async (repos) => {
    const docs = new Documents(repos, vdnId);
    await docs.require(SqmKind.sentence, id, 'sentence');
    if ((await sentenceUsers(docs)).has(id)) throw conflict('Business failure. The sentence is used by a script or a rule.');
    await docs.remove(SqmKind.sentence, id);
    await markOutOfDate(docs, deps.clock.now());
  });
}

/** Moves sentences or sensitive words into a category of the same family (12.2.2.2, 12.2.3.8). */
export function moveToCategory(deps: SqmDeps, vdnId: number, kind: typeof SqmKind.sentence | typeof SqmKind.sensitiveWord, ids: readonly string[], categoryId: string): Promise<void> {
  if (ids.length === 0) return Promise.reject(invalid('Incorrect request. No ids to move.'));
  const categoryKind = kind === SqmKind.sentence ? SqmKind.sentenceCategory : SqmKind.sensitiveCategory;
  return sqmWrite(deps, vdnId, async (repos) => {
    const docs = new Documents(repos, vdnId);
    await docs.require(categoryKind, categoryId, 'category');
    await docs.requireAll(kind, ids, kind === SqmKind.sentence ? 'sentence' : 'sensitive word');
    const found = await docs.byIds<{ category_id: string }>(kind, ids);
    for (const doc of found.values()) await docs.update(kind, doc, { ...doc.body, category_id: categoryId }, deps.clock.now(), { parentId: categoryId });
    if (kind === SqmKind.sentence) await markOutOfDate(docs, deps.clock.now());
  });
}

/** Sentences as objects that name them (`{category_id, sentence_id, sentence_name}`, ref L45259). */
export async function sentenceRefs(docs: Documents, ids: readonly string[]): Promise<Array<{ category_id: string; sentence_id: string; sentence_name: string }>> {
  const found = await docs.byIds<Sentence>(SqmKind.sentence, ids);
  return ids.flatMap((id) => {
    const s = found.get(id);
    return s ? [{ category_id: s.body.category_id, sentence_id: id, sentence_name: s.body.sentence_name }] : [];
  });
}
