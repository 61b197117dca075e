/**
 * The text pipeline every local NLU feature shares (note 05 §8.3.2): NFKC folding, lower case,
 * word segmentation with the built-in ICU segmenter, and CJK characters as unigrams plus bigrams
 * so that Chinese matches without a dictionary. Pure and deterministic.
 */

const cjk = /[\u3400-\u9fff\uf900-\ufaff]/u;

/** Full-width to half-width, lower case, punctuation to spaces, runs of spaces collapsed. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/gu, ' ')
    .trim();
}

export function isCjk(char: string): boolean {
  return cjk.test(char);
}

const segmenters = new Map<string, Intl.Segmenter>();
function segmenter(locale: string): Intl.Segmenter {
  let s = segmenters.get(locale);
  if (!s) {
    s = new Intl.Segmenter(locale, { granularity: 'word' });
    segmenters.set(locale, s);
  }
  return s;
}

/** One word of a sentence with its place, for interfaces that report indices (spell check). */
export interface WordToken {
  word: string;
  /** Offset of the first character in the original text. */
  start: number;
  end: number;
}

/** The word-like segments of `text` (original spelling and offsets). */
export function words(text: string, language = 'en'): WordToken[] {
  const out: WordToken[] = [];
  for (const seg of segmenter(language.startsWith('zh') ? 'zh' : 'en').segment(text)) {
    if (seg.isWordLike) out.push({ word: seg.segment, start: seg.index, end: seg.index + seg.segment.length });
  }
  return out;
}

/**
 * Retrieval terms: Latin words whole, CJK runs as every character and every adjacent pair. The
 * same function serves documents and queries, so both sides always agree.
 */
export function terms(text: string): string[] {
  const normal = normalizeText(text);
  const out: string[] = [];
  for (const token of normal.split(' ')) {
    if (!token) continue;
    let latin = '';
    const chars = [...token];
    for (let i = 0; i < chars.length; i++) {
      const c = chars[i]!;
      if (isCjk(c)) {
        if (latin) out.push(latin), (latin = '');
        out.push(c);
        const next = chars[i + 1];
        if (next && isCjk(next)) out.push(c + next);
      } else {
        latin += c;
      }
    }
    if (latin) out.push(latin);
  }
  return out;
}

/**
 * Character n-grams for the intent classifier: 2–4-grams of each padded Latin word, 1–2-grams of
 * CJK text. They are robust to inflection and typing slips, and need no stemmer or segmenter.
 */
export function charNgrams(text: string): string[] {
  const out: string[] = [];
  for (const term of terms(text)) {
    if (isCjk(term[0]!)) {
      out.push(term);
      continue;
    }
    const padded = ` ${term} `;
    out.push(`w:${term}`);
    for (let n = 2; n <= 4; n++) for (let i = 0; i + n <= padded.length; i++) out.push(padded.slice(i, i + n));
  }
  return out;
}
