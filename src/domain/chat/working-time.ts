import { localTime } from '../outbound/dialing/index.ts';

/**
 * When a channel's agents serve chats (11.5 send answers 12 outside it, ref L39560: "The current
 * time is not within the working time of the service agents."). The reference sets working times
 * in the console and has no interface for them, so the tenant file carries them per channel, read
 * in the VDN's time zone (`settings.timeZone`, decision 0750; decision 1111).
 */
export interface WorkingPeriod {
  /** ISO weekdays, 1 = Monday … 7 = Sunday. */
  weekdays: readonly number[];
  /** Minutes of the local day, [begin, end); end ≤ begin runs past midnight into the next day. */
  beginMinute: number;
  endMinute: number;
}

const allWeek = [1, 2, 3, 4, 5, 6, 7] as const;
const hhmm = /^([01]\d|2[0-3]):([0-5]\d)$/;

function minuteOf(text: unknown): number | undefined {
  const m = typeof text === 'string' ? hhmm.exec(text) : null;
  return m ? Number(m[1]) * 60 + Number(m[2]) : undefined;
}

/**
 * A channel's `workingTime` (`[{weekdays?, begin: "HH:mm", end: "HH:mm"}]`); null when absent or
 * empty (always open). Periods with unreadable times are dropped; weekdays default to all week.
 */
export function parseWorkingTime(raw: unknown): readonly WorkingPeriod[] | null {
  if (!Array.isArray(raw)) return null;
  const periods: WorkingPeriod[] = [];
  for (const entry of raw) {
    const p = (entry ?? {}) as Record<string, unknown>;
    const beginMinute = minuteOf(p.begin);
    const endMinute = minuteOf(p.end === '24:00' ? '00:00' : p.end);
    if (beginMinute === undefined || endMinute === undefined) continue;
    const weekdays = Array.isArray(p.weekdays) ? p.weekdays.filter((d): d is number => Number.isInteger(d) && d >= 1 && d <= 7) : [...allWeek];
    periods.push({ weekdays, beginMinute, endMinute });
  }
  return periods.length > 0 ? periods : null;
}

/** Whether `ms` falls in one of the periods, on the local calendar of `timeZone`. */
export function withinWorkingTime(periods: readonly WorkingPeriod[] | null, ms: number, timeZone: string): boolean {
  if (periods === null) return true;
  const now = localTime(ms, timeZone);
  const yesterday = now.weekday === 1 ? 7 : now.weekday - 1;
  return periods.some((p) => {
    if (p.beginMinute < p.endMinute) return p.weekdays.includes(now.weekday) && now.minuteOfDay >= p.beginMinute && now.minuteOfDay < p.endMinute;
    // An overnight period (22:00–06:00) belongs to the day it begins on.
    return (p.weekdays.includes(now.weekday) && now.minuteOfDay >= p.beginMinute) || (p.weekdays.includes(yesterday) && now.minuteOfDay < p.endMinute);
  });
}
