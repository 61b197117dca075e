/** Dates of chapter 10 (note 05 §3.5), in UTC (decision 1006). */

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function parts(ms: number) {
  const d = new Date(ms);
  return { y: d.getUTCFullYear(), mo: pad(d.getUTCMonth() + 1), d: pad(d.getUTCDate()), h: pad(d.getUTCHours()), mi: pad(d.getUTCMinutes()), s: pad(d.getUTCSeconds()), ms: d.getUTCMilliseconds() };
}

/** `yyyyMMddHH:mm:ss` of the dialog outparams (ref L33226: "2018090407:16:24"). */
export function dialogTime(ms: number): string {
  const p = parts(ms);
  return `${p.y}${p.mo}${p.d}${p.h}:${p.mi}:${p.s}`;
}

/** `yyyy-MM-dd HH:mm:ss` of record queries (ref L35455). */
export function recordTime(ms: number): string {
  const p = parts(ms);
  return `${p.y}-${p.mo}-${p.d} ${p.h}:${p.mi}:${p.s}`;
}

/** Java `Timestamp.toString()` of 10.7 (ref L35409: "2019-04-25 17:42:10.0"). */
export function javaTimestamp(ms: number): string {
  return `${recordTime(ms)}.${parts(ms).ms}`;
}

/** `yyyyMMddHHmmssSSS`, the middle part of a flowInstId (ref L38025). */
export function compactTime(ms: number): string {
  const p = parts(ms);
  return `${p.y}${p.mo}${p.d}${p.h}${p.mi}${p.s}${pad(p.ms, 3)}`;
}

/** Parses `yyyy-MM-dd HH:mm:ss` as UTC; undefined when malformed. */
export function parseRecordTime(text: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(text.trim());
  if (!m) return undefined;
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]), Number(m[4]), Number(m[5]), Number(m[6]));
  return Number.isNaN(ms) || recordTime(ms) !== text.trim() ? undefined : ms;
}
