import { RE2JS } from 're2js';
import { invalid } from './failure.ts';

/**
 * Text tests of sentence tags (note 07 §5.B.4). Keywords are normalised substrings; regular
 * expressions run on RE2 (linear time, no catastrophic backtracking) with length caps on the
 * pattern and on the text examined (decision 1225).
 */
export const regexLengthMax = 256;
export const matchedTextMax = 4096;

/** NFKC (full-width → half-width), lower case, without whitespace and punctuation. */
export function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\p{P}\p{S}\s]+/gu, '');
}

export function keywordHit(normalisedText: string, keyword: string): boolean {
  const k = normalise(keyword);
  return k !== '' && normalisedText.includes(k);
}

export interface SafeRegex {
  test(text: string): boolean;
}

/** Compiles a tag's regular expression or refuses it as the §12.2 invalid-parameter failure. */
export function compileSafeRegex(source: string): SafeRegex {
  if (source.length === 0) throw invalid('Incorrect request. A regular expression is empty.');
  if (source.length > regexLengthMax) throw invalid(`Incorrect request. A regular expression is longer than ${regexLengthMax} characters.`);
  let compiled: RE2JS;
  try {
    compiled = RE2JS.compile(source, RE2JS.CASE_INSENSITIVE);
  } catch {
    throw invalid(`Incorrect request. The regular expression ${JSON.stringify(source)} is malformed.`);
  }
  return { test: (text) => compiled.matcher(text.slice(0, matchedTextMax)).find() };
}
