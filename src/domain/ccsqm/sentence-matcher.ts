import type { Sentence } from './config-types.ts';
import { dialogueActsOf, type SimilarityIndex } from './similarity.ts';
import { compileSafeRegex, normalise, type SafeRegex } from './text-match.ts';
import type { Segment } from './transcript.ts';

/**
 * Which sentences each segment says (note 07 §5.B.4): a sentence matches when any of its tags
 * does: a keyword as a normalised substring, a regular expression on RE2, a dialogue act through
 * the trained index.
 */
type Compiled = Map<string, { keywords: string[]; regexes: SafeRegex[]; acts: boolean }>;

/** Compiled once per loaded set of sentences (a rule book serves many calls). */
const compiledSets = new WeakMap<ReadonlyMap<string, Sentence>, Compiled>();

function compile(sentences: ReadonlyMap<string, Sentence>): Compiled {
  const cached = compiledSets.get(sentences);
  if (cached) return cached;
  const compiled: Compiled = new Map();
  for (const [id, s] of sentences) {
    const keywords = s.tags.filter((t) => t.tag_type === 'keyword').flatMap((t) => t.pos_sentences.map((c) => normalise(c.name)).filter((k) => k !== ''));
    const regexes = s.tags.filter((t) => t.tag_type === 'regular_exp').flatMap((t) => t.pos_sentences.map((c) => compileSafeRegex(c.name)));
    compiled.set(id, { keywords, regexes, acts: s.tags.some((t) => t.tag_type === 'dialogue_act') });
  }
  compiledSets.set(sentences, compiled);
  return compiled;
}

export function sentencesPerSegment(segments: readonly Segment[], sentences: ReadonlyMap<string, Sentence>, index: SimilarityIndex): Array<Set<string>> {
  const compiled = compile(sentences);
  const anyActs = [...compiled.values()].some((c) => c.acts);
  return segments.map((segment) => {
    const text = normalise(segment.asr_text);
    const acts = anyActs ? dialogueActsOf(index, segment.asr_text) : new Set<string>();
    const said = new Set<string>();
    for (const [id, c] of compiled) {
      if (c.keywords.some((k) => text.includes(k)) || c.regexes.some((r) => r.test(segment.asr_text)) || (c.acts && acts.has(id))) said.add(id);
    }
    return said;
  });
}

export function saysAny(said: ReadonlySet<string>, sentenceIds: readonly string[]): boolean {
  return sentenceIds.some((id) => said.has(id));
}
