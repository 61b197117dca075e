import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import { insertRows } from '../compiled-statements.ts';
import type { AgentOperationTable, CdrTable, Database, RecordingTable } from '../schema.ts';

export type CdrRow = Selectable<CdrTable>;
export type RecordingRow = Selectable<RecordingTable>;
export type AgentOperationRow = Selectable<AgentOperationTable>;

/** The columns of a CDR leg the indicator roll-up reads (note 08 §4.18): fewer to fetch and map than the whole row. */
const rollupLegColumns = [
  'callId', 'callIdNum', 'deviceType', 'deviceNo', 'agentId', 'callerNo', 'calleeNo', 'waitBeginMs', 'waitEndMs', 'ackBeginMs', 'ackEndMs', 'callBeginMs', 'callEndMs',
  'callType', 'releaseCause', 'skillId', 'currentSkillId', 'serviceNo', 'leaveReason', 'mediaType', 'subMediaType', 'openedAtMs', 'closedAtMs',
] as const satisfies readonly (keyof CdrTable)[];
export type RollupLeg = Pick<CdrRow, (typeof rollupLegColumns)[number]>;

/** CDRs, the recording index and agent operations (reference 13.2.2): write in batches, read by tenant. */
export function createCtiRecordRepository(db: Kysely<Database>) {
  /**
   * A call id as a client sent it, as the stored full id: the suffix-only form (issue 10 item 5)
   * names the most recent call of the tenant (any tenant with null) ending in `-{suffix}`
   * (decision 1315); anything else is looked up as it is.
   */
  const storedCallId = async (vdnId: number | null, callId: string): Promise<string> => {
    if (!/^\d{1,12}$/.test(callId)) return callId;
    let q = db.selectFrom('cdr').select('callId').where('callId', 'like', `%-${callId}`);
    if (vdnId !== null) q = q.where('vdnId', '=', vdnId);
    const ids = (await q.orderBy('openedAtMs', 'desc').limit(50).execute()).map((r) => r.callId);
    return ids.sort((a, b) => Number(b.split('-')[0]) - Number(a.split('-')[0]))[0] ?? callId;
  };
  return {
    async insertCdrs(rows: readonly Insertable<CdrTable>[]): Promise<void> {
      await insertRows(db, 'cdr', rows);
    },
    async updateCdr(id: string, changes: Updateable<CdrTable>): Promise<void> {
      await db.updateTable('cdr').set(changes).where('id', '=', id).execute();
    },
    async insertRecordings(rows: readonly Insertable<RecordingTable>[]): Promise<void> {
      await insertRows(db, 'recording', rows);
    },
    async updateRecording(recordId: string, changes: Updateable<RecordingTable>): Promise<void> {
      await db.updateTable('recording').set(changes).where('recordId', '=', recordId).execute();
    },
    async insertOperations(rows: readonly Insertable<AgentOperationTable>[]): Promise<void> {
      await insertRows(db, 'agentOperation', rows);
    },

    async cdrsOfCall(vdnId: number, callId: string): Promise<CdrRow[]> {
      const id = await storedCallId(vdnId, callId);
      return db.selectFrom('cdr').selectAll().where('vdnId', '=', vdnId).where('callId', '=', id).orderBy('openedAtMs').orderBy('id').execute();
    },
    /** Calls of a tenant that have their last row (call_id_num −1), and rows still open. */
    async cdrCompleteness(vdnId: number): Promise<{ finishedCalls: number; openRows: number }> {
      const finished = await db.selectFrom('cdr').select((eb) => eb.fn.countAll<number>().as('n')).where('vdnId', '=', vdnId).where('callIdNum', '=', -1).executeTakeFirstOrThrow();
      const open = await db.selectFrom('cdr').select((eb) => eb.fn.countAll<number>().as('n')).where('vdnId', '=', vdnId).where('status', '=', 'open').executeTakeFirstOrThrow();
      return { finishedCalls: Number(finished.n), openRows: Number(open.n) };
    },
    /** Every row of a call, whatever its tenant (the simulator's driver API looks calls up by id). */
    async cdrsByCallId(callId: string): Promise<CdrRow[]> {
      const id = await storedCallId(null, callId);
      return db.selectFrom('cdr').selectAll().where('callId', '=', id).orderBy('openedAtMs').orderBy('id').execute();
    },
    /** Closed rows whose call ended in [fromMs, toMs), oldest first. */
    closedCdrs(vdnId: number, fromMs: number, toMs: number, limit: number): Promise<CdrRow[]> {
      return db
        .selectFrom('cdr')
        .selectAll()
        .where('vdnId', '=', vdnId)
        .where('status', '=', 'closed')
        .where('closedAtMs', '>=', fromMs)
        .where('closedAtMs', '<', toMs)
        .orderBy('closedAtMs')
        .orderBy('id')
        .limit(limit)
        .execute();
    },
    /** Every row of the calls whose last row (call_id_num −1) closed in [fromMs, toMs): finished calls, whole. */
    rowsOfCallsEndedBetween(vdnId: number, fromMs: number, toMs: number): Promise<CdrRow[]> {
      const ended = db.selectFrom('cdr').select('callId').where('vdnId', '=', vdnId).where('callIdNum', '=', -1).where('closedAtMs', '>=', fromMs).where('closedAtMs', '<', toMs);
      return db.selectFrom('cdr').selectAll().where('vdnId', '=', vdnId).where('callId', 'in', ended).orderBy('openedAtMs').orderBy('id').execute();
    },
    /** Rows still open, of every tenant or of one. */
    openCdrs(vdnId?: number): Promise<CdrRow[]> {
      let query = db.selectFrom('cdr').selectAll().where('status', '=', 'open');
      if (vdnId !== undefined) query = query.where('vdnId', '=', vdnId);
      return query.orderBy('openedAtMs').orderBy('id').execute();
    },
    recordingsOfCall(vdnId: number, callId: string): Promise<RecordingRow[]> {
      return db.selectFrom('recording').selectAll().where('vdnId', '=', vdnId).where('callId', '=', callId).orderBy('beginMs').execute();
    },
    recordingsBetween(vdnId: number, fromMs: number, toMs: number, limit: number): Promise<RecordingRow[]> {
      return db.selectFrom('recording').selectAll().where('vdnId', '=', vdnId).where('beginMs', '>=', fromMs).where('beginMs', '<', toMs).orderBy('beginMs').limit(limit).execute();
    },
    /** The stopped segments of a file appended with recordMode 1, by its first segment's id (migration 1301), oldest first. */
    appendedSegments(vdnId: number, firstRecordId: string): Promise<RecordingRow[]> {
      return db
        .selectFrom('recording')
        .selectAll()
        .where('vdnId', '=', vdnId)
        .where((eb) => eb.or([eb('recordId', '=', firstRecordId), eb('appendOf', '=', firstRecordId)]))
        .where('status', '=', 'done')
        .orderBy('beginMs')
        .execute();
    },
    openRecordings(vdnId?: number): Promise<RecordingRow[]> {
      let query = db.selectFrom('recording').selectAll().where('status', '=', 'recording');
      if (vdnId !== undefined) query = query.where('vdnId', '=', vdnId);
      return query.execute();
    },
    operationsOfAgent(vdnId: number, agentId: string, fromMs: number, toMs: number): Promise<AgentOperationRow[]> {
      return db
        .selectFrom('agentOperation')
        .selectAll()
        .where('vdnId', '=', vdnId)
        .where('agentId', '=', agentId)
        .where('endMs', '>=', fromMs)
        .where('beginMs', '<', toMs)
        .orderBy('beginMs')
        .orderBy('id')
        .execute();
    },
    operationsBetween(vdnId: number, fromMs: number, toMs: number, limit: number): Promise<AgentOperationRow[]> {
      return db.selectFrom('agentOperation').selectAll().where('vdnId', '=', vdnId).where('endMs', '>=', fromMs).where('endMs', '<', toMs).orderBy('endMs').orderBy('id').limit(limit).execute();
    },
    /** Every row of the given calls of a tenant (the roll-up reads a finished call whole). */
    /** The legs of the given calls, with the columns the roll-up reads. */
    cdrsOfCalls(vdnId: number, callIds: readonly string[]): Promise<RollupLeg[]> {
      if (callIds.length === 0) return Promise.resolve([]);
      return db.selectFrom('cdr').select(rollupLegColumns).where('vdnId', '=', vdnId).where('callId', 'in', [...callIds]).execute() as Promise<RollupLeg[]>;
    },
    /** Ids of finished calls (those with their last row) after `afterCallId`, in id order, for paging. */
    async finishedCallIds(vdnId: number, afterCallId: string, limit: number): Promise<string[]> {
      const rows = await db.selectFrom('cdr').select('callId').where('vdnId', '=', vdnId).where('callIdNum', '=', -1).where('callId', '>', afterCallId).orderBy('callId').limit(limit).execute();
      return rows.map((r) => r.callId);
    },
    async operationCount(vdnId: number): Promise<number> {
      const row = await db.selectFrom('agentOperation').select((eb) => eb.fn.countAll<number>().as('n')).where('vdnId', '=', vdnId).executeTakeFirstOrThrow();
      return Number(row.n);
    },
    /** Operations after `afterId`, in id order, for paging. */
    operationsAfter(vdnId: number, afterId: string, limit: number): Promise<AgentOperationRow[]> {
      return db.selectFrom('agentOperation').selectAll().where('vdnId', '=', vdnId).where('id', '>', afterId).orderBy('id').limit(limit).execute();
    },
    /** Operations about a call that ended at one of the given instants (the state before a wrap-up, decision 0832). */
    callOperationsEndingAt(vdnId: number, endMs: readonly number[]): Promise<{ agentId: string; endMs: number; callId: string }[]> {
      if (endMs.length === 0) return Promise.resolve([]);
      return db.selectFrom('agentOperation').select(['agentId', 'endMs', 'callId']).where('vdnId', '=', vdnId).where('endMs', 'in', [...new Set(endMs)]).where('callId', '!=', '').execute();
    },
    /** The call type of each given call (any of its CDR rows). */
    callTypesOf(vdnId: number, callIds: readonly string[]): Promise<{ callId: string; callType: number }[]> {
      if (callIds.length === 0) return Promise.resolve([]);
      return db.selectFrom('cdr').select(['callId', 'callType']).distinct().where('vdnId', '=', vdnId).where('callId', 'in', [...new Set(callIds)]).execute();
    },
    /** Tenants that have records (start-up checks each one's roll-up). */
    async tenantsWithRecords(): Promise<number[]> {
      const a = await db.selectFrom('cdr').select('vdnId').distinct().execute();
      const b = await db.selectFrom('agentOperation').select('vdnId').distinct().execute();
      return [...new Set([...a, ...b].map((r) => r.vdnId))].sort((x, y) => x - y);
    },
    /** 5.1.13: forget customers' numbers in CDRs and the recording index. */
    async erasePersonalData(vdnId: number, numbers: readonly string[]): Promise<number> {
      if (numbers.length === 0) return 0;
      const list = [...numbers];
      const a = await db.updateTable('cdr').set({ callerNo: '' }).where('vdnId', '=', vdnId).where('callerNo', 'in', list).executeTakeFirst();
      const b = await db.updateTable('cdr').set({ calleeNo: '' }).where('vdnId', '=', vdnId).where('calleeNo', 'in', list).executeTakeFirst();
      const c = await db.updateTable('recording').set({ callerNumber: '' }).where('vdnId', '=', vdnId).where('callerNumber', 'in', list).executeTakeFirst();
      const d = await db.updateTable('recording').set({ calleeNo: '' }).where('vdnId', '=', vdnId).where('calleeNo', 'in', list).executeTakeFirst();
      return [a, b, c, d].reduce((n, r) => n + Number(r.numUpdatedRows), 0);
    },
  };
}

export type CtiRecordRepository = ReturnType<typeof createCtiRecordRepository>;
