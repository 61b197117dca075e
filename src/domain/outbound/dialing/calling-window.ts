import type { DialerHoliday, DialerSchedule, ScheduleParam } from './dialer-spec.ts';

/**
 * When a campaign may dial (note 04 §5.5): inside [strBeginTime, strEndTime], on a holiday day in
 * one of the holiday segments, on any other day in one of the workday segments (Table 7-4; a
 * segment is [begin, end) in `HH:mm`), all read in the campaign's time zone (decision 0750).
 */

/** Calendar fields of an instant in a time zone. */
export interface LocalTime {
  year: number;
  month: number;
  day: number;
  /** ISO weekday, 1 = Monday … 7 = Sunday (the holiday `week` numbering). */
  weekday: number;
  minuteOfDay: number;
  /** `yyyy-MM-dd`. */
  date: string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' });
    formatters.set(timeZone, f);
  }
  return f;
}

/** Whether `timeZone` is an IANA zone this runtime knows. */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** Local times by zone and minute: zone offsets change on whole minutes, and Intl is slow. */
const minuteCache = new Map<string, Map<number, LocalTime>>();
const minuteCacheMax = 4096;

export function localTime(ms: number, timeZone: string): LocalTime {
  const minute = Math.floor(ms / 60_000);
  let cache = minuteCache.get(timeZone);
  if (!cache) minuteCache.set(timeZone, (cache = new Map()));
  const hit = cache.get(minute);
  if (hit) return hit;
  const t = computeLocalTime(minute * 60_000, timeZone);
  if (cache.size >= minuteCacheMax) cache.clear();
  cache.set(minute, t);
  return t;
}

function computeLocalTime(ms: number, timeZone: string): LocalTime {
  const parts: Record<string, number> = {};
  for (const p of formatterFor(timeZone).formatToParts(new Date(ms))) if (p.type !== 'literal') parts[p.type] = Number(p.value);
  const { year, month, day, hour, minute } = parts as Record<'year' | 'month' | 'day' | 'hour' | 'minute', number>;
  const weekday = ((new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 6) % 7) + 1;
  return { year, month, day, weekday, minuteOfDay: hour * 60 + minute, date: `${year}-${pad(month)}-${pad(day)}` };
}

/** The instant of a local wall-clock time (the later one when a DST change repeats it). */
export function instantOf(year: number, month: number, day: number, minuteOfDay: number, timeZone: string): number {
  const wall = Date.UTC(year, month - 1, day, 0, minuteOfDay);
  let guess = wall;
  for (let i = 0; i < 3; i++) {
    const t = localTime(guess, timeZone);
    const seen = Date.UTC(t.year, t.month - 1, t.day, 0, t.minuteOfDay);
    const delta = wall - seen;
    if (delta === 0) break;
    guess += delta;
  }
  return guess;
}

/** `HH:mm` → minutes after midnight; null for unset ('' or null) or malformed. */
export function minutesOf(hhmm: string | null | undefined): number | null {
  if (!hhmm) return null;
  const m = /^(\d{1,2}):(\d{2})$/.exec(hhmm.trim());
  if (!m) return null;
  const h = Number(m[1]);
  const min = Number(m[2]);
  return h <= 24 && min < 60 && h * 60 + min <= 1440 ? h * 60 + min : null;
}

export interface Segment {
  begin: number;
  end: number;
}

/** The set segments of one kind of day, in time order. */
export function segmentsOf(param: ScheduleParam, kind: 'workday' | 'holiday'): Segment[] {
  const out: Segment[] = [];
  for (const i of [1, 2, 3] as const) {
    const begin = minutesOf(param[`${kind}BeginTime${i}`]);
    const end = minutesOf(param[`${kind}EndTime${i}`]);
    if (begin !== null && end !== null && begin < end) out.push({ begin, end });
  }
  return out.sort((a, b) => a.begin - b.begin);
}

/** Table 7-4 NOTE rules: ≥ 1 workday segment; begin and end both set or both empty; begin < end. */
export function scheduleProblems(param: ScheduleParam): string[] {
  const problems: string[] = [];
  for (const kind of ['workday', 'holiday'] as const) {
    for (const i of [1, 2, 3] as const) {
      const b = param[`${kind}BeginTime${i}`];
      const e = param[`${kind}EndTime${i}`];
      if (!b && !e) continue;
      if (!b || !e) problems.push(`${kind} segment ${i}: begin and end must be set together`);
      else if (minutesOf(b) === null || minutesOf(e) === null) problems.push(`${kind} segment ${i}: times must be HH:mm`);
      else if (minutesOf(b)! >= minutesOf(e)!) problems.push(`${kind} segment ${i}: begin must be earlier than end`);
    }
  }
  if (segmentsOf(param, 'workday').length === 0) problems.push('at least one workday segment is required');
  return problems;
}

/** CEC §7.2: type 1 by weekday, 2 by date range (`yyyy-MM-dd`), 3 by yearly range (`MM-dd`, may wrap over New Year). */
export function isHoliday(t: LocalTime, holidays: readonly DialerHoliday[]): boolean {
  const md = t.date.slice(5);
  return holidays.some((h) => {
    switch (Number(h.type)) {
      case 1:
        return String(h.week ?? '')
          .split(',')
          .some((w) => Number(w.trim()) === t.weekday);
      case 2:
        return !!h.beginTime && !!h.endTime && h.beginTime <= t.date && t.date <= h.endTime;
      case 3: {
        if (!h.beginTime || !h.endTime) return false;
        return h.beginTime <= h.endTime ? h.beginTime <= md && md <= h.endTime : md >= h.beginTime || md <= h.endTime;
      }
      default:
        return false;
    }
  });
}

function daySegments(schedule: DialerSchedule, t: LocalTime): Segment[] {
  return isHoliday(t, schedule.holidays) ? segmentsOf(schedule.scheduleParam, 'holiday') : segmentsOf(schedule.scheduleParam, 'workday');
}

/** Whether a campaign may launch a call at `ms` (note 04 §5.5 rules 1–3). */
export function mayDialAt(schedule: DialerSchedule, ms: number): boolean {
  if (ms < schedule.beginMs || ms > schedule.endMs) return false;
  const t = localTime(ms, schedule.timeZone);
  return daySegments(schedule, t).some((s) => s.begin <= t.minuteOfDay && t.minuteOfDay < s.end);
}

/** Days searched ahead for the next window (a year and a bit: yearly holidays repeat). */
const searchDaysMax = 400;

/**
 * The earliest instant ≥ `ms` at which the campaign may dial, or null when none remains before
 * strEndTime. (Minute resolution: segments are `HH:mm`.)
 */
export function nextDialTime(schedule: DialerSchedule, ms: number): number | null {
  const from = Math.max(ms, schedule.beginMs);
  if (mayDialAt(schedule, from)) return from;
  const start = localTime(from, schedule.timeZone);
  for (let d = 0; d < searchDaysMax; d++) {
    const noon = Date.UTC(start.year, start.month - 1, start.day + d, 12);
    const day = new Date(noon);
    const y = day.getUTCFullYear();
    const mo = day.getUTCMonth() + 1;
    const dd = day.getUTCDate();
    const t = localTime(instantOf(y, mo, dd, 12 * 60, schedule.timeZone), schedule.timeZone);
    for (const s of daySegments(schedule, t)) {
      const begin = instantOf(y, mo, dd, s.begin, schedule.timeZone);
      const end = instantOf(y, mo, dd, s.end, schedule.timeZone);
      const at = Math.max(begin, from);
      if (at < end && at > schedule.endMs) return null;
      if (at < end) return at;
    }
    if (instantOf(y, mo, dd, 0, schedule.timeZone) > schedule.endMs) return null;
  }
  return null;
}

/** The campaign-local date of an instant (retry days are counted in it). */
export function localDate(ms: number, timeZone: string): string {
  return localTime(ms, timeZone).date;
}

/** The first dialable instant on a local day after the one of `ms` (a retry on the next day). */
export function firstDialTimeAfterDay(schedule: DialerSchedule, ms: number): number | null {
  const t = localTime(ms, schedule.timeZone);
  const next = new Date(Date.UTC(t.year, t.month - 1, t.day + 1));
  return nextDialTime(schedule, instantOf(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate(), 0, schedule.timeZone));
}

