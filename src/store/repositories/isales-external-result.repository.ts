import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database } from '../schema.ts';
import type { IsalesExternalResultMapTable, IsalesExternalResultTable } from '../schema-isales-lists.ts';

export type IsalesExternalResultRow = Selectable<IsalesExternalResultTable>;
export type IsalesExternalResultMapRow = Selectable<IsalesExternalResultMapTable>;

/** External results (7.9.2–7.9.6) and the OBS codes mapped to each; an OBS code maps once per VDN. */
export function createIsalesExternalResultRepository(db: Kysely<Database>) {
  return {
    async insert(row: Insertable<IsalesExternalResultTable>): Promise<void> {
      await db.insertInto('isalesExternalResult').values(row).execute();
    },
    async update(vdnId: number, defId: string, displayResult: string): Promise<void> {
      await db.updateTable('isalesExternalResult').set({ displayResult }).where('vdnId', '=', vdnId).where('defId', '=', defId).execute();
    },
    async remove(vdnId: number, defId: string): Promise<number> {
      await db.deleteFrom('isalesExternalResultMap').where('vdnId', '=', vdnId).where('defId', '=', defId).execute();
      const result = await db.deleteFrom('isalesExternalResult').where('vdnId', '=', vdnId).where('defId', '=', defId).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
    byId(vdnId: number, defId: string): Promise<IsalesExternalResultRow | undefined> {
      return db.selectFrom('isalesExternalResult').selectAll().where('vdnId', '=', vdnId).where('defId', '=', defId).executeTakeFirst();
    },
    byResultCode(vdnId: number, resultCode: string): Promise<IsalesExternalResultRow | undefined> {
      return db.selectFrom('isalesExternalResult').selectAll().where('vdnId', '=', vdnId).where('resultCode', '=', resultCode).executeTakeFirst();
    },
    async page(vdnId: number, offset: number, limit: number): Promise<{ rows: IsalesExternalResultRow[]; count: number }> {
      const total = await db.selectFrom('isalesExternalResult').select((eb) => eb.fn.countAll().as('n')).where('vdnId', '=', vdnId).executeTakeFirst();
      const rows = await db.selectFrom('isalesExternalResult').selectAll().where('vdnId', '=', vdnId).orderBy('createdAtMs').orderBy('defId').offset(offset).limit(limit).execute();
      return { rows, count: Number(total?.n ?? 0) };
    },
    async replaceMappings(vdnId: number, defId: string, rows: Insertable<IsalesExternalResultMapTable>[]): Promise<void> {
      await db.deleteFrom('isalesExternalResultMap').where('vdnId', '=', vdnId).where('defId', '=', defId).execute();
      if (rows.length > 0) await db.insertInto('isalesExternalResultMap').values(rows).execute();
    },
    mappings(vdnId: number, defId: string): Promise<IsalesExternalResultMapRow[]> {
      return db.selectFrom('isalesExternalResultMap').selectAll().where('vdnId', '=', vdnId).where('defId', '=', defId).orderBy('mapId').execute();
    },
    /** The mappings of these OBS codes in the VDN, whichever result holds them. */
    mappingsOf(vdnId: number, failCodes: readonly string[]): Promise<IsalesExternalResultMapRow[]> {
      if (failCodes.length === 0) return Promise.resolve([]);
      return db.selectFrom('isalesExternalResultMap').selectAll().where('vdnId', '=', vdnId).where('failCode', 'in', [...failCodes]).execute();
    },
    /** Every failCode of the VDN with the external result code it maps to. */
    resultCodes(vdnId: number): Promise<Array<{ failCode: string; resultCode: string }>> {
      return db
        .selectFrom('isalesExternalResultMap as m')
        .innerJoin('isalesExternalResult as r', 'r.defId', 'm.defId')
        .select(['m.failCode', 'r.resultCode'])
        .where('m.vdnId', '=', vdnId)
        .execute();
    },
    async resultCodeFor(vdnId: number, failCode: string): Promise<string | undefined> {
      const row = await db
        .selectFrom('isalesExternalResultMap as m')
        .innerJoin('isalesExternalResult as r', 'r.defId', 'm.defId')
        .select('r.resultCode')
        .where('m.vdnId', '=', vdnId)
        .where('m.failCode', '=', failCode)
        .executeTakeFirst();
      return row?.resultCode;
    },
  };
}

export type IsalesExternalResultRepository = ReturnType<typeof createIsalesExternalResultRepository>;
