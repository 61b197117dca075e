import type { Insertable, Kysely, Selectable } from 'kysely';
import type { Database } from '../schema.ts';
import type { IsalesBlacklistTable } from '../schema-isales-lists.ts';

export type IsalesBlacklistRow = Selectable<IsalesBlacklistTable>;

/** The VDN-wide blacklist (7.3). One row per number; expired rows stay listed until deleted. */
export function createIsalesBlacklistRepository(db: Kysely<Database>) {
  return {
    async insert(rows: Insertable<IsalesBlacklistTable>[]): Promise<void> {
      if (rows.length > 0) await db.insertInto('isalesBlacklist').values(rows).execute();
    },
    byNumbers(vdnId: number, numbers: readonly string[]): Promise<IsalesBlacklistRow[]> {
      if (numbers.length === 0) return Promise.resolve([]);
      return db.selectFrom('isalesBlacklist').selectAll().where('vdnId', '=', vdnId).where('blockNum', 'in', [...numbers]).execute();
    },
    byNumber(vdnId: number, number: string): Promise<IsalesBlacklistRow | undefined> {
      return db.selectFrom('isalesBlacklist').selectAll().where('vdnId', '=', vdnId).where('blockNum', '=', number).executeTakeFirst();
    },
    /** Every entry of the VDN (the dialler's in-memory copy). */
    all(vdnId: number): Promise<IsalesBlacklistRow[]> {
      return db.selectFrom('isalesBlacklist').selectAll().where('vdnId', '=', vdnId).execute();
    },
    page(vdnId: number, offset: number, limit: number): Promise<IsalesBlacklistRow[]> {
      return db.selectFrom('isalesBlacklist').selectAll().where('vdnId', '=', vdnId).orderBy('addedAtMs').orderBy('blockNum').offset(offset).limit(limit).execute();
    },
    async remove(vdnId: number, number: string): Promise<number> {
      const result = await db.deleteFrom('isalesBlacklist').where('vdnId', '=', vdnId).where('blockNum', '=', number).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
    async removeAll(vdnId: number): Promise<number> {
      const result = await db.deleteFrom('isalesBlacklist').where('vdnId', '=', vdnId).executeTakeFirst();
      return Number(result.numDeletedRows);
    },
    /** Calls the dialler started to `number` since `fromMs`, in every campaign of the VDN (its attempts). */
    async callsSince(vdnId: number, number: string, fromMs: number): Promise<number> {
      const row = await db.selectFrom('isalesCallAttempt').select((eb) => eb.fn.countAll().as('n')).where('vdnId', '=', vdnId).where('called', '=', number).where('startedAtMs', '>=', fromMs).executeTakeFirst();
      return Number(row?.n ?? 0);
    },
  };
}

export type IsalesBlacklistRepository = ReturnType<typeof createIsalesBlacklistRepository>;
