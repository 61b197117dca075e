/**
 * Seven-digit mobile segments (the number's first seven digits) whose home city we can state with
 * confidence, mapped to the city's area code in fixed-line-areas.ts. Deliberately short: the
 * §5.3.6 example (ref L6211–6229) and segments checked against a second source (see
 * docs/phone-region-dataset.md). Any other segment answers its carrier with an unknown place.
 */
export const areaCodeBySegment: ReadonlyMap<string, string> = new Map([
  // CEC §5.3.6 example: 1302001 → Beijing, China Unicom, 010, 110100, 100000.
  ['1302001', '010'],
  // 13800138000, China Mobile's well-known Beijing service number.
  ['1380013', '010'],
]);
