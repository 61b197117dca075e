import { sql, type Kysely } from 'kysely';
import { flattenedChunks, mergeExpression, type ColumnMerge } from './column-merge.ts';
import { reusedUpsert } from '../compiled-statements.ts';
import type { Database } from '../schema.ts';
import type { CallSettlementDayTable } from '../schema-settlement.ts';

export type SettlementDayRow = CallSettlementDayTable;

/** A settlement row as written: its key and latest call, and its (sparse) counters. */
export interface SettlementWrite {
  head: { vdnId: number; logDayMs: number; direction: string; number: string; callType: number; skillId: number; serviceNo: number; obsServiceNo: string; lastEndMs: number; currentAgentId: number; currentSkillId: number };
  counters: Readonly<Record<string, number | null>>;
}

export type { ColumnMerge };

export interface SettlementFilter {
  direction: 'in' | 'out';
  fromDayMs: number;
  toDayMs: number;
  numbers: readonly string[];
  callTypes: readonly number[];
  skillIds?: readonly number[];
}

const keyColumns = ['vdnId', 'direction', 'logDayMs', 'number', 'callType', 'skillId', 'serviceNo', 'obsServiceNo'] as const;
const headColumns = ['vdnId', 'logDayMs', 'direction', 'number', 'callType', 'skillId', 'serviceNo', 'obsServiceNo', 'lastEndMs', 'currentAgentId', 'currentSkillId'] as const;
/** Rows per upsert statement: a fixed shape keeps one prepared statement per size (131 columns × 60 rows < 32766 parameters). */
const rowsPerStatement = [60, 15, 4, 1] as const;
/** Bound parameters per IN list: under both dialects' limits. */
const inListMax = 900;

/** The reused upsert statement (decision 0831); its merges are those of the first call. */
let settlementUpsert: ReturnType<typeof reusedUpsert> | undefined;

/**
 * The daily settlement (migration 0303, decision 0830). Rows merge by SQL upsert, so a row is
 * never read back to be written; the latest call of a group names its current agent and skill.
 */
export function createSettlementRepository(db: Kysely<Database>) {
  return {
    /** Rows must have distinct keys and the same columns; `merges` says how each counter merges. */
    /** Rows must have distinct keys; `merges` names every counter column and how it merges. */
    async upsert(rows: readonly SettlementWrite[], merges: Readonly<Record<string, ColumnMerge>>): Promise<void> {
      if (rows.length === 0) return;
      const names = Object.keys(merges);
      const defaults = names.map((name) => (merges[name] === 'sum' ? 0 : null));
      settlementUpsert ??= reusedUpsert([...headColumns, ...names], (on, chunk) => {
        const later = sql`excluded.last_end_ms > call_settlement_day.last_end_ms`;
        const set: Record<string, unknown> = {
          lastEndMs: sql`CASE WHEN ${later} THEN excluded.last_end_ms ELSE call_settlement_day.last_end_ms END`,
          currentAgentId: sql`CASE WHEN ${later} THEN excluded.current_agent_id ELSE call_settlement_day.current_agent_id END`,
          currentSkillId: sql`CASE WHEN ${later} THEN excluded.current_skill_id ELSE call_settlement_day.current_skill_id END`,
        };
        for (const [column, merge] of Object.entries(merges)) set[column] = mergeExpression('call_settlement_day', column, merge);
        return on.insertInto('callSettlementDay').values(chunk as SettlementDayRow[]).onConflict((oc) => oc.columns([...keyColumns]).doUpdateSet(set as never));
      });
      const flatten = ({ head, counters }: SettlementWrite, into: unknown[]) => {
        for (const column of headColumns) into.push(head[column]);
        for (let i = 0; i < names.length; i++) into.push(counters[names[i]!] ?? defaults[i]);
      };
      for (const parameters of flattenedChunks(rows, rowsPerStatement, flatten)) await settlementUpsert(db, parameters);
    },
    async clear(vdnId: number): Promise<void> {
      await db.deleteFrom('callSettlementDay').where('vdnId', '=', vdnId).execute();
    },
    /** The rows of a tenant's settled days [fromDayMs, toDayMs] (inclusive) that match the filter. */
    async rows(vdnId: number, filter: SettlementFilter): Promise<SettlementDayRow[]> {
      const out: SettlementDayRow[] = [];
      const numbers = [...new Set(filter.numbers)];
      for (let i = 0; i < numbers.length; i += inListMax) {
        let q = db
          .selectFrom('callSettlementDay')
          .selectAll()
          .where('vdnId', '=', vdnId)
          .where('direction', '=', filter.direction)
          .where('logDayMs', '>=', filter.fromDayMs)
          .where('logDayMs', '<=', filter.toDayMs)
          .where('number', 'in', numbers.slice(i, i + inListMax))
          .where('callType', 'in', [...filter.callTypes]);
        if (filter.skillIds && filter.skillIds.length > 0) q = q.where('skillId', 'in', [...filter.skillIds]);
        out.push(...((await q.orderBy('number').orderBy('callType').orderBy('logDayMs').execute()) as SettlementDayRow[]));
      }
      return out;
    },
  };
}

export type SettlementRepository = ReturnType<typeof createSettlementRepository>;
