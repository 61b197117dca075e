import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { Database } from '../schema.ts';
import type { OiapAsrTranscriptTable, OiapSessionTable, OiapTransferRecordTable, OiapTurnTable } from '../schema-oiap.ts';

export type OiapSessionRow = Selectable<OiapSessionTable>;
export type OiapTurnRow = Selectable<OiapTurnTable>;
export type OiapTransferRecordRow = Selectable<OiapTransferRecordTable>;

/** Which sessions a record query selects (10.8, 10.18): at least one identifying filter. */
export interface SessionFilter {
  callId?: string;
  callSorId?: string;
  ctiCallId?: string;
  fromMs?: number;
  toMs?: number;
}

/** The conditions of a record filter on a table whose caller and start columns are named. */
function filterColumns(filter: SessionFilter, callerColumn: string, startColumn: string): [string, '=' | '>=' | '<=', string | number][] {
  const out: [string, '=' | '>=' | '<=', string | number][] = [];
  if (filter.callId) out.push(['callId', '=', filter.callId]);
  if (filter.callSorId) out.push([callerColumn, '=', filter.callSorId]);
  if (filter.ctiCallId) out.push(['ctiCallId', '=', filter.ctiCallId]);
  if (filter.fromMs !== undefined) out.push([startColumn, '>=', filter.fromMs]);
  if (filter.toMs !== undefined) out.push([startColumn, '<=', filter.toMs]);
  return out;
}

/** Dialog call instances, their turns and third-party transfers (10.5–10.8, 10.15, 10.18). */
export function createOiapDialogRepository(db: Kysely<Database>) {
  return {
    async insertSession(row: Insertable<OiapSessionTable>): Promise<void> {
      await db.insertInto('oiapSession').values(row).execute();
    },
    async updateSession(vdnId: number, callId: string, patch: Updateable<OiapSessionTable>): Promise<void> {
      await db.updateTable('oiapSession').set(patch).where('vdnId', '=', vdnId).where('callId', '=', callId).execute();
    },
    session(vdnId: number, callId: string): Promise<OiapSessionRow | undefined> {
      return db.selectFrom('oiapSession').selectAll().where('vdnId', '=', vdnId).where('callId', '=', callId).executeTakeFirst();
    },
    async deleteSession(vdnId: number, callId: string): Promise<void> {
      await db.deleteFrom('oiapTurn').where('vdnId', '=', vdnId).where('callId', '=', callId).execute();
      await db.deleteFrom('oiapSession').where('vdnId', '=', vdnId).where('callId', '=', callId).execute();
    },
    /** Active sessions of every tenant last touched before `beforeMs` (the idle sweep). */
    idleSessions(beforeMs: number, vdnId?: number): Promise<OiapSessionRow[]> {
      let q = db.selectFrom('oiapSession').selectAll().where('status', '=', 'active').where('updatedAtMs', '<', beforeMs);
      if (vdnId !== undefined) q = q.where('vdnId', '=', vdnId);
      return q.execute();
    },
    sessions(vdnId: number, filter: SessionFilter): Promise<OiapSessionRow[]> {
      let q = db.selectFrom('oiapSession').selectAll().where('vdnId', '=', vdnId);
      for (const [column, op, value] of filterColumns(filter, 'callSorId', 'startedAtMs')) q = q.where(column as 'callId', op, value as never);
      return q.orderBy('startedAtMs', 'desc').orderBy('callId').execute();
    },
    /** Sessions of the tenant started in [fromMs, toMs), for the statistics reports. */
    sessionsBetween(vdnId: number, fromMs: number, toMs: number): Promise<OiapSessionRow[]> {
      return db.selectFrom('oiapSession').selectAll().where('vdnId', '=', vdnId).where('startedAtMs', '>=', fromMs).where('startedAtMs', '<', toMs).orderBy('startedAtMs').execute();
    },
    latestSessionOf(vdnId: number, callSorId: string): Promise<OiapSessionRow | undefined> {
      return db.selectFrom('oiapSession').selectAll().where('vdnId', '=', vdnId).where('callSorId', '=', callSorId).orderBy('startedAtMs', 'desc').orderBy('callId', 'desc').executeTakeFirst();
    },
    async insertTurn(row: Insertable<OiapTurnTable>): Promise<void> {
      await db.insertInto('oiapTurn').values(row).execute();
    },
    async updateTurn(vdnId: number, callId: string, interNo: number, patch: Updateable<OiapTurnTable>): Promise<void> {
      await db.updateTable('oiapTurn').set(patch).where('vdnId', '=', vdnId).where('callId', '=', callId).where('interNo', '=', interNo).execute();
    },
    turns(vdnId: number, callIds: readonly string[]): Promise<OiapTurnRow[]> {
      if (callIds.length === 0) return Promise.resolve([]);
      return db.selectFrom('oiapTurn').selectAll().where('vdnId', '=', vdnId).where('callId', 'in', [...callIds]).orderBy('callId').orderBy('interNo').execute();
    },
    /** Turns of the tenant replied in [fromMs, toMs), for the knowledge and chatbot reports. */
    turnsBetween(vdnId: number, fromMs: number, toMs: number): Promise<OiapTurnRow[]> {
      return db.selectFrom('oiapTurn').selectAll().where('vdnId', '=', vdnId).where('replyAtMs', '>=', fromMs).where('replyAtMs', '<', toMs).execute();
    },
    async insertTransfer(row: Insertable<OiapTransferRecordTable>): Promise<void> {
      await db.insertInto('oiapTransferRecord').values(row).execute();
    },
    async updateOpenTransfers(vdnId: number, callId: string, patch: Updateable<OiapTransferRecordTable>): Promise<void> {
      await db.updateTable('oiapTransferRecord').set(patch).where('vdnId', '=', vdnId).where('callId', '=', callId).where('opResult', '=', 'INIT').execute();
    },
    /** Stores an offline transcript; a repeated callback for the same job replaces it. */
    async upsertTranscript(row: Insertable<OiapAsrTranscriptTable>): Promise<void> {
      const { vdnId: _v, aid: _a, ...rest } = row;
      await db.insertInto('oiapAsrTranscript').values(row).onConflict((oc) => oc.columns(['vdnId', 'aid']).doUpdateSet(rest)).execute();
    },
    transcript(vdnId: number, aid: string): Promise<Selectable<OiapAsrTranscriptTable> | undefined> {
      return db.selectFrom('oiapAsrTranscript').selectAll().where('vdnId', '=', vdnId).where('aid', '=', aid).executeTakeFirst();
    },
    transfers(vdnId: number, filter: SessionFilter): Promise<OiapTransferRecordRow[]> {
      let q = db.selectFrom('oiapTransferRecord').selectAll().where('vdnId', '=', vdnId);
      for (const [column, op, value] of filterColumns(filter, 'callingNumber', 'startAtMs')) q = q.where(column as 'callId', op, value as never);
      return q.orderBy('startAtMs', 'desc').orderBy('id').execute();
    },
  };
}

export type OiapDialogRepository = ReturnType<typeof createOiapDialogRepository>;
