import { sql, type Insertable, type Kysely, type Selectable, type Updateable } from 'kysely';
import type { Database } from '../schema.ts';
import type { IsalesCallAttemptTable, IsalesIvrDialogueTable } from '../schema-outbound-campaigns.ts';

export type IsalesCallAttemptRow = Selectable<IsalesCallAttemptTable>;
export type IsalesIvrDialogueRow = Selectable<IsalesIvrDialogueTable>;

export interface ResultFilter {
  sessionId?: string;
  customField?: string;
  fromMs?: number;
  toMs?: number;
  /** Only the last attempt of each finished record (7.5.1 showDetail 0). */
  finalOnly: boolean;
}

export type ResultListRow = IsalesCallAttemptRow & { sessionId: string | null; customField: string | null };

/** Call attempts and their results (7.5, `t_isl_data_result`), IVR dialogue turns (7.5.3). */
export function createIsalesResultRepository(db: Kysely<Database>) {
  const results = (vdnId: number, campaignId: number, f: ResultFilter) => {
    let q = db
      .selectFrom('isalesCallAttempt as a')
      .innerJoin('isalesCallData as d', 'd.dataId', 'a.dataId')
      .where('a.vdnId', '=', vdnId)
      .where('a.campaignId', '=', campaignId)
      .where('a.phase', '=', 'finished');
    if (f.finalOnly) q = q.where('a.final', '=', 1);
    if (f.sessionId !== undefined) q = q.where('d.sessionId', '=', f.sessionId);
    if (f.customField !== undefined) q = q.where('d.customField', '=', f.customField);
    if (f.fromMs !== undefined) q = q.where('a.startedAtMs', '>=', f.fromMs);
    if (f.toMs !== undefined) q = q.where('a.startedAtMs', '<', f.toMs);
    return q;
  };
  const finishedBetween = (vdnId: number, campaignId: number, fromMs: number, toMs: number) =>
    db.selectFrom('isalesCallAttempt').where('vdnId', '=', vdnId).where('campaignId', '=', campaignId).where('phase', '=', 'finished').where('startedAtMs', '>=', fromMs).where('startedAtMs', '<', toMs);
  return {
    async insert(row: Insertable<IsalesCallAttemptTable>): Promise<void> {
      await db.insertInto('isalesCallAttempt').values(row).execute();
    },
    find(dataId: string, attemptNo: number): Promise<IsalesCallAttemptRow | undefined> {
      return db.selectFrom('isalesCallAttempt').selectAll().where('dataId', '=', dataId).where('attemptNo', '=', attemptNo).executeTakeFirst();
    },
    async update(dataId: string, attemptNo: number, changes: Updateable<IsalesCallAttemptTable>): Promise<void> {
      await db.updateTable('isalesCallAttempt').set(changes).where('dataId', '=', dataId).where('attemptNo', '=', attemptNo).execute();
    },
    byCallId(vdnId: number, callId: string): Promise<IsalesCallAttemptRow | undefined> {
      return db.selectFrom('isalesCallAttempt').selectAll().where('vdnId', '=', vdnId).where('callId', '=', callId).where('phase', '=', 'finished').executeTakeFirst();
    },
    latestOf(dataId: string): Promise<IsalesCallAttemptRow | undefined> {
      return db.selectFrom('isalesCallAttempt').selectAll().where('dataId', '=', dataId).orderBy('attemptNo', 'desc').limit(1).executeTakeFirst();
    },
    /** Attempts started and never finished (a stop or crash cut them), across tenants. */
    /** Attempts started and never finished (a stop cut them), of every VDN or of one. */
    unfinished(vdnId?: number): Promise<IsalesCallAttemptRow[]> {
      let q = db.selectFrom('isalesCallAttempt').selectAll().where('phase', '=', 'started');
      if (vdnId !== undefined) q = q.where('vdnId', '=', vdnId);
      return q.orderBy('startedAtMs').execute();
    },
    list(vdnId: number, campaignId: number, filter: ResultFilter, offset: number, limit: number): Promise<ResultListRow[]> {
      return results(vdnId, campaignId, filter).selectAll('a').select(['d.sessionId', 'd.customField']).orderBy('a.startedAtMs').orderBy('a.dataId').orderBy('a.attemptNo').offset(offset).limit(limit).execute();
    },
    async count(vdnId: number, campaignId: number, filter: ResultFilter): Promise<number> {
      const row = await results(vdnId, campaignId, filter).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      return Number(row.n);
    },
    /** Finished attempts per customField, split by today and success (7.4.7). */
    async attemptCounts(vdnId: number, campaignId: number, todayMs: number): Promise<Array<{ customField: string | null; total: number; succ: number; today: number; todaySucc: number }>> {
      const rows = await db
        .selectFrom('isalesCallAttempt as a')
        .innerJoin('isalesCallData as d', 'd.dataId', 'a.dataId')
        .where('a.vdnId', '=', vdnId)
        .where('a.campaignId', '=', campaignId)
        .where('a.phase', '=', 'finished')
        .select('d.customField')
        .select((eb) => eb.fn.countAll<number>().as('total'))
        .select(sql<number>`sum(case when a.call_status = 6 then 1 else 0 end)`.as('succ'))
        .select(sql<number>`sum(case when a.started_at_ms >= ${todayMs} then 1 else 0 end)`.as('today'))
        .select(sql<number>`sum(case when a.started_at_ms >= ${todayMs} and a.call_status = 6 then 1 else 0 end)`.as('todaySucc'))
        .groupBy('d.customField')
        .execute();
      return rows.map((r) => ({ customField: r.customField, total: Number(r.total), succ: Number(r.succ ?? 0), today: Number(r.today ?? 0), todaySucc: Number(r.todaySucc ?? 0) }));
    },
    /** Failed attempts per failCode in [fromMs, toMs) with their start times (7.1.14). */
    failures(vdnId: number, campaignId: number, fromMs: number, toMs: number): Promise<Array<{ failCode: string | null; startedAtMs: number }>> {
      return finishedBetween(vdnId, campaignId, fromMs, toMs).select(['failCode', 'startedAtMs']).where('callStatus', '=', 5).orderBy('startedAtMs').execute();
    },
    /** Start and status of the finished attempts that started in [fromMs, toMs) (12.3.5.2). */
    finishedStarts(vdnId: number, campaignId: number, fromMs: number, toMs: number): Promise<Array<{ startedAtMs: number; callStatus: number | null }>> {
      return finishedBetween(vdnId, campaignId, fromMs, toMs).select(['startedAtMs', 'callStatus']).execute();
    },
    async removeOfCampaign(vdnId: number, campaignId: number): Promise<void> {
      await db.deleteFrom('isalesCallAttempt').where('vdnId', '=', vdnId).where('campaignId', '=', campaignId).execute();
    },
    async insertDialogue(rows: readonly IsalesIvrDialogueRow[]): Promise<void> {
      if (rows.length > 0) await db.insertInto('isalesIvrDialogue').values([...rows]).execute();
    },
    dialogue(vdnId: number, callId: string, offset: number, limit: number): Promise<IsalesIvrDialogueRow[]> {
      return db.selectFrom('isalesIvrDialogue').selectAll().where('vdnId', '=', vdnId).where('callId', '=', callId).orderBy('interNo').offset(offset).limit(limit).execute();
    },
  };
}

export type IsalesResultRepository = ReturnType<typeof createIsalesResultRepository>;
