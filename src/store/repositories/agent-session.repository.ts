import type { Kysely, Selectable } from 'kysely';
import { reusedUpsert } from '../compiled-statements.ts';
import { flattenedChunks } from './column-merge.ts';
import type { Database } from '../schema.ts';
import type { AgentSessionTable, LiveCallTable } from '../schema-sessions.ts';

export type AgentSessionRow = Selectable<AgentSessionTable>;
export type LiveCallRow = Selectable<LiveCallTable>;

const keyColumns = ['vdnId', 'workNo'] as const;
const valueColumns = ['logonSn', 'loginMs', 'agentType', 'phoneNo', 'skillInfoSn', 'opType', 'opCause', 'opObject', 'opBeginMs', 'opCallId', 'opSkillId', 'savedAtMs', 'guid', 'guidIssuedMs', 'previousGuid', 'previousGuidExpiresMs', 'workState', 'workSinceMs', 'lastActivityMs', 'callLegs', 'sessionJson'] as const satisfies readonly (keyof AgentSessionTable)[];
const columns = [...keyColumns, ...valueColumns];
// A column added to the table but not to the upsert would silently never be saved: refuse to compile.
type UnsavedColumn = Exclude<keyof AgentSessionTable, (typeof columns)[number]>;
const everyColumnSaved: [UnsavedColumn] extends [never] ? true : never = true;
void everyColumnSaved;

/**
 * Every state command re-saves its agent's session (issue 8): one SQL text, built once, instead of
 * Kysely building the upsert per call. The update takes the inserted values (`excluded`), so the
 * statement binds each value once.
 */
const sessionUpsert = reusedUpsert(columns, (on, rows) =>
  on
    .insertInto('agentSession')
    .values(rows as AgentSessionRow[])
    .onConflict((oc) => oc.columns([...keyColumns]).doUpdateSet((eb) => Object.fromEntries(valueColumns.map((c) => [c, eb.ref(`excluded.${c}`)])) as never)),
);

/** Rows per session upsert (23 columns × at most 32 rows, far under both dialects' parameter limits): few texts, few statements. */
const rowsPerStatement = [32, 16, 8, 4, 2, 1] as const;

/** Live agent sessions (decision 0508) and live calls (decision 1720): written with the records of each change. */
export function createAgentSessionRepository(db: Kysely<Database>) {
  return {
    /** Rows of distinct sessions (one statement may not update a row twice on PostgreSQL). */
    async saveAll(rows: readonly AgentSessionRow[]): Promise<void> {
      for (const parameters of flattenedChunks(rows, rowsPerStatement, (row, into) => {
        for (const c of columns) into.push(row[c]);
      })) {
        await sessionUpsert(db, parameters);
      }
    },
    async delete(vdnId: number, workNo: number): Promise<void> {
      await db.deleteFrom('agentSession').where('vdnId', '=', vdnId).where('workNo', '=', workNo).execute();
    },
    /** Every live session, or those of one tenant. */
    list(vdnId?: number): Promise<AgentSessionRow[]> {
      let query = db.selectFrom('agentSession').selectAll();
      if (vdnId !== undefined) query = query.where('vdnId', '=', vdnId);
      return query.orderBy('vdnId').orderBy('workNo').execute();
    },
    async saveCall(row: LiveCallRow): Promise<void> {
      const { vdnId: _vdnId, callId: _callId, ...changes } = row;
      await db
        .insertInto('liveCall')
        .values(row)
        .onConflict((oc) => oc.columns(['vdnId', 'callId']).doUpdateSet(changes))
        .execute();
    },
    async deleteCall(vdnId: number, callId: string): Promise<void> {
      await db.deleteFrom('liveCall').where('vdnId', '=', vdnId).where('callId', '=', callId).execute();
    },
    listCalls(vdnId: number): Promise<LiveCallRow[]> {
      return db.selectFrom('liveCall').selectAll().where('vdnId', '=', vdnId).orderBy('createdMs').orderBy('callId').execute();
    },
  };
}

export type AgentSessionRepository = ReturnType<typeof createAgentSessionRepository>;
