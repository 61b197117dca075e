import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../schema.ts';
import type { AgentSessionTable, LiveCallTable } from '../schema-sessions.ts';

export type AgentSessionRow = Selectable<AgentSessionTable>;
export type LiveCallRow = Selectable<LiveCallTable>;

/** Live agent sessions (decision 0508) and live calls (decision 1720): written with the records of each change. */
export function createAgentSessionRepository(db: Kysely<Database>) {
  return {
    async save(row: AgentSessionRow): Promise<void> {
      const { vdnId: _vdnId, workNo: _workNo, ...changes } = row;
      await db
        .insertInto('agentSession')
        .values(row)
        .onConflict((oc) => oc.columns(['vdnId', 'workNo']).doUpdateSet(changes))
        .execute();
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
