/**
 * Readers for the reference's loosely typed policy fields (note 04 §3.10: JSON in strings,
 * numbers as strings, a single object where a list is documented — ref L22363–22370, L24104).
 */

/** A JSON string is parsed; anything else is returned as it is. Unparseable text is undefined. */
export function fromJsonString(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  const text = value.trim();
  if (text === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** A list, or a single object taken as a one-element list; null/absent → []. */
export function asList(value: unknown): unknown[] {
  const v = fromJsonString(value);
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v : [v];
}

/** An integer from a number or a numeric string; undefined otherwise. */
export function asInt(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isInteger(value)) return value;
  if (typeof value === 'string' && /^-?\d+$/.test(value.trim())) return Number(value.trim());
  return undefined;
}

export function asRecord(value: unknown): Record<string, unknown> {
  const v = fromJsonString(value);
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}
