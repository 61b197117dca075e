/** One page of `rows` (1-based `page`, note 07 §8.4 item 80: queryAppraiseScore's "Offset" is a page too). */
export function pageOf<T>(rows: readonly T[], page: number | undefined, limit: number): T[] {
  const p = Math.max(1, Math.trunc(page ?? 1));
  return rows.slice((p - 1) * limit, p * limit);
}

/** The page sizes the sentence and sensitive-word lists accept (ref L43398, L44383). */
export const restrictedLimits = [5, 10, 20, 50, 100] as const;

/** Splits the reference's comma lists (`"14161,14171"`, ref L43252) or takes an array as is. */
export function idList(value: unknown): string[] {
  if (Array.isArray(value)) return value.map((v) => String(v).trim()).filter((v) => v !== '');
  if (typeof value === 'string' || typeof value === 'number') return String(value).split(',').map((v) => v.trim()).filter((v) => v !== '');
  return [];
}

/** Case-insensitive substring test for the `keyword` filters. */
export function containsText(text: string, keyword: string | undefined): boolean {
  return !keyword || text.toLowerCase().includes(keyword.toLowerCase());
}
