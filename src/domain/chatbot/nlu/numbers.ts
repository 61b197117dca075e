const digitsZh: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const unitsZh: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10000 };

/** A run of Chinese numerals as found in `text` ("三百二十" → 320), with its place. */
export function findChineseNumber(text: string): { value: number; start: number; end: number } | undefined {
  const match = /[零〇一二两三四五六七八九十百千万]+/u.exec(text);
  if (!match) return undefined;
  const value = parseChineseNumber(match[0]);
  return value === undefined ? undefined : { value, start: match.index, end: match.index + match[0].length };
}

export function chineseNumberValue(text: string): number | undefined {
  return findChineseNumber(text)?.value;
}

function parseChineseNumber(run: string): number | undefined {
  // A plain digit string ("一三八") reads digit by digit, like a spoken phone number.
  if (![...run].some((c) => c in unitsZh)) return Number([...run].map((c) => digitsZh[c]).join(''));
  let total = 0;
  let section = 0;
  let digit = 0;
  for (const c of run) {
    if (c in digitsZh) digit = digitsZh[c]!;
    else if (c === '万') {
      total += (section + digit) * 10000;
      section = 0;
      digit = 0;
    } else {
      section += (digit === 0 && c === '十' ? 1 : digit) * unitsZh[c]!;
      digit = 0;
    }
  }
  return total + section + digit;
}
