/** Whole seconds from `sinceMs` to `nowMs`, rounded down and never negative: how the interfaces report time in a state. */
export function elapsedSeconds(sinceMs: number, nowMs: number): number {
  return Math.max(0, Math.floor((nowMs - sinceMs) / 1000));
}
