import { SqmKind, type Sentence } from '../../domain/ccsqm/config-types.ts';
import { buildIndex, type IndexedCorpus, type SimilarityIndex } from '../../domain/ccsqm/similarity.ts';
import { Documents } from './documents.ts';
import { saveSettings } from './tenant-settings.ts';
import { sqmWrite, type SqmDeps } from './sqm-deps.ts';

/**
 * Semantic keyword training (§12.2.5): builds the tenant's similarity index from the dialogue-act
 * corpora of every sentence and clears `out_of_date`. Local and quick, so it completes within
 * the call (decision 1226); matching uses the last index built.
 */
const indexId = 'semanticIndex';

export function trainTags(deps: SqmDeps, vdnId: number): Promise<void> {
  return sqmWrite(deps, vdnId, async (repos) => {
    const docs = new Documents(repos, vdnId);
    const corpora: IndexedCorpus[] = [];
    for (const s of await docs.list<Sentence>(SqmKind.sentence)) {
      for (const tag of s.body.tags.filter((t) => t.tag_type === 'dialogue_act')) {
        for (const c of tag.pos_sentences) corpora.push({ sentenceId: s.id, polarity: 'pos', text: c.name });
        for (const c of tag.neg_sentences) corpora.push({ sentenceId: s.id, polarity: 'neg', text: c.name });
      }
    }
    await docs.put(SqmKind.settings, { id: indexId, body: buildIndex(corpora), nowMs: deps.clock.now() });
    await saveSettings(docs, { out_of_date: false }, deps.clock.now());
  });
}

export async function semanticIndex(docs: Documents): Promise<SimilarityIndex> {
  return (await docs.find<SimilarityIndex>(SqmKind.settings, indexId))?.body ?? buildIndex([]);
}
