import { finishedStates, incompleteStates, reject, type IsalesRejection } from '../../../domain/outbound/index.ts';
import { vdnDayStartMs } from '../campaigns/vdn-time-zone.ts';
import type { OutboundDeps } from '../campaigns/outbound-deps.ts';

/** CEC §7.4.7 (ref L27135): flow control "performed every five minutes" → HTTP 429 (note 04 §5.16). */
export const statisticsIntervalMs = 300_000;

interface Counters {
  unCallCount: number;
  calledCount: number;
  finishCount: number;
  totalCalledCount: number;
  totalCallSucc: number;
  totalFinishCount: number;
  totalCount: number;
  dailyCalledCount: number;
  dailyCallSucc: number;
  dailyFinishCount: number;
  dailyCount: number;
}

const zero = (): Counters => ({ unCallCount: 0, calledCount: 0, finishCount: 0, totalCalledCount: 0, totalCallSucc: 0, totalFinishCount: 0, totalCount: 0, dailyCalledCount: 0, dailyCallSucc: 0, dailyFinishCount: 0, dailyCount: 0 });

function add(into: Counters, from: Counters): void {
  for (const key of Object.keys(into) as Array<keyof Counters>) into[key] += from[key];
}

/**
 * Counters of one campaign per batch (customField), from the records and the finished attempts
 * (Table 7-254): "made calls" are attempts, "completed" are finished records, and a day's records
 * are those still incomplete plus those finished that day.
 */
async function campaignCounters(deps: OutboundDeps, vdnId: number, campaignId: number, todayMs: number): Promise<Map<string | null, Counters>> {
  const byBatch = new Map<string | null, Counters>();
  const of = (batch: string | null) => byBatch.get(batch) ?? byBatch.set(batch, zero()).get(batch)!;
  for (const row of await deps.repos.isalesCallData.counts(vdnId, campaignId, todayMs)) {
    const c = of(row.customField);
    c.totalCount += row.n;
    if ((incompleteStates as readonly string[]).includes(row.state)) {
      c.unCallCount += row.n;
      c.dailyCount += row.n;
    } else if ((finishedStates as readonly string[]).includes(row.state)) {
      c.totalFinishCount += row.n;
      c.finishCount += row.n;
      c.dailyFinishCount += row.finishedToday;
      c.dailyCount += row.finishedToday;
    }
  }
  for (const row of await deps.repos.isalesResults.attemptCounts(vdnId, campaignId, todayMs)) {
    const c = of(row.customField);
    c.totalCalledCount += row.total;
    c.totalCallSucc += row.succ;
    c.dailyCalledCount += row.today;
    c.calledCount += row.today;
    c.dailyCallSucc += row.todaySucc;
  }
  return byBatch;
}

export interface StatisticsDeps extends OutboundDeps {
  /** When each (tenant, campaign, batch) query last ran, for the 5-minute flow control. */
  readonly lastStatisticsAtMs: Map<string, number>;
}

/**
 * 7.4.7: `{countDetail}` for one campaign or every campaign of the tenant; `batchId` needs
 * `campaignId` (02000009) and narrows batchDetail to that customField. A repeat of the same query
 * within five minutes is refused ('flowControl', HTTP 429).
 */
export async function callStatistics(deps: StatisticsDeps, vdnId: number, campaignId: number | undefined, batchId: string | undefined): Promise<{ countDetail: Record<string, unknown>[] } | IsalesRejection | 'flowControl'> {
  if (batchId !== undefined && campaignId === undefined) return reject('invalidCombination', 'batchId requires campaignId');
  const now = deps.clock.now();
  const key = `${vdnId}:${campaignId ?? '*'}:${batchId ?? '*'}`;
  const last = deps.lastStatisticsAtMs.get(key);
  if (last !== undefined && now - last < statisticsIntervalMs) return 'flowControl';
  const ids = campaignId !== undefined ? [campaignId] : (await deps.repos.isalesCampaigns.list(vdnId, {}, 0, 10_000)).map((c) => c.campaignId);
  if (campaignId !== undefined && !(await deps.repos.isalesCampaigns.find(vdnId, campaignId))) return reject('campaignNotFound', 'The outbound campaign does not exist.');
  deps.lastStatisticsAtMs.set(key, now);
  const todayMs = await vdnDayStartMs(deps.repos, vdnId, now);
  const countDetail: Record<string, unknown>[] = [];
  for (const id of ids) {
    const byBatch = await campaignCounters(deps, vdnId, id, todayMs);
    const total = zero();
    for (const c of byBatch.values()) add(total, c);
    const batchDetail = [...byBatch.entries()]
      .filter(([batch]) => batch !== null && batch !== '' && (batchId === undefined || batch === batchId))
      .map(([batch, c]) => ({ batchId: batch, ...c }));
    countDetail.push({ campaignId: String(id), ...total, batchDetail });
  }
  return { countDetail };
}
