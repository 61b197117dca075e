/**
 * How a new agent gets its numbers: the work number (agent ID) and the default SIP softphone
 * number (decision 0104).
 */

/** CEC §5.1.9 (ref L3560): an agent ID ranges from 101 to 59999, system-wide. */
export const workNoMin = 101;
export const workNoMax = 59999;

/**
 * The lowest work number of the VDN's range [min, max] that no agent of any VDN holds. Work
 * numbers of deleted agents are free again. Undefined when the range is full.
 */
export function lowestFreeWorkNo(rangeMin: number, rangeMax: number, inUse: ReadonlySet<number>): number | undefined {
  const from = Math.max(rangeMin, workNoMin);
  const to = Math.min(rangeMax, workNoMax);
  // Bounded by the size of the range, at most 59899 steps.
  for (let workNo = from; workNo <= to; workNo++) {
    if (!inUse.has(workNo)) return workNo;
  }
  return undefined;
}

/** Prefixes tried, in order, in front of the work number to form the SIP number. */
export const sipAccountPrefixes = Array.from({ length: 30 }, (_, i) => String(70 + i));

/**
 * The SIP numbers a new agent may get, in order of preference: "70" + work number (the demo
 * tenant's convention, e.g. 70101), then "71" + work number, and so on to "99". Work numbers have
 * no leading zero, so two agents never share a candidate; a later one is needed only when a
 * tenant file gave some agent a number of this shape.
 */
export function sipAccountCandidates(workNo: number): string[] {
  return sipAccountPrefixes.map((prefix) => `${prefix}${workNo}`);
}

/** The first candidate not in use, or undefined when every candidate is taken. */
export function pickSipAccount(workNo: number, inUse: ReadonlySet<string>): string | undefined {
  return sipAccountCandidates(workNo).find((candidate) => !inUse.has(candidate));
}
