import { sql, type Insertable, type Kysely, type Selectable, type Updateable } from 'kysely';
import type { Database } from '../schema.ts';
import type { IsalesCallDataTable } from '../schema-outbound-campaigns.ts';

export type IsalesCallDataRow = Selectable<IsalesCallDataTable>;

/** The filters of 7.4.3, ANDed (note 04 §5.13); recycle bounds are epoch ms. */
export interface CallDataDeleteFilter {
  sessionId?: string;
  called?: string;
  customField?: string;
  recycleFromMs?: number;
  recycleToMs?: number;
  states: readonly string[];
}

export interface CallDataCounts {
  customField: string | null;
  state: string;
  finishedToday: number;
  n: number;
}

/** Outbound data records of campaigns (7.4, `t_isl_data`). */
export function createIsalesCallDataRepository(db: Kysely<Database>) {
  const ofCampaign = (vdnId: number, campaignId: number) => db.selectFrom('isalesCallData').where('vdnId', '=', vdnId).where('campaignId', '=', campaignId).where('archived', '=', 0);
  return {
    async insertMany(rows: readonly Insertable<IsalesCallDataTable>[]): Promise<void> {
      if (rows.length > 0) await db.insertInto('isalesCallData').values([...rows]).execute();
    },
    find(vdnId: number, dataId: string): Promise<IsalesCallDataRow | undefined> {
      return db.selectFrom('isalesCallData').selectAll().where('vdnId', '=', vdnId).where('dataId', '=', dataId).where('archived', '=', 0).executeTakeFirst();
    },
    async update(dataId: string, changes: Updateable<IsalesCallDataTable>): Promise<void> {
      await db.updateTable('isalesCallData').set(changes).where('dataId', '=', dataId).execute();
    },
    async countInStates(vdnId: number, campaignId: number, states: readonly string[]): Promise<number> {
      const row = await ofCampaign(vdnId, campaignId).where('state', 'in', [...states]).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      return Number(row.n);
    },
    async countAll(vdnId: number, campaignId: number): Promise<number> {
      const row = await ofCampaign(vdnId, campaignId).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      return Number(row.n);
    },
    /** Records ready for the dialer: new, or waiting and due, oldest first. */
    due(vdnId: number, campaignId: number, nowMs: number, limit: number): Promise<IsalesCallDataRow[]> {
      return ofCampaign(vdnId, campaignId)
        .selectAll()
        .where((eb) => eb.or([eb('state', '=', 'new'), eb.and([eb('state', '=', 'waiting'), eb('nextAttemptAtMs', '<=', nowMs)])]))
        .orderBy('nextAttemptAtMs')
        .orderBy('dataId')
        .limit(limit)
        .execute();
    },
    /** The earliest retry time of a waiting record, if any. */
    async nextDueAtMs(vdnId: number, campaignId: number): Promise<number | undefined> {
      const row = await ofCampaign(vdnId, campaignId).where('state', '=', 'waiting').select((eb) => eb.fn.min<number>('nextAttemptAtMs').as('at')).executeTakeFirst();
      return row?.at === null || row?.at === undefined ? undefined : Number(row.at);
    },
    /** Moves every record of a campaign in `from` to `to` (start-up, pause, completion). */
    async moveStates(vdnId: number | undefined, campaignId: number | undefined, from: readonly string[], changes: Updateable<IsalesCallDataTable>): Promise<number> {
      let q = db.updateTable('isalesCallData').set(changes).where('state', 'in', [...from]).where('archived', '=', 0);
      if (vdnId !== undefined) q = q.where('vdnId', '=', vdnId);
      if (campaignId !== undefined) q = q.where('campaignId', '=', campaignId);
      const result = await q.executeTakeFirst();
      return Number(result.numUpdatedRows);
    },
    matching(vdnId: number, campaignId: number, filter: Omit<CallDataDeleteFilter, 'states'>): Promise<IsalesCallDataRow[]> {
      let q = ofCampaign(vdnId, campaignId).selectAll();
      if (filter.sessionId !== undefined) q = q.where('sessionId', '=', filter.sessionId);
      if (filter.customField !== undefined) q = q.where('customField', '=', filter.customField);
      if (filter.recycleFromMs !== undefined) q = q.where('recycleAtMs', '>=', filter.recycleFromMs);
      if (filter.recycleToMs !== undefined) q = q.where('recycleAtMs', '<=', filter.recycleToMs);
      // A number is stored inside the JSON list; the exact match is checked by the caller.
      if (filter.called !== undefined) q = q.where('numbers', 'like', `%"calledNo":"${filter.called.replace(/[%_\\]/g, '')}"%`);
      return q.orderBy('dataId').execute();
    },
    async removeOrArchive(dataIds: readonly string[], archive: boolean): Promise<void> {
      if (dataIds.length === 0) return;
      if (archive) await db.updateTable('isalesCallData').set({ archived: 1 }).where('dataId', 'in', [...dataIds]).execute();
      else await db.deleteFrom('isalesCallData').where('dataId', 'in', [...dataIds]).execute();
    },
    async archiveCampaign(vdnId: number, campaignId: number, archive: boolean): Promise<void> {
      if (archive) await db.updateTable('isalesCallData').set({ archived: 1 }).where('vdnId', '=', vdnId).where('campaignId', '=', campaignId).execute();
      else await db.deleteFrom('isalesCallData').where('vdnId', '=', vdnId).where('campaignId', '=', campaignId).execute();
    },
    /** Record counts per batch (customField) and state, with how many finished since `todayMs` (7.4.7). */
    async counts(vdnId: number, campaignId: number, todayMs: number): Promise<CallDataCounts[]> {
      const rows = await ofCampaign(vdnId, campaignId)
        .select(['customField', 'state'])
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .select(sql<number>`sum(case when finished_at_ms >= ${todayMs} then 1 else 0 end)`.as('finishedToday'))
        .groupBy(['customField', 'state'])
        .execute();
      return rows.map((r) => ({ customField: r.customField, state: r.state, n: Number(r.n), finishedToday: Number(r.finishedToday ?? 0) }));
    },
  };
}

export type IsalesCallDataRepository = ReturnType<typeof createIsalesCallDataRepository>;
