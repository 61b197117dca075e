import { mergeSettlement, settlementCounterNames, settlementCounters, type SettlementEntry } from '../../domain/indicators/index.ts';
import type { ColumnMerge, SettlementWrite } from '../../store/index.ts';

/** How each settlement counter merges in the store (decision 0830). */
export const settlementMerges: Readonly<Record<string, ColumnMerge>> = Object.fromEntries(
  settlementCounterNames.map((name) => [name, settlementCounters[name] === 'maxMs' ? 'max' : settlementCounters[name] === 'minMs' ? 'min' : 'sum']),
);

const keyOf = (e: SettlementEntry) => `${e.key.direction}|${e.key.logDayMs}|${e.key.number}|${e.key.callType}|${e.key.skillId}|${e.key.serviceNo}|${e.key.obsServiceNo}`;

/**
 * The store rows of a batch's settlement entries: one per key (a statement may not update a row
 * twice on PostgreSQL); the repository flattens their sparse counters into every column.
 */
export function settlementRows(vdnId: number, entries: readonly SettlementEntry[]): SettlementWrite[] {
  const merged = new Map<string, SettlementEntry>();
  for (const e of entries) {
    const k = keyOf(e);
    const seen = merged.get(k);
    if (!seen) {
      merged.set(k, { ...e, counters: { ...e.counters } });
      continue;
    }
    mergeSettlement(seen.counters, e.counters);
    if (e.lastEndMs > seen.lastEndMs) Object.assign(seen, { lastEndMs: e.lastEndMs, currentAgentId: e.currentAgentId, currentSkillId: e.currentSkillId });
  }
  return [...merged.values()].map((e) => ({ head: { vdnId, ...e.key, lastEndMs: e.lastEndMs, currentAgentId: e.currentAgentId, currentSkillId: e.currentSkillId }, counters: e.counters }));
}
