import { findChineseNumber } from './numbers.ts';

/** One detected entity (entityMsgV2, Table 10-95). */
export interface Entity {
  citation: string;
  type: number;
  userEntity: boolean;
  envEntity: boolean;
  beginIndex: number;
  endIndex: number;
  values: Record<string, string>;
  formats: string[];
}

const pad = (n: number) => String(n).padStart(2, '0');

function spanEntity(citation: string, begin: number, raw: string, value: string, extra: Record<string, string> = {}): Entity {
  return { citation, type: -1, userEntity: false, envEntity: false, beginIndex: begin, endIndex: begin + raw.length, values: { [citation]: value, [`${citation}.raw`]: raw, ...extra }, formats: ['raw', ...Object.keys(extra).map((k) => k.slice(citation.length + 1))] };
}

/** Regular-expression system entities: e-mail, date, phone, money, number (an earlier kind wins a span). */
const patterns: { citation: string; re: RegExp; normalize: (m: RegExpExecArray) => { value: string; extra?: Record<string, string> } }[] = [
  { citation: '@system.email', re: /[\w.+-]+@[\w-]+(\.[\w-]+)+/gu, normalize: (m) => ({ value: m[0].toLowerCase() }) },
  {
    citation: '@system.date',
    re: /(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?/gu,
    normalize: (m) => ({ value: `${m[1]}-${pad(Number(m[2]))}-${pad(Number(m[3]))}`, extra: { '@system.date.year': m[1]!, '@system.date.month': pad(Number(m[2])), '@system.date.day': pad(Number(m[3])) } }),
  },
  { citation: '@system.phone', re: /(?<!\d)(\+?\d[\d -]{5,18}\d)(?!\d)/gu, normalize: (m) => ({ value: m[1]!.replace(/[ -]/g, '') }) },
  { citation: '@system.money', re: /(?:(?:CNY|USD|EUR|\$|¥|￥)\s?(\d+(?:\.\d+)?)|(\d+(?:\.\d+)?)\s?(?:元|dollars?|yuan|euros?))/giu, normalize: (m) => ({ value: m[1] ?? m[2]! }) },
  { citation: '@system.number', re: /(?<![\d.])-?\d+(?:\.\d+)?(?![\d.])/gu, normalize: (m) => ({ value: m[0] }) },
];

/**
 * System entities of a sentence (10.17.2, note 05 §8.3.5): `@system.any` over the whole sentence,
 * the environment's time and date (offsets -1), then e-mails, phones, dates, money and numbers
 * (character offsets, end exclusive), Chinese numerals too. Pure: the time is given.
 */
export function detectEntities(sentence: string, nowMs: number): Entity[] {
  const now = new Date(nowMs);
  const [y, mo, d, h, mi] = [now.getUTCFullYear(), pad(now.getUTCMonth() + 1), pad(now.getUTCDate()), pad(now.getUTCHours()), pad(now.getUTCMinutes())];
  const out: Entity[] = [
    { citation: '@system.any', type: -1, userEntity: false, envEntity: false, beginIndex: 0, endIndex: sentence.length, values: { '@system.any': sentence, '@system.any.raw': sentence }, formats: ['raw'] },
    { citation: '@system.env.time', type: -1, userEntity: false, envEntity: true, beginIndex: -1, endIndex: -1, values: { '@system.env.time.hour': h, '@system.env.time.minute': mi, '@system.env.time': `${h}:${mi}` }, formats: ['hour', 'minute'] },
    {
      citation: '@system.env.date',
      type: -1,
      userEntity: false,
      envEntity: true,
      beginIndex: -1,
      endIndex: -1,
      values: { '@system.env.date.yyyyMM': `${y}${mo}`, '@system.env.date': `${y}-${mo}-${d}`, '@system.env.date.year': String(y), '@system.env.date.month': mo, '@system.env.date.day': d },
      formats: ['yyyyMM', 'year', 'month', 'day'],
    },
  ];
  const taken: [number, number][] = [];
  const free = (a: number, b: number) => taken.every(([s, e]) => b <= s || a >= e);
  for (const p of patterns) {
    for (const m of sentence.matchAll(p.re)) {
      const begin = m.index;
      const raw = m[0];
      if (!free(begin, begin + raw.length)) continue;
      taken.push([begin, begin + raw.length]);
      const { value, extra } = p.normalize(m as RegExpExecArray);
      out.push(spanEntity(p.citation, begin, raw, value, extra));
    }
  }
  const zh = findChineseNumber(sentence);
  if (zh && free(zh.start, zh.end)) out.push(spanEntity('@system.number', zh.start, sentence.slice(zh.start, zh.end), String(zh.value)));
  return out;
}
