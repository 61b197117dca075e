import { SqmKind, type SensitiveWord } from '../../domain/ccsqm/config-types.ts';
import { Documents } from './documents.ts';
import { sqmWrite, type SqmDeps } from './sqm-deps.ts';

/** Sensitive words (§12.2.3): tenant-wide, categories only organise them (note 07 §4.B.10). */

export interface SensitiveWordInput {
  sw_name: string;
  score?: number | undefined;
  category_id: string;
  exception?: { customer?: string[] | undefined; staff?: string[] | undefined } | null | undefined;
}

async function build(docs: Documents, input: SensitiveWordInput): Promise<SensitiveWord> {
  await docs.require(SqmKind.sensitiveCategory, input.category_id, 'category');
  const exception = { customer: (input.exception?.customer ?? []).map(String), staff: (input.exception?.staff ?? []).map(String) };
  await docs.requireAll(SqmKind.sentence, [...exception.customer, ...exception.staff], 'sentence');
  return { sw_name: input.sw_name, score: input.score ?? 0, category_id: input.category_id, exception };
}

export function createSensitiveWord(deps: SqmDeps, vdnId: number, input: SensitiveWordInput): Promise<string> {
  return sqmWrite(deps, vdnId, async (repos) => {
    const docs = new Documents(repos, vdnId);
    const body = await build(docs, input);
    await docs.uniqueName(SqmKind.sensitiveWord, body.sw_name);
    const id = deps.ids.next();
    await docs.put(SqmKind.sensitiveWord, { id, name: body.sw_name, parentId: body.category_id, body, nowMs: deps.clock.now() });
    return id;
  });
}

export function updateSensitiveWord(deps: SqmDeps, vdnId: number, swId: string, input: SensitiveWordInput): Promise<void> {
  return sqmWrite(deps, vdnId, async (repos) => {
    const docs = new Documents(repos, vdnId);
    const doc = await docs.require<SensitiveWord>(SqmKind.sensitiveWord, swId, 'sensitive word');
    const body = await build(docs, { ...input, score: input.score ?? doc.body.score, exception: input.exception ?? doc.body.exception });
    await docs.uniqueName(SqmKind.sensitiveWord, body.sw_name, swId);
    await docs.update(SqmKind.sensitiveWord, doc, body, deps.clock.now(), { name: body.sw_name, parentId: body.category_id });
  });
}

export function deleteSensitiveWord(deps: SqmDeps, vdnId: number, swId: string): Promise<void> {
  return sqmWrite(deps, vdnId, async (repos) => {
    const docs = new Documents(repos, vdnId);
    await docs.require(SqmKind.sensitiveWord, swId, 'sensitive word');
    await docs.remove(SqmKind.sensitiveWord, swId);
  });
}
