/**
 * The local similarity index behind `dialogue_act` tags (note 07 §5.B.10–11): TF-IDF vectors of
 * character trigrams (works for Chinese without word segmentation), cosine similarity, built by
 * trainTags from the corpora of every sentence. A text matches a sentence's dialogue act when its
 * best positive similarity reaches the threshold and beats its best negative one (decision 1226).
 */
import { normalise } from './text-match.ts';

export const dialogueActThreshold = 0.6;

export interface IndexedCorpus {
  sentenceId: string;
  polarity: 'pos' | 'neg';
  text: string;
}

export interface SimilarityIndex {
  /** Document frequency of each trigram over every corpus text. */
  df: Record<string, number>;
  docs: number;
  entries: Array<{ sentenceId: string; polarity: 'pos' | 'neg'; vector: Record<string, number> }>;
}

function grams(text: string): Map<string, number> {
  const t = ` ${normalise(text)} `;
  const out = new Map<string, number>();
  for (let i = 0; i + 3 <= t.length; i++) out.set(t.slice(i, i + 3), (out.get(t.slice(i, i + 3)) ?? 0) + 1);
  return out;
}

function weigh(counts: Map<string, number>, df: Record<string, number>, docs: number): Record<string, number> {
  const vector: Record<string, number> = {};
  let norm = 0;
  for (const [gram, tf] of counts) {
    const w = tf * Math.log((1 + docs) / (1 + (df[gram] ?? 0)) + 1);
    vector[gram] = w;
    norm += w * w;
  }
  const length = Math.sqrt(norm) || 1;
  for (const gram of Object.keys(vector)) vector[gram]! /= length;
  return vector;
}

export function buildIndex(corpora: readonly IndexedCorpus[]): SimilarityIndex {
  const counted = corpora.map((c) => ({ ...c, counts: grams(c.text) }));
  const df: Record<string, number> = {};
  for (const c of counted) for (const gram of c.counts.keys()) df[gram] = (df[gram] ?? 0) + 1;
  return { df, docs: counted.length, entries: counted.map((c) => ({ sentenceId: c.sentenceId, polarity: c.polarity, vector: weigh(c.counts, df, counted.length) })) };
}

function cosine(a: Record<string, number>, b: Record<string, number>): number {
  let dot = 0;
  for (const gram of Object.keys(a)) dot += a[gram]! * (b[gram] ?? 0);
  return dot;
}

/** The sentence ids whose dialogue act `text` expresses. */
export function dialogueActsOf(index: SimilarityIndex, text: string, threshold = dialogueActThreshold): Set<string> {
  const vector = weigh(grams(text), index.df, index.docs);
  const best = new Map<string, { pos: number; neg: number }>();
  for (const entry of index.entries) {
    const score = cosine(vector, entry.vector);
    const slot = best.get(entry.sentenceId) ?? { pos: 0, neg: 0 };
    slot[entry.polarity] = Math.max(slot[entry.polarity], score);
    best.set(entry.sentenceId, slot);
  }
  const out = new Set<string>();
  for (const [id, { pos, neg }] of best) if (pos >= threshold && pos > neg) out.add(id);
  return out;
}
