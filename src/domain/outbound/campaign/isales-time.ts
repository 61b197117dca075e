/**
 * The text forms of CC-iSales times (note 04 §3.8). The reference does not say which time zone a
 * VDN's campaign times are in; OpenCEC reads and writes them in UTC (decision 0701), the zone of
 * every other OpenCEC clock reading, so windows, holidays and "today" agree across interfaces.
 */
const dateTimePattern = /^(\d{4})-(\d{2})-(\d{2}) ?(\d{2}):(\d{2}):(\d{2})$/;
const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const dayMs = 86_400_000;

function utc(y: number, mo: number, d: number, h = 0, mi = 0, s = 0): number | undefined {
  const ms = Date.UTC(y, mo - 1, d, h, mi, s);
  const back = new Date(ms);
  // Reject rolled-over dates such as 2026-02-30 or 25:00.
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d || back.getUTCHours() !== h || back.getUTCMinutes() !== mi) return undefined;
  return ms;
}

/** `yyyy-MM-dd HH:mm:ss` (also the reference's misprint without the space, ref L22588) → epoch ms. */
export function parseIsalesDateTime(text: string): number | undefined {
  const m = dateTimePattern.exec(text.trim());
  if (!m) return undefined;
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  if (s > 59) return undefined;
  return utc(y, mo, d, h, mi, s);
}

/** `yyyy-MM-dd` → epoch ms of that day's 00:00. */
export function parseIsalesDate(text: string): number | undefined {
  const m = datePattern.exec(text.trim());
  if (!m) return undefined;
  const [y, mo, d] = m.slice(1).map(Number) as [number, number, number];
  return utc(y, mo, d);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

export function formatIsalesDateTime(ms: number): string {
  const t = new Date(ms);
  return `${formatIsalesDate(ms)} ${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}:${pad(t.getUTCSeconds())}`;
}

export function formatIsalesDate(ms: number): string {
  const t = new Date(ms);
  return `${t.getUTCFullYear()}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
}

/** 00:00 of the day that contains `ms`. */
export function startOfDayMs(ms: number): number {
  return Math.floor(ms / dayMs) * dayMs;
}

export const isalesDayMs = dayMs;
