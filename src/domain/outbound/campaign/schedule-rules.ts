import { reject, type IsalesRejection } from './isales-rejection.ts';
import { isalesDayMs, startOfDayMs } from './isales-time.ts';

/** scheduleParam (Table 7-4, ref L21909): three workday and three holiday segments, `HH:mm`. */
export type ScheduleParam = Record<(typeof scheduleKeys)[number], string | null>;

export const scheduleKeys = [
  'workdayBeginTime1', 'workdayEndTime1', 'workdayBeginTime2', 'workdayEndTime2', 'workdayBeginTime3', 'workdayEndTime3',
  'holidayBeginTime1', 'holidayEndTime1', 'holidayBeginTime2', 'holidayEndTime2', 'holidayBeginTime3', 'holidayEndTime3',
] as const;

/** A calling window of one day, in minutes after 00:00, end exclusive. */
export interface Segment {
  beginMin: number;
  endMin: number;
}

const hhmm = /^([01]\d|2[0-3]):([0-5]\d)$/;

function minutes(text: string): number | undefined {
  const m = hhmm.exec(text);
  return m ? Number(m[1]) * 60 + Number(m[2]) : undefined;
}

function segmentsOf(schedule: ScheduleParam, day: 'workday' | 'holiday'): Array<Segment | IsalesRejection> {
  const out: Array<Segment | IsalesRejection> = [];
  for (const n of [1, 2, 3] as const) {
    const begin = schedule[`${day}BeginTime${n}`];
    const end = schedule[`${day}EndTime${n}`];
    if (!begin && !end) continue;
    // Table 7-4 note 2 (ref L21933): "The start time and end time must be specified or left empty at the same time."
    if (!begin || !end) {
      out.push(reject('invalidCombination', `scheduleParam.${day}BeginTime${n} and ${day}EndTime${n} must be set together`));
      continue;
    }
    const beginMin = minutes(begin);
    const endMin = minutes(end);
    if (beginMin === undefined || endMin === undefined) {
      out.push(reject('invalidValue', `scheduleParam.${day} segment ${n} must be in HH:mm format`));
      continue;
    }
    // Table 7-4 note 3 (ref L21934): "The start time must be earlier than the end time."
    if (beginMin >= endMin) out.push(reject('invalidCombination', `scheduleParam.${day}BeginTime${n} must be earlier than ${day}EndTime${n}`));
    else out.push({ beginMin, endMin });
  }
  return out;
}

function overlapRejection(segments: Segment[], day: string): IsalesRejection | undefined {
  const sorted = [...segments].sort((a, b) => a.beginMin - b.beginMin);
  for (let i = 1; i < sorted.length; i++) {
    // Overlapping windows are refused (issue 11; note 04 §5.5): a minute belongs to one segment.
    if (sorted[i]!.beginMin < sorted[i - 1]!.endMin) return reject('invalidCombination', `scheduleParam ${day} time segments overlap`);
  }
  return undefined;
}

export interface DaySegments {
  workday: Segment[];
  holiday: Segment[];
}

/** Validates scheduleParam (Table 7-4 notes 1–3 and no overlap) and returns its segments. */
export function parseSchedule(schedule: ScheduleParam): DaySegments | IsalesRejection {
  const result: DaySegments = { workday: [], holiday: [] };
  for (const day of ['workday', 'holiday'] as const) {
    for (const item of segmentsOf(schedule, day)) {
      if ('rejected' in item) return item;
      result[day].push(item);
    }
    const overlap = overlapRejection(result[day], day);
    if (overlap) return overlap;
  }
  // Table 7-4 note 1 (ref L21932): "at least one segment must be specified" on workdays.
  if (result.workday.length === 0) return reject('empty', 'scheduleParam needs at least one workday time segment');
  return result;
}

/** A holiday of a campaign (7.2.2, ref L25100): 1 weekly, 2 a date range, 3 a yearly date range. */
export interface HolidayRule {
  type: number;
  week: string | null;
  beginTime: string | null;
  endTime: string | null;
}

/** Whether the UTC day holding `ms` is one of the holidays (note 04 §5.5 step 2). */
export function isHoliday(holidays: readonly HolidayRule[], ms: number): boolean {
  const t = new Date(ms);
  const isoWeekday = ((t.getUTCDay() + 6) % 7) + 1;
  const mmdd = `${String(t.getUTCMonth() + 1).padStart(2, '0')}-${String(t.getUTCDate()).padStart(2, '0')}`;
  const date = `${t.getUTCFullYear()}-${mmdd}`;
  return holidays.some((h) => {
    if (h.type === 1) return (h.week ?? '').split(',').map((d) => Number(d.trim())).includes(isoWeekday);
    if (!h.beginTime || !h.endTime) return false;
    if (h.type === 2) return h.beginTime <= date && date <= h.endTime;
    // A yearly range whose begin is after its end wraps over New Year (decision 0701).
    return h.beginTime <= h.endTime ? h.beginTime <= mmdd && mmdd <= h.endTime : mmdd >= h.beginTime || mmdd <= h.endTime;
  });
}

/**
 * The next instant at or after `fromMs` inside a calling window (note 04 §5.5): on a holiday the
 * holiday segments apply (none set: no calls that day), otherwise the workday segments. Looks at
 * most `daysAhead` days ahead; undefined when no window opens before `untilMs`.
 */
export function nextWindowStartMs(segments: DaySegments, holidays: readonly HolidayRule[], fromMs: number, untilMs: number, daysAhead = 400): number | undefined {
  for (let day = 0; day <= daysAhead; day++) {
    const dayStart = startOfDayMs(fromMs) + day * isalesDayMs;
    if (dayStart > untilMs) return undefined;
    const daySegments = isHoliday(holidays, dayStart) ? segments.holiday : segments.workday;
    for (const s of [...daySegments].sort((a, b) => a.beginMin - b.beginMin)) {
      const begin = dayStart + s.beginMin * 60_000;
      const end = dayStart + s.endMin * 60_000;
      const at = Math.max(begin, fromMs);
      if (at < end && at <= untilMs) return at;
    }
  }
  return undefined;
}

/** Whether a call may be launched at `ms` (note 04 §5.5 step 3). */
export function inCallingWindow(segments: DaySegments, holidays: readonly HolidayRule[], ms: number): boolean {
  return nextWindowStartMs(segments, holidays, ms, ms, 0) === ms;
}
