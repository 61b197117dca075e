import { reject, type IsalesRejection } from './isales-rejection.ts';
import { isalesDayMs, parseIsalesDate } from './isales-time.ts';

/** CEC §7.5.1 (ref L27556) and §7.1.14 (ref L24607): query ranges span at most 30 days. */
export const resultWindowDaysMax = 30;

/**
 * The optional date range of 7.5.1 (`beginTime`/`endTime`, YYYY-MM-DD): both or none (0200008),
 * well formed (0200009), begin before end (0200010), at most 30 days (0200011) — ref L27605–27608.
 * The end day is included. Undefined when no range was given.
 */
export function resultQueryWindow(beginTime: string | undefined, endTime: string | undefined): { fromMs: number; toMs: number } | undefined | IsalesRejection {
  if (!beginTime && !endTime) return undefined;
  if (!beginTime || !endTime) return reject('bothTimesRequired', 'The start time and end time must be set at the same time.');
  const from = parseIsalesDate(beginTime);
  const to = parseIsalesDate(endTime);
  if (from === undefined || to === undefined) return reject('campaignRunning', 'The format of the start time or end time is incorrect.');
  if (from >= to) return reject('startNotBeforeEnd', 'The start time must be earlier than the end time.');
  if (to - from > resultWindowDaysMax * isalesDayMs) return reject('stateForbids', 'The time range cannot exceed 30 days.');
  return { fromMs: from, toMs: to + isalesDayMs };
}

/**
 * The range of 7.1.14 (`startDate`/`endDate`): both or none (02000009), default today, at most 30
 * days apart (note 04 §5.16). The end day is included.
 */
export function failStatisticsWindow(startDate: string | undefined, endDate: string | undefined, todayMs: number): { fromMs: number; toMs: number } | IsalesRejection {
  if (!startDate && !endDate) return { fromMs: todayMs, toMs: todayMs + isalesDayMs };
  if (!startDate || !endDate) return reject('invalidCombination', 'startDate and endDate must be set together');
  const from = parseIsalesDate(startDate);
  const to = parseIsalesDate(endDate);
  if (from === undefined || to === undefined) return reject('invalidValue', 'startDate and endDate must be in yyyy-MM-dd format');
  if (from > to) return reject('invalidCombination', 'startDate must not be later than endDate');
  if (to - from > resultWindowDaysMax * isalesDayMs) return reject('invalidValue', 'The time range cannot exceed 30 days.');
  return { fromMs: from, toMs: to + isalesDayMs };
}
