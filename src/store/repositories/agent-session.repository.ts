import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../schema.ts';
import type { AgentSessionTable } from '../schema-sessions.ts';

export type AgentSessionRow = Selectable<AgentSessionTable>;

/** Live agent sessions (decision 0508): written with the records of each state change. */
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
    list(): Promise<AgentSessionRow[]> {
      return db.selectFrom('agentSession').selectAll().orderBy('vdnId').orderBy('workNo').execute();
    },
  };
}

export type AgentSessionRepository = ReturnType<typeof createAgentSessionRepository>;
