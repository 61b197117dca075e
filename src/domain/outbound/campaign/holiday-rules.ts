import { reject, type IsalesRejection } from './isales-rejection.ts';
import { parseIsalesDate } from './isales-time.ts';
import type { HolidayRule } from './schedule-rules.ts';

/** CEC §7.2.2 (ref L25063): a campaign has at most 20 holidays. */
export const holidaysPerCampaignMax = 20;

export interface HolidayInput {
  name: string;
  type: number;
  week?: string | null;
  beginTime?: string | null;
  endTime?: string | null;
}

const mmdd = /^(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const weekList = /^[1-7](,[1-7])*$/;

/**
 * Table 7-174 (ref L25100): type 1 needs `week` (1 = Monday … 7 = Sunday); type 2 a date range
 * `yyyy-MM-dd`; type 3 a yearly range `MM-dd`. A badly formed date is 0200030 (ref L25143).
 */
export function parseHoliday(input: HolidayInput): HolidayRule | IsalesRejection {
  const week = input.week?.trim() || null;
  const beginTime = input.beginTime?.trim() || null;
  const endTime = input.endTime?.trim() || null;
  if (input.type === 1) {
    if (!week) return reject('empty', 'week is mandatory for a weekly holiday');
    if (!weekList.test(week.replace(/\s/g, ''))) return reject('invalidValue', 'week must list days 1 to 7 separated by commas');
    return { type: 1, week: week.replace(/\s/g, ''), beginTime: null, endTime: null };
  }
  if (!beginTime || !endTime) return reject('empty', 'beginTime and endTime are mandatory for a date holiday');
  if (input.type === 2) {
    const begin = parseIsalesDate(beginTime);
    const end = parseIsalesDate(endTime);
    if (begin === undefined || end === undefined) return reject('timeFormat', 'The time format is incorrect. Use yyyy-MM-dd.');
    if (begin > end) return reject('invalidCombination', 'beginTime must not be later than endTime');
    return { type: 2, week: null, beginTime, endTime };
  }
  if (!mmdd.test(beginTime) || !mmdd.test(endTime)) return reject('timeFormat', 'The time format is incorrect. Use MM-dd.');
  return { type: 3, week: null, beginTime, endTime };
}
