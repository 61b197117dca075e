/** What an erased number is replaced with inside stored text. */
export const erasedMark = '';

/**
 * Removes `numbers` from a stored JSON document: inside every string value, each number that
 * stands as a whole token (not inside a longer run of letters, digits and @ . _ -, so erasing 1234
 * leaves 12345 alone) is cut out, and a JSON number whose digits are one of them becomes an empty
 * string. Keys and other values are kept, so the document still parses the way its consumer
 * expects. Text that is not JSON is redacted token by token the same way. Returns undefined when
 * nothing was found.
 */
export function redactNumbers(text: string, numbers: ReadonlySet<string>): string | undefined {
  let document: unknown;
  try {
    document = JSON.parse(text);
  } catch {
    return redactTokens(text, numbers);
  }
  let found = false;
  const walk = (value: unknown): unknown => {
    if (typeof value === 'string') {
      const redacted = redactTokens(value, numbers);
      if (redacted === undefined) return value;
      found = true;
      return redacted;
    }
    if (typeof value === 'number' && numbers.has(String(value))) {
      found = true;
      return erasedMark;
    }
    if (Array.isArray(value)) return value.map(walk);
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v)]));
    }
    return value;
  };
  const redacted = walk(document);
  return found ? JSON.stringify(redacted) : undefined;
}

/**
 * Characters that continue a token: letters, digits and the punctuation inside e-mail addresses
 * and account names, so erasing kehu@example.com leaves a.kehu@example.com alone.
 */
const tokenCharacter = '[\\p{L}\\p{N}@._-]';

function redactTokens(text: string, numbers: ReadonlySet<string>): string | undefined {
  let result = text;
  for (const number of numbers) {
    if (!result.includes(number)) continue;
    const escaped = number.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    result = result.replace(new RegExp(`(?<!${tokenCharacter})${escaped}(?!${tokenCharacter})`, 'gu'), erasedMark);
  }
  return result === text ? undefined : result;
}
