import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { Database } from '../schema.ts';
import type { IsalesCallerNoTable, IsalesCampaignTable, IsalesHolidayTable } from '../schema-outbound-campaigns.ts';

export type IsalesCampaignRow = Selectable<IsalesCampaignTable>;
export type IsalesCallerNoRow = Selectable<IsalesCallerNoTable>;
export type IsalesHolidayRow = Selectable<IsalesHolidayTable>;

export interface CampaignListFilter {
  name?: string;
  statuses?: readonly number[];
  deviceTypes?: readonly number[];
  /** Campaigns whose time overlaps [fromMs, toMs]. */
  fromMs?: number;
  toMs?: number;
  cclId?: number;
}

/** CC-iSales campaigns with their calling numbers and holidays (7.1, 7.2). Archived campaigns are history only. */
export function createIsalesCampaignRepository(db: Kysely<Database>) {
  const live = (vdnId: number) => db.selectFrom('isalesCampaign').where('vdnId', '=', vdnId).where('archived', '=', 0);
  const filtered = (vdnId: number, f: CampaignListFilter) => {
    let q = live(vdnId);
    if (f.name) q = q.where('name', '=', f.name);
    if (f.statuses?.length) q = q.where('status', 'in', [...f.statuses]);
    if (f.deviceTypes?.length) q = q.where('deviceType', 'in', [...f.deviceTypes]);
    if (f.fromMs !== undefined) q = q.where('endMs', '>=', f.fromMs);
    if (f.toMs !== undefined) q = q.where('beginMs', '<=', f.toMs);
    if (f.cclId !== undefined) q = q.where('cclId', '=', f.cclId);
    return q;
  };
  return {
    async insert(row: Insertable<IsalesCampaignTable>): Promise<void> {
      await db.insertInto('isalesCampaign').values(row).execute();
    },
    find(vdnId: number, campaignId: number): Promise<IsalesCampaignRow | undefined> {
      return live(vdnId).selectAll().where('campaignId', '=', campaignId).executeTakeFirst();
    },
    findByName(vdnId: number, name: string): Promise<IsalesCampaignRow | undefined> {
      return live(vdnId).selectAll().where('name', '=', name).executeTakeFirst();
    },
    async update(vdnId: number, campaignId: number, changes: Updateable<IsalesCampaignTable>): Promise<void> {
      await db.updateTable('isalesCampaign').set(changes).where('vdnId', '=', vdnId).where('campaignId', '=', campaignId).execute();
    },
    async remove(vdnId: number, campaignId: number): Promise<void> {
      await db.deleteFrom('isalesCampaign').where('vdnId', '=', vdnId).where('campaignId', '=', campaignId).execute();
    },
    list(vdnId: number, filter: CampaignListFilter, offset: number, limit: number): Promise<IsalesCampaignRow[]> {
      return filtered(vdnId, filter).selectAll().orderBy('campaignId', 'desc').offset(offset).limit(limit).execute();
    },
    async count(vdnId: number, filter: CampaignListFilter): Promise<number> {
      const row = await filtered(vdnId, filter).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      return Number(row.n);
    },
    /** Campaigns of every tenant in the given statuses (start-up: hand running campaigns back). */
    inStatuses(statuses: readonly number[]): Promise<IsalesCampaignRow[]> {
      return db.selectFrom('isalesCampaign').selectAll().where('archived', '=', 0).where('status', 'in', [...statuses]).orderBy('vdnId').orderBy('campaignId').execute();
    },
    callerNos(vdnId: number, campaignId: number): Promise<IsalesCallerNoRow[]> {
      return db.selectFrom('isalesCallerNo').selectAll().where('vdnId', '=', vdnId).where('campaignId', '=', campaignId).orderBy('priority').orderBy('accessCode').execute();
    },
    async addCallerNos(rows: readonly IsalesCallerNoRow[]): Promise<void> {
      if (rows.length > 0) await db.insertInto('isalesCallerNo').values([...rows]).execute();
    },
    async removeCallerNos(vdnId: number, campaignId: number, accessCodes?: readonly string[]): Promise<number> {
      let q = db.deleteFrom('isalesCallerNo').where('vdnId', '=', vdnId).where('campaignId', '=', campaignId);
      if (accessCodes) q = q.where('accessCode', 'in', [...accessCodes]);
      const result = await q.executeTakeFirst();
      return Number(result.numDeletedRows);
    },
    holidays(vdnId: number, campaignId: number): Promise<IsalesHolidayRow[]> {
      return db.selectFrom('isalesHoliday').selectAll().where('vdnId', '=', vdnId).where('campaignId', '=', campaignId).orderBy('holidayId').execute();
    },
    async insertHoliday(row: IsalesHolidayRow): Promise<void> {
      await db.insertInto('isalesHoliday').values(row).execute();
    },
    async updateHoliday(row: IsalesHolidayRow): Promise<void> {
      const { vdnId, campaignId, holidayId, ...rest } = row;
      await db.updateTable('isalesHoliday').set(rest).where('vdnId', '=', vdnId).where('campaignId', '=', campaignId).where('holidayId', '=', holidayId).execute();
    },
    async removeHolidays(vdnId: number, campaignId: number, holidayId?: number): Promise<number> {
      let q = db.deleteFrom('isalesHoliday').where('vdnId', '=', vdnId).where('campaignId', '=', campaignId);
      if (holidayId !== undefined) q = q.where('holidayId', '=', holidayId);
      const result = await q.executeTakeFirst();
      return Number(result.numDeletedRows);
    },
  };
}

export type IsalesCampaignRepository = ReturnType<typeof createIsalesCampaignRepository>;
