import { charNgrams } from './text.ts';

/** One intent with its training utterances. */
export interface IntentExample {
  intentCmd: string;
  utterances: readonly string[];
}

export interface IntentScore {
  intentCmd: string;
  /** Cosine-based confidence in 0..1. */
  confidence: number;
}

type Vector = Map<string, number>;

/**
 * A local intent model (issue 13 item 3): TF-IDF vectors of character n-grams, scored by cosine
 * similarity as 0.7 × the best utterance + 0.3 × the intent's centroid (note 05 §8.3.4). Training
 * is the constructor; the service builds a new model whenever the corpus changes. Deterministic.
 */
export class IntentClassifier {
  private readonly idf = new Map<string, number>();
  private readonly intents: { cmd: string; examples: Vector[]; centroid: Vector }[] = [];

  constructor(examples: readonly IntentExample[]) {
    const docs = examples.flatMap((e) => e.utterances.map((u) => new Set(charNgrams(u))));
    for (const grams of docs) for (const g of grams) this.idf.set(g, (this.idf.get(g) ?? 0) + 1);
    const n = docs.length;
    for (const [g, df] of this.idf) this.idf.set(g, Math.log((1 + n) / (1 + df)) + 1);
    for (const e of examples) {
      const vectors = e.utterances.map((u) => this.vector(u)).filter((v) => v.size > 0);
      if (vectors.length === 0) continue;
      const centroid: Vector = new Map();
      for (const v of vectors) for (const [g, w] of v) centroid.set(g, (centroid.get(g) ?? 0) + w / vectors.length);
      this.intents.push({ cmd: e.intentCmd, examples: vectors, centroid: unit(centroid) });
    }
  }

  /** Every intent scored against `sentence`, best first (ties by command). */
  classify(sentence: string): IntentScore[] {
    const q = this.vector(sentence);
    if (q.size === 0) return [];
    return this.intents
      .map((intent) => {
        const best = Math.max(...intent.examples.map((v) => cosine(q, v)));
        const confidence = 0.7 * best + 0.3 * cosine(q, intent.centroid);
        return { intentCmd: intent.cmd, confidence: Math.round(confidence * 10000) / 10000 };
      })
      .sort((a, b) => b.confidence - a.confidence || a.intentCmd.localeCompare(b.intentCmd));
  }

  private vector(text: string): Vector {
    const tf: Vector = new Map();
    for (const g of charNgrams(text)) tf.set(g, (tf.get(g) ?? 0) + 1);
    const v: Vector = new Map();
    // Unseen n-grams carry no evidence for any intent: leaving them out keeps scores comparable.
    for (const [g, f] of tf) {
      const idf = this.idf.get(g);
      if (idf !== undefined) v.set(g, (1 + Math.log(f)) * idf);
    }
    return unit(v, tf.size);
  }
}

/** Scales to unit length; `fullSize` counts unseen terms too, so unknown words lower the score. */
function unit(v: Vector, fullSize?: number): Vector {
  let norm = 0;
  for (const w of v.values()) norm += w * w;
  const unseen = fullSize === undefined ? 0 : fullSize - v.size;
  norm = Math.sqrt(norm + unseen);
  if (norm === 0) return v;
  const out: Vector = new Map();
  for (const [g, w] of v) out.set(g, w / norm);
  return out;
}

function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [g, w] of small) {
    const o = large.get(g);
    if (o !== undefined) dot += w * o;
  }
  return dot;
}
