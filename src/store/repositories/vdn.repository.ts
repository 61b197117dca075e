import type { Kysely, Selectable } from 'kysely';
import type { Database, VdnTable } from '../schema.ts';

export type VdnRow = Selectable<VdnTable>;

/** Tenants (VDNs). */
export function createVdnRepository(db: Kysely<Database>) {
  return {
    find(vdnId: number): Promise<VdnRow | undefined> {
      return db.selectFrom('vdn').selectAll().where('vdnId', '=', vdnId).executeTakeFirst();
    },
    list(): Promise<VdnRow[]> {
      return db.selectFrom('vdn').selectAll().orderBy('vdnId').execute();
    },
    async insert(row: VdnRow): Promise<void> {
      await db.insertInto('vdn').values(row).execute();
    },
    async update(vdnId: number, changes: Partial<Omit<VdnRow, 'vdnId'>>): Promise<void> {
      await db.updateTable('vdn').set(changes).where('vdnId', '=', vdnId).execute();
    },
    /** The VDN whose work-number range contains `workNo`, if any. */
    findByWorkNo(workNo: number): Promise<VdnRow | undefined> {
      return db.selectFrom('vdn').selectAll().where('workNoMin', '<=', workNo).where('workNoMax', '>=', workNo).executeTakeFirst();
    },
  };
}

export type VdnRepository = ReturnType<typeof createVdnRepository>;
