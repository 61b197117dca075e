import nspell from 'nspell';
import { isCjk, words } from '../../domain/chatbot/nlu/text.ts';

export interface SpellMatch {
  word: string;
  startIndex: number;
  endIndex: number;
  hasMistake: boolean;
  correctWord: string;
}

type Speller = ReturnType<typeof nspell>;
let english: Promise<Speller> | undefined;

/** The Hunspell en_US dictionary of `dictionary-en`, loaded once. */
function englishSpeller(): Promise<Speller> {
  english ??= import('dictionary-en').then((mod) => nspell({ aff: Buffer.from(mod.default.aff), dic: Buffer.from(mod.default.dic) }));
  return english;
}

/**
 * CEC §10.13 (ref L36831–36926, decision 1007). English: each word token is checked against the
 * Hunspell dictionary plus the tenant's own vocabulary (FAQ and intent texts), and corrected to
 * its first suggestion; indices are token positions, end exclusive, as in the example. Chinese:
 * a run that differs by one character from a tenant vocabulary word is corrected to that word;
 * indices are character offsets. Other languages come back unchanged.
 */
export async function spellCheck(sentence: string, language: string, vocabulary: readonly string[]): Promise<SpellMatch[]> {
  if (language === 'en_US') return checkEnglish(sentence, vocabulary);
  if (language === 'zh_CN') return [...sentence].some(isCjk) ? checkChinese(sentence, vocabulary) : checkEnglish(sentence, vocabulary);
  return [];
}

async function checkEnglish(sentence: string, vocabulary: readonly string[]): Promise<SpellMatch[]> {
  const speller = await englishSpeller();
  const known = new Set(vocabulary.flatMap((v) => words(v, 'en').map((w) => w.word.toLowerCase())));
  return words(sentence, 'en').map((token, index) => {
    const word = token.word;
    const ok = /\d/.test(word) || known.has(word.toLowerCase()) || speller.correct(word) || speller.correct(word.toLowerCase());
    const suggestion = ok ? word : (speller.suggest(word)[0] ?? word);
    return { word, startIndex: index, endIndex: index + 1, hasMistake: !ok && suggestion !== word, correctWord: suggestion };
  });
}

function checkChinese(sentence: string, vocabulary: readonly string[]): SpellMatch[] {
  const chars = [...sentence];
  // Two-character words share a character with too many others to correct safely: the lexicon
  // is the 3- and 4-character sequences of the tenant's texts.
  const grams = vocabulary.flatMap((v) => (v.match(/[\u3400-\u9fff]+/gu) ?? []).flatMap((run) => [3, 4].flatMap((n) => [...Array(Math.max(0, [...run].length - n + 1)).keys()].map((i) => [...run].slice(i, i + n).join('')))));
  const lexicon = [...new Set(grams)].sort((a, b) => b.length - a.length || a.localeCompare(b));
  const known = new Set(lexicon);
  const out: SpellMatch[] = [];
  for (let i = 0; i < chars.length; ) {
    const hit = lexicon.find((w) => {
      const candidate = chars.slice(i, i + w.length).join('');
      return candidate.length === w.length && !known.has(candidate) && [...candidate].every(isCjk) && differsByOne(candidate, w);
    });
    if (hit) {
      out.push({ word: chars.slice(i, i + hit.length).join(''), startIndex: i, endIndex: i + hit.length, hasMistake: true, correctWord: hit });
      i += hit.length;
    } else i += 1;
  }
  return out;
}

function differsByOne(a: string, b: string): boolean {
  const x = [...a];
  const y = [...b];
  return x.filter((c, i) => c !== y[i]).length === 1;
}
