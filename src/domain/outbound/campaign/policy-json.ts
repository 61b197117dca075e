/**
 * The policy fields of chapter 7 are strings holding JSON, and the reference's examples write them
 * with single quotes (note 04 §3.10, ref L22503, L24106). This reads proper JSON, the single-quoted
 * pseudo-JSON, and (leniently) a JSON value sent as such instead of a string. Undefined when the
 * text is neither.
 */
export function parsePolicyJson(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const text = value.trim();
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    try {
      return JSON.parse(singleToDoubleQuotes(text));
    } catch {
      return undefined;
    }
  }
}

/** Swaps the quoting of strings: 'a' becomes "a"; a double quote inside a single-quoted string is escaped. */
function singleToDoubleQuotes(text: string): string {
  let out = '';
  let quote: '"' | "'" | undefined;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quote === undefined) {
      if (ch === "'" || ch === '"') {
        quote = ch;
        out += '"';
      } else out += ch;
      continue;
    }
    if (ch === '\\' && i + 1 < text.length) {
      out += ch + text[++i];
      continue;
    }
    if (ch === quote) {
      quote = undefined;
      out += '"';
    } else out += ch === '"' ? '\\"' : ch;
  }
  return out;
}

/** The value as a list: a bare object where the reference says list (ref L22348, L22503) counts as one item. */
export function asList(value: unknown): unknown[] | undefined {
  if (Array.isArray(value)) return value;
  if (typeof value === 'object' && value !== null) return [value];
  return undefined;
}
