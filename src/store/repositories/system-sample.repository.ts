import { sql, type Kysely, type SqlBool } from 'kysely';
import type { Database } from '../schema.ts';

/** The facts of a CDR row the 5-minute system samples need (§12.3.6.6). */
export interface SampleCdr {
  callId: string;
  openedAtMs: number;
  callType: number;
  deviceType: number;
  callBeginMs: number | null;
}

/** One closed state interval of an agent's journal (13.2.2.3). */
export interface SampleOperation {
  agentId: string;
  opType: number;
  beginMs: number;
  endMs: number;
  /** The skills the agent was signed in to, `;`-separated (empty: it took no inbound calls). */
  skillInfoSn: string;
}

/** Reads of the CDRs and the agent journal by time, for the system indicators (§12.3.6). */
export function createSystemSampleRepository(db: Kysely<Database>) {
  return {
    async cdrsOpened(vdnId: number, fromMs: number, toMs: number): Promise<SampleCdr[]> {
      const rows = await db
        .selectFrom('cdr')
        .select(['callId', 'openedAtMs', 'callType', 'deviceType', 'callBeginMs'])
        .where('vdnId', '=', vdnId)
        .where('openedAtMs', '>=', fromMs)
        .where('openedAtMs', '<', toMs)
        .execute();
      return rows.map((r) => ({ ...r, openedAtMs: Number(r.openedAtMs), callBeginMs: r.callBeginMs === null ? null : Number(r.callBeginMs) }));
    },
    /** Which of the calls had a row opened before `beforeMs` (they started earlier). */
    async callsStartedBefore(vdnId: number, callIds: readonly string[], beforeMs: number): Promise<Set<string>> {
      const found = new Set<string>();
      for (let i = 0; i < callIds.length; i += 500) {
        const rows = await db
          .selectFrom('cdr')
          .select('callId')
          .where('vdnId', '=', vdnId)
          .where('callId', 'in', callIds.slice(i, i + 500))
          .where('openedAtMs', '<', beforeMs)
          .execute();
        for (const r of rows) found.add(r.callId);
      }
      return found;
    },
    async operationsOverlapping(vdnId: number, fromMs: number, toMs: number): Promise<SampleOperation[]> {
      const rows = await db
        .selectFrom('agentOperation')
        .select(['agentId', 'opType', 'beginMs', 'endMs', 'skillInfoSn'])
        .where('vdnId', '=', vdnId)
        .where('beginMs', '<', toMs)
        .where('endMs', '>', fromMs)
        .execute();
      return rows.map((r) => ({ ...r, beginMs: Number(r.beginMs), endMs: Number(r.endMs) }));
    },
    /**
     * The configured softphones (every tenant's agents' SIP accounts) matching a LIKE pattern whose
     * literal characters are escaped with a backslash, ascending, at most `limit` (§12.3.6.3).
     */
    async softphonesLike(pattern: string, limit: number): Promise<string[]> {
      const rows = await db
        .selectFrom('agentAccount')
        .select('sipAccount')
        .distinct()
        .where(sql<SqlBool>`${sql.ref('sipAccount')} like ${pattern} escape '\\'`)
        .where('sipAccount', '<>', '')
        .orderBy('sipAccount')
        .limit(limit)
        .execute();
      return rows.map((r) => r.sipAccount);
    },
  };
}

export type SystemSampleRepository = ReturnType<typeof createSystemSampleRepository>;
