/**
 * The tokeniser of the knowledge-base index (decision 0900). Chinese, Japanese and Korean text has
 * no spaces between words, so a run of such characters becomes its overlapping character bigrams
 * (a lone character stays a unigram); other text is split into lower-cased letter/digit words.
 * The same function tokenises entries and queries, so a query matches the bigrams it shares.
 */
const cjkRun = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu;
const wordRun = /[\p{L}\p{N}]+/gu;

export function kbTokens(text: string): string[] {
  const normalised = text.normalize('NFKC').toLowerCase();
  const tokens: string[] = [];
  // Everything that is not CJK, with the CJK runs cut out, gives the words.
  const rest = normalised.replace(cjkRun, (run) => {
    const chars = Array.from(run);
    if (chars.length === 1) tokens.push(run);
    for (let i = 0; i + 1 < chars.length; i++) tokens.push(chars[i]! + chars[i + 1]!);
    return ' ';
  });
  for (const word of rest.match(wordRun) ?? []) tokens.push(word);
  return tokens;
}

/** Whether a token is a word of an alphabetic script (it may match longer words as a prefix). */
export function isWordToken(token: string): boolean {
  return !/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(token);
}
