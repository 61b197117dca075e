import type { Kysely, Selectable } from 'kysely';
import { reusedUpsert } from '../compiled-statements.ts';
import type { Database } from '../schema.ts';
import type { AgentSessionTable } from '../schema-sessions.ts';

export type AgentSessionRow = Selectable<AgentSessionTable>;

const keyColumns = ['vdnId', 'workNo'] as const;
const valueColumns = ['logonSn', 'loginMs', 'agentType', 'phoneNo', 'skillInfoSn', 'opType', 'opCause', 'opObject', 'opBeginMs', 'opCallId', 'opSkillId', 'savedAtMs'] as const satisfies readonly (keyof AgentSessionTable)[];
const columns = [...keyColumns, ...valueColumns];

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

/** Live agent sessions (decision 0508): written with the records of each state change. */
export function createAgentSessionRepository(db: Kysely<Database>) {
  return {
    async save(row: AgentSessionRow): Promise<void> {
      await sessionUpsert(db, columns.map((c) => row[c]));
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
