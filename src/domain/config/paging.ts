/**
 * The `limit`/`offset` paging of the configuration queries (note 01 §3.6, style P2): `offset` is a
 * record offset ("offset = limit × (page − 1)"), `limit` the page size. §5.2.4 (ref L4379) says
 * limit is "a positive integer and the maximum value is 100"; §5.3.1 (ref L5644) and §5.3.5 (ref
 * L6025) say it "ranges from 0 to 100. The default value is 100. If the value exceeds 100, 100
 * records are displayed". One rule serves the three (decision 0201):
 * - absent, null or 0 reads as the default, the maximum page (clients send 0 and null for "unset");
 * - above the maximum reads as the maximum; negative is refused;
 * - a negative offset reads as 0 (ref L6028: "If a negative value is entered, 0 is used");
 * - §5.3.1's "maximum value is 100" for the offset contradicts its own definition as
 *   limit × (page − 1), so larger offsets are honoured.
 */
export interface Page {
  readonly limit: number;
  readonly offset: number;
}

export type PagingRejection = { tag: 'LimitNegative'; limit: number };

export type PagingResult = { ok: true; value: Page } | { ok: false; rejection: PagingRejection };

export function resolvePage(request: { limit?: number | null; offset?: number | null }, pageSizeMax: number): PagingResult {
  const requested = request.limit ?? 0;
  if (requested < 0) return { ok: false, rejection: { tag: 'LimitNegative', limit: requested } };
  const limit = requested === 0 ? pageSizeMax : Math.min(requested, pageSizeMax);
  return { ok: true, value: { limit, offset: Math.max(0, request.offset ?? 0) } };
}
