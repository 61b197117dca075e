import { mergeSettlement, printCounter, printedCounters, type SettlementCounters } from '../../domain/indicators/index.ts';
import type { Repositories, SettlementFilter } from '../../store/index.ts';

/** A settlement group as read: its key, its summed counters and the agent and skill of its latest call. */
export interface SettlementGroup {
  number: string;
  callType: number;
  serviceNo: number;
  obsServiceNo: string;
  currentAgentId: number;
  currentSkillId: number;
  counters: Record<string, number>;
}

/**
 * Reads the daily settlement (CEC §12.3.2.10/.11, decision 0830): the stored day × skill rows of the
 * filter, summed per number × call type × business type × campaign (the skill and the day are not
 * part of a result row's key). Counters are printed as the tables give them (seconds, counts).
 */
export async function readSettlement(repos: Repositories, vdnId: number, filter: SettlementFilter): Promise<SettlementGroup[]> {
  const groups = new Map<string, { group: Omit<SettlementGroup, 'counters'>; lastEndMs: number; counters: SettlementCounters }>();
  for (const row of await repos.settlement.rows(vdnId, filter)) {
    const key = `${row.number}|${row.callType}|${row.serviceNo}|${row.obsServiceNo}`;
    const counters: SettlementCounters = {};
    for (const name of printedCounters[filter.direction]) counters[name] = row[name] === null ? null : Number(row[name]);
    const lastEndMs = Number(row.lastEndMs);
    const seen = groups.get(key);
    if (!seen) {
      groups.set(key, {
        group: { number: row.number, callType: Number(row.callType), serviceNo: Number(row.serviceNo), obsServiceNo: row.obsServiceNo, currentAgentId: Number(row.currentAgentId), currentSkillId: Number(row.currentSkillId) },
        lastEndMs,
        counters,
      });
      continue;
    }
    mergeSettlement(seen.counters, counters);
    if (lastEndMs > seen.lastEndMs) Object.assign(seen, { lastEndMs, group: { ...seen.group, currentAgentId: Number(row.currentAgentId), currentSkillId: Number(row.currentSkillId) } });
  }
  return [...groups.values()].map(({ group, counters }) => ({
    ...group,
    counters: Object.fromEntries(printedCounters[filter.direction].map((name) => [name, printCounter(name, counters[name])])),
  }));
}
