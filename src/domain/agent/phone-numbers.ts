/**
 * The phone numbers a tenant owns (decision 0507): its agents' softphones (`sipAccount`) and the
 * numbers and ranges its tenant file allows (`settings.phoneNumbers`). An agent signs in only on
 * one of them, "within the configured range" of 100-014 (ref L21292).
 */

/** A closed range of numbers of one length; a single number is a range of one. */
export interface PhoneRange {
  readonly first: string;
  readonly last: string;
}

/** The longest number a sign-in carries (Table 6-3 `phonenum`: at most 24 characters). */
const digitsMax = 24;
const entryPattern = new RegExp(`^(\\d{1,${digitsMax}})(?:-(\\d{1,${digitsMax}}))?$`);

/**
 * Parses `settings.phoneNumbers`: a list of numbers ("8820001") and ranges ("60000-60999", both
 * ends of one length, first ≤ last). Returns the ranges, or why the list is invalid.
 */
export function parsePhoneRanges(entries: unknown): { ok: true; ranges: PhoneRange[] } | { ok: false; reason: string } {
  if (entries === undefined) return { ok: true, ranges: [] };
  if (!Array.isArray(entries)) return { ok: false, reason: 'phoneNumbers must be a list of numbers and ranges' };
  const ranges: PhoneRange[] = [];
  for (const entry of entries) {
    const match = typeof entry === 'string' ? entryPattern.exec(entry) : null;
    if (!match) return { ok: false, reason: `phoneNumbers entry ${JSON.stringify(entry)} is neither a number nor a range "first-last"` };
    const first = match[1]!;
    const last = match[2] ?? first;
    if (first.length !== last.length || first > last) return { ok: false, reason: `phoneNumbers range ${entry} must run upward between numbers of one length` };
    ranges.push({ first, last });
  }
  return { ok: true, ranges };
}

/** Whether `phone` lies in `range` (numbers of another length never do: 0601 is not 601). */
export function rangeIncludes(range: PhoneRange, phone: string): boolean {
  return phone.length === range.first.length && range.first <= phone && phone <= range.last;
}

export function rangesOverlap(a: PhoneRange, b: PhoneRange): boolean {
  return a.first.length === b.first.length && a.first <= b.last && b.first <= a.last;
}

export function formatRange(range: PhoneRange): string {
  return range.first === range.last ? range.first : `${range.first}-${range.last}`;
}

/** A tenant's numbers, looked up in constant time for softphones and by range otherwise. */
export class PhonePlan {
  private readonly softphones: ReadonlySet<string>;

  constructor(softphones: Iterable<string>, private readonly ranges: readonly PhoneRange[]) {
    this.softphones = new Set(softphones);
  }

  includes(phone: string): boolean {
    return this.softphones.has(phone) || this.ranges.some((range) => rangeIncludes(range, phone));
  }
}
