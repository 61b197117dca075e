import { normalizeText, terms } from './text.ts';

/** One Q&A as the matcher sees it (10.9 FaqElementModel). */
export interface FaqDocument {
  faqId: number;
  groupId: number;
  question: string;
  simQuestions: readonly string[];
  keywords: readonly string[];
}

export interface FaqHit {
  faqId: number;
  groupId: number;
  /** Raw relevance, ≥0 and unbounded like the reference's `prob` (ref L36338: 121.11). */
  score: number;
  /** The statement that matched best: the question or one of its similar questions. */
  matched: string;
}

const k1 = 1.2;
const b = 0.75;
/** Added per Q&A keyword found in the sentence (note 05 §8.3.3). */
const keywordBonus = 5;

interface Statement {
  doc: FaqDocument;
  text: string;
  tf: Map<string, number>;
  length: number;
  normal: string;
}

/**
 * BM25 over every question and similar question of a set of Q&As (note 05 §8.3.3); a Q&A scores
 * the best of its statements, plus keyword and exact-match bonuses. Built once per corpus version.
 */
export class FaqIndex {
  private readonly statements: Statement[] = [];
  private readonly df = new Map<string, number>();
  private readonly postings = new Map<string, number[]>();
  private readonly averageLength: number;

  constructor(docs: readonly FaqDocument[]) {
    for (const doc of docs) {
      for (const text of [doc.question, ...doc.simQuestions]) {
        const list = terms(text);
        if (list.length === 0) continue;
        const tf = new Map<string, number>();
        for (const t of list) tf.set(t, (tf.get(t) ?? 0) + 1);
        const index = this.statements.length;
        this.statements.push({ doc, text, tf, length: list.length, normal: normalizeText(text) });
        for (const t of tf.keys()) {
          this.df.set(t, (this.df.get(t) ?? 0) + 1);
          let p = this.postings.get(t);
          if (!p) this.postings.set(t, (p = []));
          p.push(index);
        }
      }
    }
    this.averageLength = this.statements.reduce((sum, s) => sum + s.length, 0) / Math.max(1, this.statements.length);
  }

  get size(): number {
    return this.statements.length;
  }

  /** Q&As ranked by score (best first, ties by id), at most `limit`, each above `minScore`. */
  search(sentence: string, options: { limit?: number; minScore?: number; groups?: ReadonlySet<number> } = {}): FaqHit[] {
    const query = [...new Set(terms(sentence))];
    const normal = normalizeText(sentence);
    const n = this.statements.length;
    // A dense accumulator and the list of statements it touched: no map per query term.
    const acc = new Float64Array(n);
    const touched: number[] = [];
    for (const t of query) {
      const postings = this.postings.get(t);
      if (!postings) continue;
      const df = this.df.get(t)!;
      const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
      for (const i of postings) {
        const s = this.statements[i]!;
        const f = s.tf.get(t)!;
        if (acc[i] === 0) touched.push(i);
        acc[i]! += (idf * (f * (k1 + 1))) / (f + k1 * (1 - b + (b * s.length) / this.averageLength));
      }
    }
    const scores = touched.map((i) => [i, acc[i]!] as const);
    // Best statement per Q&A first; hits are built only for the few that are returned.
    const best = new Map<number, { score: number; index: number }>();
    for (const [i, raw] of scores) {
      const s = this.statements[i]!;
      if (options.groups && !options.groups.has(s.doc.groupId)) continue;
      let score = raw;
      if (s.normal === normal) score *= 1.5;
      for (const k of s.doc.keywords) if (k && normal.includes(normalizeText(k))) score += keywordBonus;
      const prior = best.get(s.doc.faqId);
      if (!prior || score > prior.score) best.set(s.doc.faqId, { score, index: i });
    }
    const minScore = options.minScore ?? 0;
    const limit = options.limit ?? 10;
    const top: { faqId: number; score: number; index: number }[] = [];
    for (const [faqId, b] of best) {
      const score = round2(b.score);
      if (score <= minScore) continue;
      if (top.length === limit && !better(score, faqId, top[limit - 1]!)) continue;
      top.push({ faqId, score, index: b.index });
      top.sort((x, y) => y.score - x.score || x.faqId - y.faqId);
      if (top.length > limit) top.pop();
    }
    return top.map((t) => ({ faqId: t.faqId, groupId: this.statements[t.index]!.doc.groupId, score: t.score, matched: this.statements[t.index]!.text }));
  }
}

function better(score: number, faqId: number, than: { score: number; faqId: number }): boolean {
  return score > than.score || (score === than.score && faqId < than.faqId);
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}
