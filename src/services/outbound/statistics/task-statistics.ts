import { formatIsalesDate } from '../../../domain/outbound/index.ts';
import { instantOf } from '../../../domain/outbound/dialing/index.ts';
import { dailyTaskRows, realtimeTaskCounts, taskTypeOf, type DailyTaskRow, type RealtimeTaskCounts } from '../../../domain/outbound/statistics/task-statistics.ts';
import type { Repositories } from '../../../store/index.ts';

/**
 * CEC §12.3.5: the CC-CMS reads CC-iSales tasks (campaigns) and their statistics. Everything is
 * computed from the campaign tables the dialer writes (attempts and records), never kept apart,
 * so the numbers always agree with 7.4.7 and 7.5.1 (decision 0756).
 */

export interface TaskListItem {
  taskId: string;
  taskName: string;
  taskType: string;
  beginDate: string;
  endDate: string;
  status: string;
}

export async function listTasks(repos: Repositories, vdnId: number, offset: number, limit: number): Promise<{ count: number; tasks: TaskListItem[] }> {
  const [count, rows] = await Promise.all([repos.isalesCampaigns.count(vdnId, {}), repos.isalesCampaigns.list(vdnId, {}, offset, limit)]);
  return {
    count,
    tasks: rows.map((c) => ({ taskId: String(c.campaignId), taskName: c.name, taskType: taskTypeOf(c.deviceType), beginDate: formatIsalesDate(c.beginMs), endDate: formatIsalesDate(c.endMs), status: String(c.status) })),
  };
}

const localMidnight = (date: string, timeZone: string): number => {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return instantOf(y, m, d, 0, timeZone);
};

/** Rows of 12.3.5.2 for the VDN-local days [fromDate, toDate] (`yyyy-MM-dd`, already checked). */
export async function dailyTaskStatistics(repos: Repositories, vdnId: number, campaignId: number, fromDate: string, toDate: string, timeZone: string): Promise<DailyTaskRow[]> {
  const fromMs = localMidnight(fromDate, timeZone);
  // The day after toDate starts at most 26 hours after its midnight (a DST change): read past it and cut by local date.
  const toMs = localMidnight(toDate, timeZone) + 26 * 3_600_000;
  return dailyTaskRows(await repos.isalesResults.finishedStarts(vdnId, campaignId, fromMs, toMs), timeZone, fromDate, toDate);
}

export async function realtimeTaskStatistics(repos: Repositories, vdnId: number, campaignId: number): Promise<RealtimeTaskCounts> {
  const byState = new Map<string, number>();
  for (const row of await repos.isalesCallData.counts(vdnId, campaignId, 0)) byState.set(row.state, (byState.get(row.state) ?? 0) + row.n);
  return realtimeTaskCounts(byState);
}
