import { ctiSamples, samplePeriods, type CtiSample } from '../../stats/system/index.ts';
import type { Repositories } from '../../store/index.ts';

/** "yyyy-MM-dd HH:mm:ss" in UTC (ref L63700) → ms, or undefined when it is not a real instant. */
export function parseUtcDateTime(text: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/.exec(text);
  if (!m) return undefined;
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  const ms = Date.UTC(y, mo - 1, d, h, mi, s);
  const back = new Date(ms);
  return back.getUTCFullYear() === y && back.getUTCMonth() === mo - 1 && back.getUTCDate() === d && h < 24 && mi < 60 && s < 60 ? ms : undefined;
}

/** "The interval … cannot exceed 31 days (rounded up)" (ref L63700). */
export const sampleRangeMsMax = 31 * 86_400_000;

export interface VdnSample extends CtiSample {
  vdn: number;
}

/**
 * The 5-minute samples of the VDNs over [fromMs, toMs), VDN by VDN and oldest first, one page of
 * them with the total (§12.3.6.6). Periods before a VDN existed are left out. `live` is each
 * VDN's agents' open journal intervals (the engine's), so that the period in progress counts them,
 * with whether each agent is signed in to a skill queue now.
 */
export async function ctiSysIndex(
  repos: Repositories,
  request: { vdns: readonly { vdnId: number; createdAtMs: number }[]; fromMs: number; toMs: number; nowMs: number; offset: number; limit: number },
  live: (vdnId: number) => { workNo: number; opType: number; beginMs: number; takesInbound: boolean }[],
): Promise<{ data: VdnSample[]; count: number }> {
  const periods = request.vdns.map((v) => ({ vdnId: v.vdnId, starts: samplePeriods(Math.max(request.fromMs, v.createdAtMs - (v.createdAtMs % 300_000)), request.toMs, request.nowMs) }));
  const count = periods.reduce((n, p) => n + p.starts.length, 0);
  const data: VdnSample[] = [];
  let skip = request.offset;
  for (const { vdnId, starts } of periods) {
    if (data.length >= request.limit) break;
    if (skip >= starts.length) {
      skip -= starts.length;
      continue;
    }
    const page = starts.slice(skip, skip + request.limit - data.length);
    skip = 0;
    const from = page[0]!;
    const to = page[page.length - 1]! + 300_000;
    const rows = await repos.systemSamples.cdrsOpened(vdnId, from, to);
    const earlier = await repos.systemSamples.callsStartedBefore(vdnId, [...new Set(rows.map((r) => r.callId))], from);
    // A journal row lists the skills its session had when it was written (13.2.2.3 skillInfoSn).
    const intervals = (await repos.systemSamples.operationsOverlapping(vdnId, from, to)).map((o) => ({ agent: o.agentId, opType: o.opType, beginMs: o.beginMs, endMs: o.endMs, takesInbound: o.skillInfoSn !== '' }));
    for (const o of live(vdnId)) intervals.push({ agent: String(o.workNo), opType: o.opType, beginMs: o.beginMs, endMs: Number.POSITIVE_INFINITY, takesInbound: o.takesInbound });
    const samples = ctiSamples(
      page,
      rows.filter((r) => !earlier.has(r.callId)),
      intervals,
      request.nowMs,
    );
    data.push(...samples.map((s) => ({ ...s, vdn: vdnId })));
  }
  return { data, count };
}
