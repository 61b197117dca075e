import type { Insertable, Kysely, Selectable, Updateable } from 'kysely';
import type { Database } from '../schema.ts';
import type { IsalesFileServerTable, IsalesImportTaskTable } from '../schema-isales-lists.ts';

export type IsalesFileServerRow = Selectable<IsalesFileServerTable>;
export type IsalesImportTaskRow = Selectable<IsalesImportTaskTable>;

/** File servers (7.8) and the import tasks that read from them (7.3.5/7.3.6, 7.4.8/7.4.9). */
export function createIsalesImportRepository(db: Kysely<Database>) {
  return {
    async insertServer(row: Insertable<IsalesFileServerTable>): Promise<void> {
      await db.insertInto('isalesFileServer').values(row).execute();
    },
    server(vdnId: number, serverId: string): Promise<IsalesFileServerRow | undefined> {
      return db.selectFrom('isalesFileServer').selectAll().where('vdnId', '=', vdnId).where('serverId', '=', serverId).executeTakeFirst();
    },
    /** Another server of the tenant with the same address and user (7.8.1: "must be unique in the same tenant space"). */
    sameServer(vdnId: number, ip: string, port: string, userName: string, exceptId: string): Promise<IsalesFileServerRow | undefined> {
      return db.selectFrom('isalesFileServer').selectAll().where('vdnId', '=', vdnId).where('ip', '=', ip).where('port', '=', port).where('userName', '=', userName).where('serverId', '<>', exceptId).executeTakeFirst();
    },
    async updateServer(vdnId: number, serverId: string, changes: Updateable<IsalesFileServerTable>): Promise<void> {
      await db.updateTable('isalesFileServer').set(changes).where('vdnId', '=', vdnId).where('serverId', '=', serverId).execute();
    },
    async deleteServer(vdnId: number, serverId: string): Promise<number> {
      const result = await db.deleteFrom('isalesFileServer').where('vdnId', '=', vdnId).where('serverId', '=', serverId).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
    async serversPage(vdnId: number, offset: number, limit: number, serverIds?: readonly string[]): Promise<{ rows: IsalesFileServerRow[]; count: number }> {
      let q = db.selectFrom('isalesFileServer').where('vdnId', '=', vdnId);
      if (serverIds) q = q.where('serverId', 'in', serverIds.length > 0 ? [...serverIds] : ['']);
      const total = await q.select((eb) => eb.fn.countAll().as('n')).executeTakeFirst();
      const rows = await q.selectAll().orderBy('createdAtMs').orderBy('serverId').offset(offset).limit(limit).execute();
      return { rows, count: Number(total?.n ?? 0) };
    },

    async insertTask(row: Insertable<IsalesImportTaskTable>): Promise<void> {
      await db.insertInto('isalesImportTask').values(row).execute();
    },
    async updateTask(id: string, changes: Updateable<IsalesImportTaskTable>): Promise<void> {
      await db.updateTable('isalesImportTask').set(changes).where('id', '=', id).execute();
    },
    /** Moves a preparing task (0) to importing (1); false when another run claimed it first. */
    async claimTask(id: string, beginMs: number): Promise<boolean> {
      const result = await db.updateTable('isalesImportTask').set({ status: '1', beginMs }).where('id', '=', id).where('status', '=', '0').executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },
    task(id: string): Promise<IsalesImportTaskRow | undefined> {
      return db.selectFrom('isalesImportTask').selectAll().where('id', '=', id).executeTakeFirst();
    },
    async tasksPage(vdnId: number, kind: string, campaignId: string, offset: number, limit: number, ids?: readonly string[]): Promise<{ rows: IsalesImportTaskRow[]; count: number }> {
      let q = db.selectFrom('isalesImportTask').where('vdnId', '=', vdnId).where('kind', '=', kind).where('campaignId', '=', campaignId);
      if (ids) q = q.where('id', 'in', ids.length > 0 ? [...ids] : ['']);
      const total = await q.select((eb) => eb.fn.countAll().as('n')).executeTakeFirst();
      const rows = await q.selectAll().orderBy('createdAtMs', 'desc').orderBy('id', 'desc').offset(offset).limit(limit).execute();
      return { rows, count: Number(total?.n ?? 0) };
    },
    /** The numbers (JSON lists) of a campaign's records, for the duplicates of a call-data import. */
    async campaignNumberLists(vdnId: number, campaignId: number): Promise<string[]> {
      const rows = await db.selectFrom('isalesCallData').select('numbers').where('vdnId', '=', vdnId).where('campaignId', '=', campaignId).where('archived', '=', 0).execute();
      return rows.map((r) => r.numbers);
    },
    /** Tasks an earlier run accepted and did not finish (status 0 or 1). */
    unfinishedTasks(vdnId?: number): Promise<IsalesImportTaskRow[]> {
      let q = db.selectFrom('isalesImportTask').selectAll().where('status', 'in', ['0', '1']);
      if (vdnId !== undefined) q = q.where('vdnId', '=', vdnId);
      return q.orderBy('createdAtMs').execute();
    },
  };
}

export type IsalesImportRepository = ReturnType<typeof createIsalesImportRepository>;
