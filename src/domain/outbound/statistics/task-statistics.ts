import type { CallDataState } from '../campaign/call-data-state.ts';
import { localDate } from '../dialing/calling-window.ts';

/**
 * The CC-CMS view of CC-iSales campaigns ("tasks", CEC §12.3.5): their type codes, the daily and
 * real-time counts computed from the attempts and records the dialer produced, and the rates as
 * the reference prints them (decision 0756).
 */

/**
 * Table 12-640 taskType from a campaign's deviceType (Table 7-3): 1 intelligent, 2 predicted,
 * 3 automatic, 5 previewed; the preempted (progressive) campaign is the agent outbound call, 4.
 */
export function taskTypeOf(deviceType: number): string {
  return deviceType === 6 ? '4' : String(deviceType);
}

/** A percentage as the examples print it ("50.5%", "50%", ref L62995, L63098); "0%" for no calls. */
export function printedRate(part: number, whole: number): string {
  if (whole <= 0) return '0%';
  const tenths = Math.round((part * 1000) / whole) / 10;
  return `${tenths}%`;
}

export interface DailyTaskRow {
  statDate: string;
  totalCount: number;
  succCount: number;
  succRate: string;
}

/**
 * Table 12-644: per VDN-local day in [fromDate, toDate] that had calls, the attempts finished
 * (by their start) and those connected (callStatus 6).
 */
export function dailyTaskRows(attempts: ReadonlyArray<{ startedAtMs: number; callStatus: number | null }>, timeZone: string, fromDate: string, toDate: string): DailyTaskRow[] {
  const days = new Map<string, { total: number; succ: number }>();
  for (const a of attempts) {
    const day = localDate(a.startedAtMs, timeZone);
    if (day < fromDate || day > toDate) continue;
    const counts = days.get(day) ?? { total: 0, succ: 0 };
    counts.total += 1;
    if (a.callStatus === 6) counts.succ += 1;
    days.set(day, counts);
  }
  return [...days.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([statDate, c]) => ({ statDate, totalCount: c.total, succCount: c.succ, succRate: printedRate(c.succ, c.total) }));
}

export interface RealtimeTaskCounts {
  totalCount: number;
  succCount: number;
  failCount: number;
  succRate: string;
  compCount: number;
  waitCount: number;
  execCount: number;
  compRate: string;
}

/**
 * Table 12-648 over the campaign's records by state: waiting (not dialled yet or due again),
 * executing (handed to the dialer or in a call), completed (succeeded, failed, or closed when the
 * campaign ended); the success rate is over the completed records, the completion rate over all.
 */
export function realtimeTaskCounts(byState: ReadonlyMap<CallDataState | string, number>): RealtimeTaskCounts {
  const n = (...states: CallDataState[]) => states.reduce((sum, s) => sum + (byState.get(s) ?? 0), 0);
  const succCount = n('succeeded');
  const failCount = n('failed', 'cancelled');
  const compCount = succCount + failCount;
  const waitCount = n('new', 'waiting');
  const execCount = n('fed', 'dialing');
  const totalCount = compCount + waitCount + execCount;
  return { totalCount, succCount, failCount, succRate: printedRate(succCount, compCount), compCount, waitCount, execCount, compRate: printedRate(compCount, totalCount) };
}
