import type { Sentence } from './config-types.ts';
import { dialogueActsOf, type SimilarityIndex } from './similarity.ts';
import { compileSafeRegex, keywordHit, normalise, type SafeRegex } from './text-match.ts';
import type { Segment } from './transcript.ts';

/**
 * Which sentences each segment says (note 07 §5.B.4): a sentence matches when any of its tags
 * does: a keyword as a normalised substring, a regular expression on RE2, a dialogue act through
 * the trained index.
 */
export function sentencesPerSegment(segments: readonly Segment[], sentences: ReadonlyMap<string, Sentence>, index: SimilarityIndex): Array<Set<string>> {
  const compiled = new Map<string, { keywords: string[]; regexes: SafeRegex[]; acts: boolean }>();
  for (const [id, s] of sentences) {
    const keywords = s.tags.filter((t) => t.tag_type === 'keyword').flatMap((t) => t.pos_sentences.map((c) => c.name));
    const regexes = s.tags.filter((t) => t.tag_type === 'regular_exp').flatMap((t) => t.pos_sentences.map((c) => compileSafeRegex(c.name)));
    compiled.set(id, { keywords, regexes, acts: s.tags.some((t) => t.tag_type === 'dialogue_act') });
  }
  return segments.map((segment) => {
    const text = normalise(segment.asr_text);
    const acts = dialogueActsOf(index, segment.asr_text);
    const said = new Set<string>();
    for (const [id, c] of compiled) {
      if (c.keywords.some((k) => keywordHit(text, k)) || c.regexes.some((r) => r.test(segment.asr_text)) || (c.acts && acts.has(id))) said.add(id);
    }
    return said;
  });
}

export function saysAny(said: ReadonlySet<string>, sentenceIds: readonly string[]): boolean {
  return sentenceIds.some((id) => said.has(id));
}
