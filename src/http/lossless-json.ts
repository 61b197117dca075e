/**
 * Bodies of the intelligent quality check (§12.2) carry 18–20-digit ids as bare JSON numbers
 * (`"qualityItemId": 16239231508327803347`, ref L52063; note 07 §3.6). `JSON.parse` rounds them,
 * so on these routes every integer literal a double cannot hold exactly is quoted before parsing
 * and arrives as its decimal text. The rest is `JSON.parse` itself, so its leniency stays: the
 * reference's own example repeats a key (`qiqtEndTime`, ref L50066–50069) and the last one wins,
 * where lossless-json refuses duplicates (decision 1220). Only these routes: elsewhere a string
 * where a number was sent would change what the schemas see.
 */
const losslessPaths = /^\/(?:apiaccess\/)?(?:ccsqm|ccisqm)\//i;

export function wantsLosslessNumbers(url: string): boolean {
  return losslessPaths.test(url);
}

export function parseLosslessJson(text: string, reviver: (key: string, value: unknown) => unknown): unknown {
  return JSON.parse(quoteUnsafeIntegers(text), reviver);
}

/** Quotes integer literals outside strings that exceed Number.MAX_SAFE_INTEGER; one pass, no backtracking. */
export function quoteUnsafeIntegers(text: string): string {
  let out = '';
  let copiedTo = 0;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c === 0x22) {
      // Skip a string literal, honouring backslash escapes.
      i++;
      while (i < text.length && text.charCodeAt(i) !== 0x22) i += text.charCodeAt(i) === 0x5c ? 2 : 1;
      i++;
      continue;
    }
    const startsNumber = c === 0x2d || (c >= 0x30 && c <= 0x39);
    if (!startsNumber) {
      i++;
      continue;
    }
    const start = i;
    i++;
    while (i < text.length && /[0-9]/.test(text[i]!)) i++;
    const fractionOrExponent = i < text.length && /[.eE]/.test(text[i]!);
    while (i < text.length && /[0-9.eE+-]/.test(text[i]!)) i++;
    const literal = text.slice(start, i);
    if (!fractionOrExponent && /^-?\d+$/.test(literal) && !Number.isSafeInteger(Number(literal))) {
      out += `${text.slice(copiedTo, start)}"${literal}"`;
      copiedTo = i;
    }
  }
  return copiedTo === 0 ? text : out + text.slice(copiedTo);
}
