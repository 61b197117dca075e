import { failStatisticsWindow, formatIsalesDate, formatIsalesDateTime, reject, resultQueryWindow, startOfDayMs, type IsalesRejection } from '../../../domain/outbound/index.ts';
import type { IsalesCallAttemptRow } from '../../../store/index.ts';
import { loadCampaign } from '../campaigns/campaign-service.ts';
import type { OutboundDeps } from '../campaigns/outbound-deps.ts';

/** CEC §7.5.1 Table 7-273 (ref L27550): pageSize ≤ 500 for final results, ≤ 100 with details. */
export const resultPageSizeMax = { final: 500, detail: 100 };

export interface ResultQuery {
  sessionId?: string;
  customField?: string;
  pageSize?: number;
  pageNum?: number;
  showDetail?: number;
  beginTime?: string;
  endTime?: string;
}

const time = (ms: number | null) => (ms === null ? '' : formatIsalesDateTime(Number(ms)));

/** CEC §7.5.1 (ref L27508): only complete outbound calls are listed; `showDetail` 0 gives each record's final result. */
export async function queryResults(deps: OutboundDeps, vdnId: number, campaignId: number, q: ResultQuery): Promise<{ totalCount: number; data: Record<string, unknown>[] } | IsalesRejection> {
  const campaign = await loadCampaign(deps, vdnId, campaignId);
  if ('rejected' in campaign) return campaign;
  const window = resultQueryWindow(q.beginTime, q.endTime);
  if (window && 'rejected' in window) return window;
  const detail = q.showDetail === 1;
  const max = detail ? resultPageSizeMax.detail : resultPageSizeMax.final;
  if (q.pageSize !== undefined && (q.pageSize < 1 || q.pageSize > max)) return reject('invalidValue', `pageSize must range from 1 to ${max}`);
  const pageSize = q.pageSize ?? max;
  const pageNum = Math.max(1, q.pageNum ?? 1);
  const filter = { ...(q.sessionId ? { sessionId: q.sessionId } : {}), ...(q.customField ? { customField: q.customField } : {}), ...(window ? window : {}), finalOnly: !detail };
  const totalCount = await deps.repos.isalesResults.count(vdnId, campaignId, filter);
  const rows = await deps.repos.isalesResults.list(vdnId, campaignId, filter, (pageNum - 1) * pageSize, pageSize);
  const data = rows.map((r) => ({
    campaignId: String(r.campaignId), sessionId: r.sessionId ?? '', called: r.called, callTimeStr: time(r.startedAtMs), callStatus: r.callStatus,
    failCode: r.failCode, resultCode: r.resultCode ?? '', vdnId, callId: r.callId ?? '', recordPath: r.recordPath ?? '',
  }));
  return { totalCount, data };
}

/** 7.5.2 (Table 7-280): one attempt by its call id; unknown → 0200007 "The call record ID does not exist." */
export async function resultDetail(deps: OutboundDeps, vdnId: number, callId: string): Promise<Record<string, unknown> | IsalesRejection> {
  const row: IsalesCallAttemptRow | undefined = await deps.repos.isalesResults.byCallId(vdnId, callId);
  if (!row) return reject('campaignNotFound', 'The call record ID does not exist.');
  return {
    callId, called: row.called, ackBeginTime: time(row.ringAtMs), callBeginTime: time(row.answerAtMs), callEndTime: time(row.releaseAtMs),
    vdnId, callStatus: row.callStatus, failCode: row.failCode, resultCode: row.resultCode ?? '', recordPath: row.recordPath ?? '',
  };
}

/** 7.5.3 / 7.5.4: the dialogue turns of an IVR call, paged by `page`/`limit` in V2. */
export async function dialogueOf(deps: OutboundDeps, vdnId: number, callId: string, page = 1, limit = 100): Promise<Record<string, unknown>[]> {
  const rows = await deps.repos.isalesResults.dialogue(vdnId, callId, (page - 1) * limit, limit);
  return rows.map((r) => ({ interNo: String(r.interNo), userSaying: r.userSaying, systemReply: r.systemReply, intention: r.intention, systemReplyTime: r.systemReplyTime, requestTime: r.requestTime, responseSource: r.responseSource }));
}

/** 7.1.14: failed attempts per day and failCode (example ref L24670–24693). */
export async function failStatistics(deps: OutboundDeps, vdnId: number, campaignId: number, startDate?: string, endDate?: string): Promise<Record<string, unknown>[] | IsalesRejection> {
  const window = failStatisticsWindow(startDate, endDate, startOfDayMs(deps.clock.now()));
  if ('rejected' in window) return window;
  const campaign = await loadCampaign(deps, vdnId, campaignId);
  if ('rejected' in campaign) return campaign;
  const days = new Map<string, Record<string, number>>();
  for (const f of await deps.repos.isalesResults.failures(vdnId, campaignId, window.fromMs, window.toMs)) {
    const day = formatIsalesDate(Number(f.startedAtMs));
    const counts = days.get(day) ?? days.set(day, {}).get(day)!;
    const code = f.failCode ?? '';
    counts[code] = (counts[code] ?? 0) + 1;
  }
  return [...days.entries()].map(([statDate, failData]) => ({ statDate, failData }));
}
