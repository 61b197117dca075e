/** CEC §6.2.14.3 example (ref L18268): callback times read `2022/02/22,10:04:29:004` (UTC, decision 0423). */
export function callbackTime(ms: number | null): string | null {
  if (ms === null) return null;
  const at = new Date(ms);
  const p = (n: number, width = 2) => String(n).padStart(width, '0');
  return `${at.getUTCFullYear()}/${p(at.getUTCMonth() + 1)}/${p(at.getUTCDate())},${p(at.getUTCHours())}:${p(at.getUTCMinutes())}:${p(at.getUTCSeconds())}:${p(at.getUTCMilliseconds(), 3)}`;
}

/** Whole seconds between two instants, or 0 when either is missing (talkDuration, ref L16718). */
export function durationSeconds(fromMs: number | null, toMs: number | null): number {
  return fromMs === null || toMs === null ? 0 : Math.max(0, Math.round((toMs - fromMs) / 1000));
}
