/**
 * The counters of the daily settlement rows (CEC §12.3.2.10 Table 12-569, ref L60755–L60851;
 * §12.3.2.11 Table 12-573, ref L61033–L61138; note 08 §4.15), with how each merges: `count` and
 * `minutes` add up, `ms` adds up milliseconds (printed as seconds), `maxMs`/`minMs` keep the
 * extreme (printed as seconds, 0 when nothing was measured). Inbound and outbound rows share one
 * store row shape; each direction prints its own fields (decision 0830).
 */
export type CounterKind = 'count' | 'minutes' | 'ms' | 'maxMs' | 'minMs';

const lt = [3, 5, 10, 30, 60] as const;
const gt = [10, 60] as const;

const thresholdCounters = Object.fromEntries([
  ...lt.flatMap((n) => [[`succAckTimeLt${n}`, 'count'], [`callTimeLt${n}`, 'count'], [`failTimeLt${n}`, 'count']]),
  ...gt.flatMap((n) => [[`succAckTimeGt${n}`, 'count'], [`callTimeGt${n}`, 'count'], [`failTimeGt${n}`, 'count']]),
]) as Record<string, CounterKind>;

/** Counters both tables print. */
const sharedCounters: Record<string, CounterKind> = {
  failQueueWaitNum: 'count',
  failQueueWaitTime: 'ms',
  maxWaitAnsTime: 'maxMs',
  minWaitAnsTime: 'minMs',
  maxCallTime: 'maxMs',
  minCallTime: 'minMs',
  ...thresholdCounters,
  hangUpNum: 'count',
  hangUpTime: 'ms',
  hangUpReleaseNum: 'count',
  autoAnsTime: 'ms',
  autoCallNum: 'count',
  autoCallSuccNum: 'count',
  autoTransferNum: 'count',
  succWaitAnsTime: 'ms',
  ivrCallSuccNum: 'count',
  ivrCallTime: 'ms',
  ivrOccupyNum: 'count',
  ivrOnlyNum: 'count',
  ivrOnlySuccNum: 'count',
  ivrOnlyTime: 'ms',
};

const inboundOnly: Record<string, CounterKind> = {
  waitAnsNum: 'count',
  waitAnsTime: 'ms',
  succWaitAnsNum: 'count',
  failWaitAnsTime: 'ms',
  noAckNum: 'count',
  succQueueWaitTime: 'ms',
  succQueueWaitNum: 'count',
  queueWaitTime: 'ms',
  maxQueueWaitTime: 'maxMs',
  minQueueWaitTime: 'minMs',
  queOverToIvrNum: 'count',
  queOverToIvrTime: 'ms',
  inOccupyNum: 'count',
  inCallSuccNum: 'count',
  inCallTime: 'ms',
  minIvrCallTime: 'minMs',
  maxIvrCallTime: 'maxMs',
  autoUserAbandonNum: 'count',
  agentToQueueNum: 'count',
  agentToAgentNum: 'count',
  netCallNum: 'count',
  netCallSuccNum: 'count',
  inVdnTime: 'ms',
  inCallCostMinute: 'minutes',
  inCallAllCostMinute: 'minutes',
};

const outboundOnly: Record<string, CounterKind> = {
  outOccupyNum: 'count',
  outSuccWaitAnsNum: 'count',
  outCallSuccNum: 'count',
  outWaitAnsTime: 'ms',
  outCallTime: 'ms',
  agentHangUpLt3: 'count',
  agentTransferNum: 'count',
  zeroNum: 'count',
  preCallNum: 'count',
  preCallSuccNum: 'count',
  preAgentNum: 'count',
  preAgentSuccNum: 'count',
  preTransferNum: 'count',
  preTotalTime: 'ms',
  preQueueWaitNum: 'count',
  preQueueWaitTime: 'ms',
  preFailQueueWaitNum: 'count',
  preFailQueueWaitTime: 'ms',
  preAbortQueueWaitNum: 'count',
  preNoAckNum: 'count',
  preViewedCallNum: 'count',
  preViewedCallSuccNum: 'count',
  preViewedTransferNum: 'count',
  preViewedSuccAckTime: 'ms',
  preOccupiedCallNum: 'count',
  preOccupiedSuccNum: 'count',
  preOccupiedSuccAckTime: 'ms',
  preOccupiedAgentSuccNum: 'count',
  preOccupiedAgentSuccTime: 'ms',
  preOccupiedTransferNum: 'count',
  outVdnTime: 'ms',
  outCallCostMinute: 'minutes',
  outCallAllCostMinute: 'minutes',
};

/** reserved_col1…20 (ref L60851): configured in t_cms_custom_indicator_config; only column 3 has a default meaning. */
export const reservedColumns = 20;
const reservedCounters = Object.fromEntries(Array.from({ length: reservedColumns }, (_, i) => [`reservedCol${i + 1}`, 'count'])) as Record<string, CounterKind>;

/** Every stored counter, in a fixed order (the store's columns, migration 0303). */
export const settlementCounters: Readonly<Record<string, CounterKind>> = { ...sharedCounters, ...inboundOnly, ...outboundOnly, ...reservedCounters };
export const settlementCounterNames: readonly string[] = Object.keys(settlementCounters);

export type SettlementDirection = 'in' | 'out';

/** The counters a direction prints, in the order of its table. */
export const printedCounters: Readonly<Record<SettlementDirection, readonly string[]>> = {
  in: [...Object.keys(sharedCounters), ...Object.keys(inboundOnly), ...Object.keys(reservedCounters)],
  out: [...Object.keys(sharedCounters), ...Object.keys(outboundOnly), ...Object.keys(reservedCounters)],
};

export type SettlementCounters = Record<string, number | null>;

/** Merges `delta` into `into` in place, each counter by its kind; null means "not measured". */
export function mergeSettlement(into: SettlementCounters, delta: Readonly<SettlementCounters>): SettlementCounters {
  for (const [name, value] of Object.entries(delta)) {
    if (value === null || value === undefined) continue;
    const current = into[name];
    if (current === null || current === undefined) {
      into[name] = value;
      continue;
    }
    const kind = settlementCounters[name];
    into[name] = kind === 'maxMs' ? Math.max(current, value) : kind === 'minMs' ? Math.min(current, value) : current + value;
  }
  return into;
}

/** A counter as printed: durations in whole seconds (ref: "in seconds"), counts as they are, unmeasured extremes 0. */
export function printCounter(name: string, value: number | null | undefined): number {
  if (value === null || value === undefined) return 0;
  const kind = settlementCounters[name];
  return kind === 'ms' || kind === 'maxMs' || kind === 'minMs' ? Math.round(value / 1000) : value;
}
